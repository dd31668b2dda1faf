package org.openasm.context;

import java.util.List;
import java.util.Locale;
import org.openasm.workspace.WorkspaceCreated;
import org.openasm.workspace.WorkspaceInfo;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every new workspace gets the capacity functions the guidance lists, named in the workspace's first
 * language (the migration gives workspaces made before it the English names).
 */
@Component
class CapacitySeeding {

	/** The guidance's functions, in the order the grid shows them; names are {@code capacity.seed.<code>}. */
	static final List<String> FUNCTIONS = List.of("LICENSING", "INSPECTION", "EXTENSION", "GEOLOGY", "ENVIRONMENT", "HEALTH", "REVENUE",
			"DATA");

	private final CapacityAssessment assessment;

	private final WorkspaceManagement workspaces;

	private final MessageSource messages;

	CapacitySeeding(CapacityAssessment assessment, WorkspaceManagement workspaces, MessageSource messages) {
		this.assessment = assessment;
		this.workspaces = workspaces;
		this.messages = messages;
	}

	@EventListener
	void on(WorkspaceCreated event) {
		WorkspaceInfo workspace = workspaces.get(event.workspaceId());
		Locale locale = Locale.forLanguageTag(workspace.languages().isEmpty() ? "en" : workspace.languages().get(0));
		for (String code : FUNCTIONS) {
			assessment.seedFunction(workspace.id(), messages.getMessage("capacity.seed." + code, null, locale));
		}
	}
}
