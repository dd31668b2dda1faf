package org.openasm.context;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChainFlowRepository extends JpaRepository<ChainFlow, Long> {

	List<ChainFlow> findByWorkspaceIdOrderById(Long workspaceId);

	Optional<ChainFlow> findByIdAndWorkspaceId(Long id, Long workspaceId);

	boolean existsByFromActorOrToActor(ChainActor from, ChainActor to);
}
