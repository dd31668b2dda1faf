package org.openasm.identity;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.openasm.workspace.WorkspaceInfo;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, one's own password, and the administrator's list of users and their roles. */
@Controller
class IdentityPages {

	private final Accounts accounts;

	private final WorkspaceManagement workspaces;

	IdentityPages(Accounts accounts, WorkspaceManagement workspaces) {
		this.accounts = accounts;
		this.workspaces = workspaces;
	}

	@GetMapping("/login")
	@Access.Public
	String login() {
		return "identity/login";
	}

	@GetMapping("/account/password")
	@Access.SignedIn
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm());
		return "identity/password";
	}

	@PostMapping("/account/password")
	@Access.SignedIn
	String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal,
			RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> accounts.changePassword(principal.getName(), form.getCurrent(), form.getPassword()))) {
			redirect.addFlashAttribute("saved", "password.changed");
			return "redirect:/workspaces";
		}
		return "identity/password";
	}

	@GetMapping("/admin/users")
	@Access.SystemAdmin
	String users(Model model) {
		Map<UserAccount, java.util.List<Membership>> users = new LinkedHashMap<>();
		accounts.all().forEach(u -> users.put(u, accounts.membershipsOf(u.getId())));
		Map<Long, String> names = new LinkedHashMap<>();
		workspaces.all().forEach(w -> names.put(w.id(), w.name()));
		model.addAttribute("users", users);
		model.addAttribute("workspaceNames", names);
		model.addAttribute("roles", Arrays.stream(Role.values()).filter(Role::grantable).toList());
		model.addAttribute("membership", new MembershipForm());
		return "identity/users";
	}

	@GetMapping("/admin/users/new")
	@Access.SystemAdmin
	String newUser(Model model) {
		UserForm form = new UserForm();
		form.setToken(UUID.randomUUID().toString());
		model.addAttribute("form", form);
		return "identity/user-form";
	}

	@PostMapping("/admin/users/new")
	@Access.SystemAdmin
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result) {
		if (FormErrors.attempt(result, () -> accounts.create(form))) {
			return "redirect:/admin/users";
		}
		return "identity/user-form";
	}

	@PostMapping("/admin/users/{userId}/memberships")
	@Access.SystemAdmin
	String grant(@PathVariable long userId, @Valid MembershipForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors() || workspaces.find(form.getWorkspaceId()).map(WorkspaceInfo::id).isEmpty()) {
			redirect.addFlashAttribute("error", "membership.invalid");
		}
		else {
			try {
				accounts.grant(userId, form.getWorkspaceId(), form.getRole());
			}
			catch (DomainRuleViolation ex) {
				redirect.addFlashAttribute("error", ex.messageKey());
			}
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{userId}/password")
	@Access.SystemAdmin
	String resetPassword(@PathVariable long userId, @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
		try {
			accounts.resetPassword(userId, password);
			redirect.addFlashAttribute("saved", "user.password.reset");
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{userId}/enabled")
	@Access.SystemAdmin
	String enable(@PathVariable long userId, @RequestParam boolean enabled, Principal principal, RedirectAttributes redirect) {
		try {
			accounts.setEnabled(userId, enabled, principal.getName());
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{userId}/memberships/{membershipId}/delete")
	@Access.SystemAdmin
	String revoke(@PathVariable long userId, @PathVariable long membershipId) {
		accounts.revoke(userId, membershipId);
		return "redirect:/admin/users";
	}
}
