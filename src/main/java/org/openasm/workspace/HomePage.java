package org.openasm.workspace;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.openasm.shared.web.Access;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePage {

	@GetMapping("/")
	@Access.Public
	String home(Authentication authentication) {
		boolean signedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken);
		return signedIn ? "redirect:/workspaces" : "redirect:/public";
	}
}
