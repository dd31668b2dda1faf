package org.openasm.identity;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** People and roles of one workspace, for its administrators. */
@Controller
class WorkspaceRolePages {

	private final WorkspaceRoles roles;

	private final MessageSource messages;

	WorkspaceRolePages(WorkspaceRoles roles, MessageSource messages) {
		this.roles = roles;
		this.messages = messages;
	}

	@GetMapping("/workspaces/{workspaceId}/roles")
	@Access.WorkspaceAdmin
	String list(@PathVariable long workspaceId, Model model) {
		return page(workspaceId, new RoleGrantForm(), model);
	}

	@PostMapping("/workspaces/{workspaceId}/roles")
	@Access.WorkspaceAdmin
	String grant(@PathVariable long workspaceId, @Valid @ModelAttribute("form") RoleGrantForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> roles.grant(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "membership.granted");
			return "redirect:/workspaces/" + workspaceId + "/roles";
		}
		return page(workspaceId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/roles/{membershipId}/delete")
	@Access.WorkspaceAdmin
	String revoke(@PathVariable long workspaceId, @PathVariable long membershipId, Principal principal,
			RedirectAttributes redirect, java.util.Locale locale) {
		try {
			roles.revoke(workspaceId, membershipId, principal.getName());
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		return "redirect:/workspaces/" + workspaceId + "/roles";
	}

	private String page(long workspaceId, RoleGrantForm form, Model model) {
		model.addAttribute("holders", roles.of(workspaceId));
		model.addAttribute("form", form);
		model.addAttribute("roles", Arrays.stream(Role.values()).filter(Role::grantable).toList());
		return "identity/workspace-roles";
	}
}
