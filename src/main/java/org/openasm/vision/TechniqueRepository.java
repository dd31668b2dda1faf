package org.openasm.vision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TechniqueRepository extends JpaRepository<Technique, Long> {

	List<Technique> findByWorkspaceIdOrderById(Long workspaceId);

	Optional<Technique> findByIdAndWorkspaceId(Long id, Long workspaceId);
}
