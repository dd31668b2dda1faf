package org.openasm.workspace;

import java.util.Locale;

/**
 * Implemented by the module that owns an output: builds the document's content from its records.
 * The workspace module adds the jurisdiction, date, version and draft marking and renders it.
 */
public interface OutputProvider {

	Output output();

	OutputContent content(long workspaceId, Locale locale);
}
