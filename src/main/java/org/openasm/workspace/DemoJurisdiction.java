package org.openasm.workspace;

import java.util.List;
import org.openasm.shared.DomainRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On first start with an empty database, creates the fictional Republic of Meridia so a new user sees
 * a living system. Each module seeds its part on {@link WorkspaceCreated} with {@code demo = true}.
 * {@code OPENASM_DEMO=false} starts empty.
 */
@Component
@Order(20)
class DemoJurisdiction implements ApplicationRunner {

	static final String NAME = "Republic of Meridia";

	private static final Logger log = LoggerFactory.getLogger(DemoJurisdiction.class);

	private final WorkspaceManagement workspaces;

	private final boolean enabled;

	DemoJurisdiction(WorkspaceManagement workspaces, @Value("${openasm.demo:true}") boolean enabled) {
		this.workspaces = workspaces;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || !workspaces.isEmpty()) {
			return;
		}
		WorkspaceForm form = new WorkspaceForm();
		form.setName(NAME);
		form.setLevel(JurisdictionLevel.NATIONAL);
		form.setCountryCode("XM");
		form.setLanguages(List.of("en", "fr"));
		form.setCurrency("XOF");
		long id;
		try {
			id = workspaces.create(form, true);
		}
		catch (DataIntegrityViolationException | DomainRuleViolation ex) {
			// Several instances starting together on an empty database: one of them seeds it.
			log.info("The demo jurisdiction was created by another instance meanwhile.");
			return;
		}
		log.info("Created the demo jurisdiction '{}' (workspace {}). Set OPENASM_DEMO=false to start empty.", NAME, id);
	}
}
