package org.openasm.typology;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OverrideRepository extends JpaRepository<TypeOverride, Long> {

	List<TypeOverride> findByWorkspaceIdOrderById(Long workspaceId);nntOptional<TypeOverride> findByIdAndWorkspaceId(Long id, Long workspaceId);nntOptional<TypeOverride> findByWorkspaceIdAndSiteId(Long workspaceId, Long siteId);nntList<TypeOverride> findByType(SectorType type);
}
