package org.openasm.vision;

import org.openasm.workspace.WorkspaceCreated;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every new workspace starts with the reference technique catalogue, ungraded, so the government grades from a full list. */
@Component
class CatalogueSeeding {

	private final TechniqueRegister register;

	CatalogueSeeding(TechniqueRegister register) {
		this.register = register;
	}

	@EventListener
	@Order(10)
	void on(WorkspaceCreated event) {
		register.loadCatalogue(event.workspaceId());
	}
}
