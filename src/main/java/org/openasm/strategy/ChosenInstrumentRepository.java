package org.openasm.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChosenInstrumentRepository extends JpaRepository<ChosenInstrument, Long> {

	List<ChosenInstrument> findByWorkspaceIdOrderById(Long workspaceId);

	List<ChosenInstrument> findByTypeStrategyOrderById(TypeStrategy typeStrategy);

	List<ChosenInstrument> findByInstrumentOrderById(Instrument instrument);

	Optional<ChosenInstrument> findByIdAndWorkspaceId(Long id, Long workspaceId);

	/** Pairs of (type strategy id, number of instruments chosen in it), counted by the database. */
	@Query("select c.typeStrategy.id, count(c) from ChosenInstrument c where c.workspaceId = :workspaceId group by c.typeStrategy.id")
	List<Object[]> countByStrategy(Long workspaceId);
}
