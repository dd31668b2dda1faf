package org.openasm.context;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChainFlowRepository extends JpaRepository<ChainFlow, Long> {

	List<ChainFlow> findByWorkspaceIdOrderById(Long workspaceId);

	Optional<ChainFlow> findByIdAndWorkspaceId(Long id, Long workspaceId);

	boolean existsByFromActorOrToActor(ChainActor from, ChainActor to);

	/** The commodities that have at least one flow, without loading the flows. */
	@Query("select distinct f.flowCommodity from ChainFlow f where f.workspaceId = :workspaceId")
	List<Commodity> commoditiesWithFlows(@Param("workspaceId") Long workspaceId);

	/** The commodities that have at least one flow across a border. */
	@Query("select distinct f.flowCommodity from ChainFlow f where f.workspaceId = :workspaceId and f.crossBorder = true")
	List<Commodity> commoditiesCrossingBorders(@Param("workspaceId") Long workspaceId);
}
