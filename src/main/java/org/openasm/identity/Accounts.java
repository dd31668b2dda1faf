package org.openasm.identity;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts, granting and revoking roles, changing passwords. */
@Service
class Accounts {

	static final int MIN_PASSWORD = 12;

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository users;

	private final MembershipRepository memberships;

	private final PasswordEncoder encoder;

	private final SubmissionGuard guard;

	Accounts(UserAccountRepository users, MembershipRepository memberships, PasswordEncoder encoder, SubmissionGuard guard) {
		this.users = users;
		this.memberships = memberships;
		this.encoder = encoder;
		this.guard = guard;
	}

	static String randomPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	@Transactional
	long create(UserForm form) {
		return Long.parseLong(guard.once(form.getToken(), "user", Arrays.asList(form.getUsername(), form.getDisplayName(), form.isSystemAdmin()), () -> {
			String username = form.getUsername().strip();
			if (users.existsByUsernameIgnoreCase(username)) {
				throw new DomainRuleViolation("username", "user.username.taken", username);
			}
			checkStrength(form.getPassword());
			UserAccount account = users.save(
					new UserAccount(username, encoder.encode(form.getPassword()), form.getDisplayName().strip(), form.isSystemAdmin()));
			return account.getId().toString();
		}));
	}

	@Transactional
	void grant(long userId, long workspaceId, Role role) {
		if (!role.grantable()) {
			throw new DomainRuleViolation("role", "membership.role.notGrantable", role);
		}
		account(userId);
		if (!memberships.existsByUserIdAndWorkspaceIdAndRole(userId, workspaceId, role)) {
			memberships.save(new Membership(userId, workspaceId, role));
		}
	}

	@Transactional
	void revoke(long userId, long membershipId) {
		Membership membership = memberships.findById(membershipId)
			.filter(m -> m.getUserId() == userId)
			.orElseThrow(() -> new RecordNotFoundException("Membership", membershipId));
		memberships.delete(membership);
	}

	@Transactional
	void changePassword(String username, String current, String next) {
		UserAccount account = users.findByUsernameIgnoreCase(username).orElseThrow(() -> new RecordNotFoundException("User", username));
		if (!encoder.matches(current, account.passwordHash())) {
			throw new DomainRuleViolation("current", "password.current.wrong");
		}
		checkStrength(next);
		account.setPasswordHash(encoder.encode(next));
	}

	/** The administrator sets a new password for someone who lost theirs. */
	@Transactional
	void resetPassword(long userId, String password) {
		checkStrength(password);
		account(userId).setPasswordHash(encoder.encode(password));
	}

	/** A disabled account can no longer sign in; its records and history stay. */
	@Transactional
	void setEnabled(long userId, boolean enabled, String actingUsername) {
		UserAccount account = account(userId);
		if (!enabled && account.getUsername().equalsIgnoreCase(actingUsername)) {
			throw new DomainRuleViolation("enabled", "user.disable.self");
		}
		account.setEnabled(enabled);
	}

	/** Creates the account if absent; returns true if it did. Used for the first admin and demo users. */
	@Transactional
	boolean ensure(String username, String displayName, String password, boolean systemAdmin) {
		if (users.existsByUsernameIgnoreCase(username)) {
			return false;
		}
		users.save(new UserAccount(username, encoder.encode(password), displayName, systemAdmin));
		return true;
	}

	@Transactional(readOnly = true)
	UserAccount account(long id) {
		return users.findById(id).orElseThrow(() -> new RecordNotFoundException("User", id));
	}

	@Transactional(readOnly = true)
	UserAccount account(String username) {
		return users.findByUsernameIgnoreCase(username).orElseThrow(() -> new RecordNotFoundException("User", username));
	}

	@Transactional(readOnly = true)
	List<UserAccount> all() {
		return users.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	List<Membership> membershipsOf(long userId) {
		return memberships.findByUserId(userId);
	}

	private static void checkStrength(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new DomainRuleViolation("password", "password.tooShort", MIN_PASSWORD);
		}
	}
}
