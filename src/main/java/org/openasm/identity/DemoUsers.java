package org.openasm.identity;

import java.util.ArrayList;
import java.util.List;
import org.openasm.workspace.WorkspaceCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One demo user per role in the demo jurisdiction, so each view of the product can be tried. Passwords
 * come from OPENASM_DEMO_PASSWORD, else are random and listed once on the console.
 */
@Component
class DemoUsers {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private final Accounts accounts;

	private final UserAccountRepository users;

	private final String configured;

	DemoUsers(Accounts accounts, UserAccountRepository users, @Value("${openasm.demo-password:}") String configured) {
		this.accounts = accounts;
		this.users = users;
		this.configured = configured;
	}

	@EventListener
	void on(WorkspaceCreated event) {
		if (!event.demo()) {
			return;
		}
		List<String> lines = new ArrayList<>();
		for (Role role : Role.values()) {
			if (!role.grantable()) {
				continue;
			}
			String username = "demo-" + role.name().toLowerCase();
			String password = configured == null || configured.isBlank() ? Accounts.randomPassword() : configured;
			if (accounts.ensure(username, "Demo " + role.name().toLowerCase(), password, false)) {
				lines.add(String.format("    %-18s %-12s %s", username, role.name().toLowerCase(),
						configured == null || configured.isBlank() ? password : "(OPENASM_DEMO_PASSWORD)"));
			}
			long userId = users.findByUsernameIgnoreCase(username).orElseThrow().getId();
			accounts.grant(userId, event.workspaceId(), role);
		}
		if (!lines.isEmpty()) {
			log.warn("\n\n    Demo users of the demo jurisdiction (passwords shown this once):\n{}\n", String.join("\n", lines));
		}
	}
}
