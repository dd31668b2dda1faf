package org.openasm.typology;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OverrideRepository extends JpaRepository<TypeOverride, Long> {

	List<TypeOverride> findByWorkspaceIdOrderById(Long workspaceId);

	Optional<TypeOverride> findByIdAndWorkspaceId(Long id, Long workspaceId);

	Optional<TypeOverride> findByWorkspaceIdAndSiteId(Long workspaceId, Long siteId);

	List<TypeOverride> findByType(SectorType type);
}
