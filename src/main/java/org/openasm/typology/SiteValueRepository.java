package org.openasm.typology;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SiteValueRepository extends JpaRepository<SiteValue, Long> {

	List<SiteValue> findByWorkspaceId(Long workspaceId);

	List<SiteValue> findByWorkspaceIdAndSiteId(Long workspaceId, Long siteId);

	List<SiteValue> findByDimensionId(Long dimensionId);

	Optional<SiteValue> findByDimensionIdAndSiteId(Long dimensionId, Long siteId);

	long countByDimensionIdAndValue(Long dimensionId, String value);
}
