package org.openasm.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChosenInstrumentRepository extends JpaRepository<ChosenInstrument, Long> {

	List<ChosenInstrument> findByWorkspaceIdOrderById(Long workspaceId);

	List<ChosenInstrument> findByTypeStrategyOrderById(TypeStrategy typeStrategy);

	List<ChosenInstrument> findByInstrumentOrderById(Instrument instrument);

	Optional<ChosenInstrument> findByIdAndWorkspaceId(Long id, Long workspaceId);
}
