package org.openasm.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstrumentRepository extends JpaRepository<Instrument, Long> {

	List<Instrument> findByWorkspaceIdOrderById(Long workspaceId);

	Optional<Instrument> findByIdAndWorkspaceId(Long id, Long workspaceId);
}
