package org.openasm.vision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssueRepository extends JpaRepository<Issue, Long> {

	List<Issue> findByWorkspaceIdOrderById(Long workspaceId);

	Optional<Issue> findByIdAndWorkspaceId(Long id, Long workspaceId);
}
