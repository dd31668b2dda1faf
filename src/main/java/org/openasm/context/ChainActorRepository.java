package org.openasm.context;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChainActorRepository extends JpaRepository<ChainActor, Long> {

	List<ChainActor> findByWorkspaceIdOrderByName(Long workspaceId);

	Optional<ChainActor> findByIdAndWorkspaceId(Long id, Long workspaceId);
}
