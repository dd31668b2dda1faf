package org.openasm.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LicenceRepository extends JpaRepository<Licence, Long> {

	Optional<Licence> findByIdAndWorkspaceId(Long id, Long workspaceId);

	Optional<Licence> findByWorkspaceIdAndNumber(Long workspaceId, String number);

	List<Licence> findByWorkspaceIdAndHolderIdOrderByStartsOnDescIdDesc(Long workspaceId, Long holderId);

	long countByWorkspaceIdAndStatusIn(Long workspaceId, Collection<LicenceStatus> statuses);

	long countByWorkspaceIdAndApplicationIdIsNotNull(Long workspaceId);

	Page<Licence> findByWorkspaceIdAndStatusIn(Long workspaceId, Collection<LicenceStatus> statuses, Pageable page);

	Page<Licence> findByWorkspaceIdAndStatusInAndEndsOnLessThanEqual(Long workspaceId, Collection<LicenceStatus> statuses, LocalDate until,
			Pageable page);

	long countByWorkspaceIdAndStatusInAndEndsOnLessThanEqual(Long workspaceId, Collection<LicenceStatus> statuses, LocalDate until);

	/** Licences past their end date that still count as active or suspended. */
	@Query("select l from Licence l where l.workspaceId = :ws and l.status in :statuses and l.endsOn < :today order by l.id")
	List<Licence> due(Long ws, Collection<LicenceStatus> statuses, LocalDate today);

	@Query("select distinct l.workspaceId from Licence l where l.status in :statuses and l.endsOn < :today")
	List<Long> workspacesWithDue(Collection<LicenceStatus> statuses, LocalDate today);
}
