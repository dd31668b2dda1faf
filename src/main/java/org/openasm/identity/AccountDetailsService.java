package org.openasm.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account with its roles as authorities {@code WS:<workspace>:<ROLE>}. */
@Service
class AccountDetailsService implements UserDetailsService {

	static final String SYSTEM_ADMIN = "ROLE_SYSTEM_ADMIN";

	private final UserAccountRepository users;

	private final MembershipRepository memberships;

	AccountDetailsService(UserAccountRepository users, MembershipRepository memberships) {
		this.users = users;
		this.memberships = memberships;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = users.findByUsernameIgnoreCase(username.strip())
			.orElseThrow(() -> new UsernameNotFoundException(username));
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (account.isSystemAdmin()) {
			authorities.add(new SimpleGrantedAuthority(SYSTEM_ADMIN));
		}
		for (Membership m : memberships.findByUserId(account.getId())) {
			authorities.add(new SimpleGrantedAuthority(m.getRole().authorityIn(m.getWorkspaceId())));
		}
		return User.withUsername(account.getUsername())
			.password(account.passwordHash())
			.disabled(!account.isEnabled())
			.authorities(authorities)
			.build();
	}
}
