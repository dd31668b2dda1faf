package org.openasm.registry;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's settings row of a workspace, created on first use. {@link #lock} is how anything that
 * changes who holds which ground (a grant, a new zone or protected area, a status change) serialises
 * with everything else that does: it holds the row's write lock until the transaction ends, so the
 * overlap check made after it sees every grant committed before it, on H2 as on PostgreSQL.
 */
@Component
class RegistrySettings {

	private final RegistrySettingRepository settings;

	private final TransactionTemplate separately;

	RegistrySettings(RegistrySettingRepository settings, PlatformTransactionManager transactions) {
		this.settings = settings;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The settings as they are now, without locking (an absent row reads as the defaults). */
	@Transactional(readOnly = true)
	RegistrySetting read(long workspaceId) {
		return settings.findById(workspaceId).orElseGet(() -> new RegistrySetting(workspaceId));
	}

	/** The settings row, locked for writing until the current transaction ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	RegistrySetting lock(long workspaceId) {
		return settings.lockByWorkspaceId(workspaceId).orElseGet(() -> {
			create(workspaceId);
			return settings.lockByWorkspaceId(workspaceId).orElseThrow();
		});
	}

	/** Inserts the row in its own transaction; when another transaction won the race, its row is used. */
	private void create(long workspaceId) {
		try {
			separately.executeWithoutResult(status -> {
				if (!settings.existsById(workspaceId)) {
					settings.saveAndFlush(new RegistrySetting(workspaceId));
				}
			});
		}
		catch (DataIntegrityViolationException raced) {
			// Another transaction created it first; lock theirs.
		}
	}
}
