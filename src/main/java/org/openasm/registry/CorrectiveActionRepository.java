package org.openasm.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long> {

	Optional<CorrectiveAction> findByIdAndWorkspaceId(Long id, Long workspaceId);

	List<CorrectiveAction> findByInspectionIdOrderByIdAsc(Long inspectionId);

	List<CorrectiveAction> findByCaseIdOrderByIdAsc(Long caseId);

	List<CorrectiveAction> findByVerifiedByIdOrderByIdAsc(Long verifiedById);

	@Query("select count(a) from CorrectiveAction a where a.workspaceId = ?1 and a.doneOn is null and a.dueOn < ?2")
	long countOverdue(Long workspaceId, LocalDate today);

	@Query("select a from CorrectiveAction a where a.workspaceId = ?1 and a.doneOn is null and a.dueOn < ?2 order by a.dueOn, a.id")
	Page<CorrectiveAction> overdue(Long workspaceId, LocalDate today, Pageable page);

	@Query("select a from CorrectiveAction a where a.workspaceId = ?1 and a.doneOn is null order by a.dueOn, a.id")
	Page<CorrectiveAction> open(Long workspaceId, Pageable page);

	Page<CorrectiveAction> findByWorkspaceIdOrderByDueOnDescIdDesc(Long workspaceId, Pageable page);
}
