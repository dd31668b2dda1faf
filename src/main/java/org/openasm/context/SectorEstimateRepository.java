package org.openasm.context;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SectorEstimateRepository extends JpaRepository<SectorEstimate, Long> {

	List<SectorEstimate> findByWorkspaceId(Long workspaceId);

	Optional<SectorEstimate> findByIdAndWorkspaceId(Long id, Long workspaceId);

	List<SectorEstimate> findByWorkspaceIdAndFigureAndCommodityAndAreaIdIsNullOrderByYearDescIdDesc(Long workspaceId,
			EstimateFigure figure, Commodity commodity);
}
