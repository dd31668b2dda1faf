package org.openasm.taskforce;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskForceRepository extends JpaRepository<TaskForce, Long> {

	Optional<TaskForce> findByWorkspaceId(Long workspaceId);
}
