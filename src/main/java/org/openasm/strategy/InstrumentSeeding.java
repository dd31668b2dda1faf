package org.openasm.strategy;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every new workspace starts with the instrument catalogue of the guidance, so the government chooses from a full list. */
@Component
class InstrumentSeeding {

	private final InstrumentRepository instruments;

	InstrumentSeeding(InstrumentRepository instruments) {
		this.instruments = instruments;
	}

	@EventListener
	@Order(12)
	void on(WorkspaceCreated event) {
		loadCatalogue(event.workspaceId());
	}

	/** Adds the catalogue entries the workspace does not have yet (by code), so loading twice adds nothing; returns how many were added. */
	@Transactional
	int loadCatalogue(long workspaceId) {
		Set<String> present = instruments.findByWorkspaceIdOrderById(workspaceId)
			.stream()
			.map(Instrument::getCode)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		int added = 0;
		for (InstrumentCatalogue.Entry entry : InstrumentCatalogue.ENTRIES) {
			if (!present.contains(entry.code())) {
				instruments.save(Instrument.catalogued(workspaceId, entry));
				added++;
			}
		}
		instruments.flush();
		return added;
	}
}
