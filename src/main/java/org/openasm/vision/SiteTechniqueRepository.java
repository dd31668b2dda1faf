package org.openasm.vision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SiteTechniqueRepository extends JpaRepository<SiteTechnique, Long> {

	List<SiteTechnique> findByTechniqueOrderBySiteId(Technique technique);

	List<SiteTechnique> findByWorkspaceIdAndSiteId(Long workspaceId, Long siteId);

	/** Every link of the workspace as (technique id, site id), without loading the entities. */
	@Query("select l.technique.id, l.siteId from SiteTechnique l where l.workspaceId = :workspaceId")
	List<Object[]> pairs(@Param("workspaceId") Long workspaceId);

	/** The ids of the techniques practised at one site of the workspace at least. */
	@Query("select distinct l.technique.id from SiteTechnique l where l.workspaceId = :workspaceId")
	List<Long> practisedTechniqueIds(@Param("workspaceId") Long workspaceId);
}
