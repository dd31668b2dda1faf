package org.openasm.registry;

import org.openasm.workspace.WorkspaceCreated;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Gives every new workspace its registry settings row in the transaction that creates the workspace.
 * {@link RegistrySettings#lock} otherwise creates the row on first use in a transaction of its own,
 * which cannot see a workspace that is not committed yet: the demo's zones and licences, seeded
 * before the workspace commits, would find no row to lock. Runs before every registry demo.
 */
@Component
class RegistrySettingSeed {

	private final RegistrySettingRepository settings;

	RegistrySettingSeed(RegistrySettingRepository settings) {
		this.settings = settings;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(40)
	void on(WorkspaceCreated event) {
		if (!settings.existsById(event.workspaceId())) {
			settings.saveAndFlush(new RegistrySetting(event.workspaceId()));
		}
	}
}
