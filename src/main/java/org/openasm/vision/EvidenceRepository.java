package org.openasm.vision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByWorkspaceIdOrderById(Long workspaceId);

	List<Evidence> findByIssueOrderById(Issue issue);

	Optional<Evidence> findByIdAndIssue(Long id, Issue issue);
}
