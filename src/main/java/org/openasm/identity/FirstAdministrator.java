package org.openasm.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * No default password anywhere: on first start the {@code admin} account gets OPENASM_ADMIN_PASSWORD,
 * or a random password printed once on the console.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final String configured;

	FirstAdministrator(Accounts accounts, @Value("${openasm.admin-password:}") String configured) {
		this.accounts = accounts;
		this.configured = configured;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean given = configured != null && !configured.isBlank();
		if (given && configured.length() < Accounts.MIN_PASSWORD) {
			throw new IllegalStateException("OPENASM_ADMIN_PASSWORD must have at least " + Accounts.MIN_PASSWORD + " characters");
		}
		String password = given ? configured : Accounts.randomPassword();
		boolean created;
		try {
			created = accounts.ensure(USERNAME, "Administrator", password, true);
		}
		catch (DataIntegrityViolationException ex) {
			// Several instances starting together on an empty database: one of them creates the account.
			log.info("The '{}' account was created by another instance meanwhile.", USERNAME);
			return;
		}
		if (created) {
			if (given) {
				log.info("Created the '{}' account with the password from OPENASM_ADMIN_PASSWORD.", USERNAME);
			}
			else {
				log.warn("\n\n    Created the '{}' account. Its password, shown this once: {}\n    Change it after signing in (Account > Password).\n",
						USERNAME, password);
			}
		}
	}
}
