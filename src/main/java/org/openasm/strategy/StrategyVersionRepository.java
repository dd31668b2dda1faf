package org.openasm.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StrategyVersionRepository extends JpaRepository<StrategyVersion, Long> {

	Optional<StrategyVersion> findByWorkspaceIdAndNumber(Long workspaceId, int number);

	Optional<StrategyVersion> findFirstByWorkspaceIdOrderByNumberDesc(Long workspaceId);

	/** The versions without their snapshots: number, finalised at, by, warnings, digest. */
	@Query("select v.number, v.finalisedAt, v.finalisedBy, v.warnings, v.digest from StrategyVersion v"
			+ " where v.workspaceId = :workspaceId order by v.number desc")
	List<Object[]> listing(@Param("workspaceId") Long workspaceId);

	/** Whether the workspace has any type strategy yet, without loading one (the readiness of 2.4 reads it on every page). */
	@Query("select count(s) > 0 from TypeStrategy s where s.workspaceId = :workspaceId")
	boolean anyStrategy(@Param("workspaceId") Long workspaceId);
}
