package org.openasm.context;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PoliticalActorRepository extends JpaRepository<PoliticalActor, Long> {

	List<PoliticalActor> findByWorkspaceIdOrderByInfluenceDescNameAsc(Long workspaceId);

	Optional<PoliticalActor> findByIdAndWorkspaceId(Long id, Long workspaceId);

	long countByWorkspaceId(Long workspaceId);
}
