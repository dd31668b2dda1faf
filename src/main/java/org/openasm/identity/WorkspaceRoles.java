package org.openasm.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role in one workspace, managed by that workspace's administrators: they grant roles
 * to existing accounts and remove them, without reaching into other workspaces.
 */
@Service
class WorkspaceRoles {

	record Holder(long membershipId, String username, String displayName, Role role) {
	}

	private final MembershipRepository memberships;

	private final UserAccountRepository users;

	private final Accounts accounts;

	WorkspaceRoles(MembershipRepository memberships, UserAccountRepository users, Accounts accounts) {
		this.memberships = memberships;
		this.users = users;
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	List<Holder> of(long workspaceId) {
		List<Membership> held = memberships.findByWorkspaceId(workspaceId);
		Map<Long, UserAccount> holders = users.findAllById(held.stream().map(Membership::getUserId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(UserAccount::getId, Function.identity()));
		return held.stream().map(m -> {
			UserAccount account = holders.get(m.getUserId());
			return new Holder(m.getId(), account.getUsername(), account.getDisplayName(), m.getRole());
		}).sorted(Comparator.comparing(Holder::username).thenComparing(Holder::role)).toList();
	}

	@Transactional
	void grant(long workspaceId, RoleGrantForm form) {
		UserAccount account = users.findByUsernameIgnoreCase(form.getUsername().strip())
			.orElseThrow(() -> new DomainRuleViolation("username", "user.unknown", form.getUsername().strip()));
		accounts.grant(account.getId(), workspaceId, form.getRole());
	}

	/** Administrators may not remove their own administration of the workspace: someone must keep it. */
	@Transactional
	void revoke(long workspaceId, long membershipId, String actingUsername) {
		Membership membership = memberships.findById(membershipId)
			.filter(m -> m.getWorkspaceId() == workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("Membership", String.valueOf(membershipId)));
		UserAccount holder = accounts.account(membership.getUserId());
		if (membership.getRole() == Role.ADMIN && holder.getUsername().equalsIgnoreCase(actingUsername)) {
			throw new DomainRuleViolation("membershipId", "membership.revoke.ownAdmin");
		}
		memberships.delete(membership);
	}
}
