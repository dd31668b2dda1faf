package org.openasm.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

	Optional<Inspection> findByIdAndWorkspaceId(Long id, Long workspaceId);

	Page<Inspection> findByWorkspaceIdOrderByVisitedOnDescIdDesc(Long workspaceId, Pageable page);

	List<Inspection> findByWorkspaceIdAndLicenceIdOrderByVisitedOnDescIdDesc(Long workspaceId, Long licenceId);

	List<Inspection> findByWorkspaceIdAndSiteIdOrderByVisitedOnDescIdDesc(Long workspaceId, Long siteId);

	List<Inspection> findByFollowUpOfOrderByVisitedOnAscIdAsc(Long followUpOf);

	long countByWorkspaceId(Long workspaceId);
}
