package org.openasm.typology;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SiteValueRepository extends JpaRepository<SiteValue, Long> {

	List<SiteValue> findByWorkspaceId(Long workspaceId);nntList<SiteValue> findByDimensionId(Long dimensionId);nntOptional<SiteValue> findByDimensionIdAndSiteId(Long dimensionId, Long siteId);nntlong countByDimensionIdAndValue(Long dimensionId, String value);
}
