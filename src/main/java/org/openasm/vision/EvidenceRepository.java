package org.openasm.vision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByWorkspaceIdOrderById(Long workspaceId);

	List<Evidence> findByIssueOrderById(Issue issue);

	Optional<Evidence> findByIdAndIssue(Long id, Issue issue);

	/** (issue id, number of pieces of evidence) for the issues of a workspace that have any. */
	@Query("select e.issue.id, count(e) from IssueEvidence e where e.workspaceId = :workspaceId group by e.issue.id")
	List<Object[]> countByIssue(@Param("workspaceId") Long workspaceId);
}
