package org.openasm.shared.audit;

import java.util.Optional;
import org.springframework.data.domain.AuditorAware;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting: the signed-in user, or "system" for start-up work such as seeding the demo. */
@Component
public class CurrentActor implements AuditorAware<String> {

	public static final String SYSTEM = "system";

	public static String name() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return auth.getName();
	}

	@Override
	public Optional<String> getCurrentAuditor() {
		return Optional.of(name());
	}
}
