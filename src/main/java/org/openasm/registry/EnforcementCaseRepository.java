package org.openasm.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface EnforcementCaseRepository extends JpaRepository<EnforcementCase, Long> {

	Optional<EnforcementCase> findByIdAndWorkspaceId(Long id, Long workspaceId);

	Page<EnforcementCase> findByWorkspaceIdAndStatusOrderByOpenedOnDescIdDesc(Long workspaceId, EnforcementStatus status, Pageable page);

	Page<EnforcementCase> findByWorkspaceIdOrderByOpenedOnDescIdDesc(Long workspaceId, Pageable page);

	List<EnforcementCase> findByInspectionId(Long inspectionId);

	List<EnforcementCase> findByWorkspaceIdAndLicenceIdAndStatus(Long workspaceId, Long licenceId, EnforcementStatus status);

	List<EnforcementCase> findByWorkspaceIdAndSiteIdAndStatus(Long workspaceId, Long siteId, EnforcementStatus status);

	long countByWorkspaceIdAndStatus(Long workspaceId, EnforcementStatus status);
}
