package org.openasm.vision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalRepository extends JpaRepository<Goal, Long> {

	List<Goal> findByWorkspaceIdOrderById(Long workspaceId);

	Optional<Goal> findByIdAndWorkspaceId(Long id, Long workspaceId);
}
