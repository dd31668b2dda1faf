package org.openasm.strategy;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.openasm.workspace.WorkspaceCreated;
import org.openasm.workspace.WorkspaceInfo;
import org.openasm.workspace.WorkspaceManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every new workspace starts with the instrument catalogue of the guidance, so the government chooses
 * from a full list. Workspaces created before the strategy module was installed (or before an entry
 * joined the catalogue) get the missing entries when the application starts; when several instances
 * start at once, the one that loses the race leaves it to the other.
 */
@Component
class InstrumentSeeding {

	private static final Logger log = LoggerFactory.getLogger(InstrumentSeeding.class);

	private final InstrumentRepository instruments;

	private final WorkspaceManagement workspaces;

	private final TransactionTemplate tx;

	InstrumentSeeding(InstrumentRepository instruments, WorkspaceManagement workspaces, TransactionTemplate tx) {
		this.instruments = instruments;
		this.workspaces = workspaces;
		this.tx = tx;
	}

	@EventListener
	@Order(12)
	void on(WorkspaceCreated event) {
		loadCatalogue(event.workspaceId());
	}

	@EventListener(ApplicationReadyEvent.class)
	void completeExistingWorkspaces() {
		for (WorkspaceInfo w : workspaces.all()) {
			try {
				Integer added = tx.execute(status -> loadCatalogue(w.id()));
				if (added != null && added > 0) {
					log.info("Added {} catalogue instruments to workspace {}.", added, w.id());
				}
			}
			catch (DataIntegrityViolationException raced) {
				log.info("Another instance is loading the instrument catalogue of workspace {}.", w.id());
			}
		}
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
