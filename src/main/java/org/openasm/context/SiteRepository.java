package org.openasm.context;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SiteRepository extends JpaRepository<MineSite, Long> {

	List<MineSite> findByWorkspaceIdOrderByName(Long workspaceId);

	Optional<MineSite> findByIdAndWorkspaceId(Long id, Long workspaceId);

	/** Sites per commodity, counted by the database: readiness reads this on every page, not the sites. */
	@Query("select s.commodity, count(s) from MineSite s where s.workspaceId = :workspaceId group by s.commodity")
	List<Object[]> countByCommodity(@Param("workspaceId") Long workspaceId);

	/** Sites per combination of commodity, deposit, mechanisation, scale and area, with their workers, counted by the database. */
	@Query("select s.commodity, s.depositType, s.mechanisation, s.scale, s.areaId, count(s), sum(s.women), sum(s.men) from MineSite s"
			+ " where s.workspaceId = :workspaceId group by s.commodity, s.depositType, s.mechanisation, s.scale, s.areaId")
	List<Object[]> countByAttributes(@Param("workspaceId") Long workspaceId);

	/** The same attributes for a few named sites, one row each. */
	@Query("select s.id, s.name, s.commodity, s.depositType, s.mechanisation, s.scale, s.areaId, s.women, s.men from MineSite s"
			+ " where s.workspaceId = :workspaceId and s.id in :ids")
	List<Object[]> attributesOf(@Param("workspaceId") Long workspaceId, @Param("ids") java.util.Collection<Long> ids);

	/** Every site's id, longitude and latitude, nothing else. */
	@Query("select s.id, s.longitude, s.latitude from MineSite s where s.workspaceId = :workspaceId")
	List<Object[]> positions(@Param("workspaceId") Long workspaceId);

	/** Sites whose name contains {@code pattern} (lower case, with % around), by name, a page at a time. */
	@Query("select s.id, s.name from MineSite s where s.workspaceId = :workspaceId and lower(s.name) like :pattern order by s.name")
	List<Object[]> named(@Param("workspaceId") Long workspaceId, @Param("pattern") String pattern,
			org.springframework.data.domain.Pageable page);
}
