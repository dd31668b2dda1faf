package org.openasm.workspace;

import java.util.List;

/** What other modules may know of a workspace. */
public record WorkspaceInfo(long id, String name, JurisdictionLevel level, String countryCode, List<String> languages,
		String currency) {
}
