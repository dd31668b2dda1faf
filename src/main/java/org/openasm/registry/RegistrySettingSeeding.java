package org.openasm.registry;

import org.openasm.workspace.WorkspaceCreated;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every new workspace its registry settings row in the transaction that creates the workspace.
 * {@link RegistrySettings#lock} would otherwise create it in a transaction of its own, which cannot
 * see a workspace not yet committed: the demo's seeders, which lock the row while the workspace is
 * being created, would fail on H2 and wait for ever on PostgreSQL (the foreign key check waits for
 * the creating transaction, which waits for it). Workspaces made before the registry existed still
 * get their row on first use.
 */
@Component
class RegistrySettingSeeding {

	private final RegistrySettingRepository settings;

	RegistrySettingSeeding(RegistrySettingRepository settings) {
		this.settings = settings;
	}

	@EventListener
	@Order(1)
	void on(WorkspaceCreated event) {
		if (!settings.existsById(event.workspaceId())) {
			settings.saveAndFlush(new RegistrySetting(event.workspaceId()));
		}
	}
}
