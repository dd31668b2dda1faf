package org.openasm.registry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's settings that concern the public: whether holders' names appear on the public register
 * and in its exports. Off by default: publishing people's names is the workspace's law to decide, so the
 * register shows none until an administrator or the secretariat says it may.
 */
@Service
class RegistryPublication {

	/** The settings as the page and the API show them. */
	record Settings(boolean holderNamesPublic) {
	}

	private final RegistrySettings settings;

	RegistryPublication(RegistrySettings settings) {
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	Settings settings(long workspaceId) {
		return new Settings(settings.read(workspaceId).isHolderNamesPublic());
	}

	/** Changes the settings under the row's lock, as every change of the row is made. */
	@Transactional
	Settings change(long workspaceId, Settings wanted) {
		settings.lock(workspaceId).publishHolderNames(wanted.holderNamesPublic());
		return wanted;
	}
}
