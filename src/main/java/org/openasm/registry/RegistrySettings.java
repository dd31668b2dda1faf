package org.openasm.registry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's settings row of a workspace, created by the first {@link #lock} (in that transaction). {@link #lock} is how anything that
 * changes who holds which ground (a grant, a new zone or protected area, a status change) serialises
 * with everything else that does: it holds the row's write lock until the transaction ends, so the
 * overlap check made after it sees every grant committed before it, on H2 as on PostgreSQL.
 */
@Component
class RegistrySettings {

	private final RegistrySettingRepository settings;

	private final JdbcTemplate jdbc;

	RegistrySettings(RegistrySettingRepository settings, JdbcTemplate jdbc) {
		this.settings = settings;
		this.jdbc = jdbc;
	}

	/** The settings as they are now, without locking (an absent row reads as the defaults). */
	@Transactional(readOnly = true)
	RegistrySetting read(long workspaceId) {
		return settings.findById(workspaceId).orElseGet(() -> new RegistrySetting(workspaceId));
	}

	/**
	 * The settings row, locked for writing until the current transaction ends. An absent row is inserted
	 * in the current transaction, so a workspace created in this same transaction (the demo's, whose
	 * zones and licences are seeded before it commits) has its row too; when another transaction inserts
	 * it at the same moment, {@code on conflict do nothing} waits for it and keeps theirs, without an
	 * error that would spoil this transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	RegistrySetting lock(long workspaceId) {
		return settings.lockByWorkspaceId(workspaceId).orElseGet(() -> {
			jdbc.update("insert into registry_setting (workspace_id, version, holder_names_public, spatial_seq, application_seq, licence_seq)"
					+ " values (?, 0, false, 0, 0, 0) on conflict do nothing", workspaceId);
			return settings.lockByWorkspaceId(workspaceId).orElseThrow();
		});
	}
}
