package org.openasm.partners;

import jakarta.validation.Valid;
import java.time.Year;
import java.util.Locale;
import java.util.UUID;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.openasm.workspace.Progress;
import org.openasm.workspace.Step;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partner pages: the list with totals and readiness, a partner's form, and a partner with its commitments. */
@Controller
class PartnersPages {

	private final PartnersManagement partners;

	private final Progress progress;

	PartnersPages(PartnersManagement partners, Progress progress) {
		this.partners = partners;
		this.progress = progress;
	}

	@GetMapping("/workspaces/{workspaceId}/partners")
	@Access.Government
	String overview(@PathVariable long workspaceId, @RequestParam(required = false) EngagementStatus status,
			@RequestParam(required = false) PartnerType type, Model model, Locale locale) {
		model.addAttribute("partners", partners.partners(workspaceId, status, type));
		model.addAttribute("anyPartner", !partners.partners(workspaceId).isEmpty());
		model.addAttribute("totals", partners.totals(workspaceId));
		model.addAttribute("currency", partners.currency(workspaceId));
		model.addAttribute("progress", progress.of(workspaceId, Step.PARTNERS, locale));
		model.addAttribute("statusFilter", status);
		model.addAttribute("typeFilter", type);
		model.addAttribute("types", PartnerType.values());
		model.addAttribute("statuses", EngagementStatus.values());
		model.addAttribute("commitmentStatuses", CommitmentStatus.values());
		return "partners/overview";
	}

	@GetMapping("/workspaces/{workspaceId}/partners/new")
	@Access.Secretariat
	String newPartner(@PathVariable long workspaceId, Model model) {
		PartnerForm form = new PartnerForm();
		form.setToken(UUID.randomUUID().toString());
		return partnerForm(form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/partners/new")
	@Access.Secretariat
	String addPartner(@PathVariable long workspaceId, @Valid @ModelAttribute("form") PartnerForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		long[] id = new long[1];
		if (FormErrors.attempt(result, () -> id[0] = partners.addPartner(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "partner.saved");
			return "redirect:/workspaces/" + workspaceId + "/partners/" + id[0];
		}
		return partnerForm(form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/partners/{partnerId}")
	@Access.Government
	String detail(@PathVariable long workspaceId, @PathVariable long partnerId, Model model) {
		CommitmentForm form = CommitmentForm.blank(partners.currency(workspaceId), Year.now().getValue());
		form.setToken(UUID.randomUUID().toString());
		return detail(workspaceId, partnerId, form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/partners/{partnerId}/edit")
	@Access.Secretariat
	String editPartnerForm(@PathVariable long workspaceId, @PathVariable long partnerId, Model model) {
		model.addAttribute("partnerId", partnerId);
		return partnerForm(PartnerForm.of(partners.partner(workspaceId, partnerId)), model);
	}

	@PostMapping("/workspaces/{workspaceId}/partners/{partnerId}/edit")
	@Access.Secretariat
	String editPartner(@PathVariable long workspaceId, @PathVariable long partnerId, @Valid @ModelAttribute("form") PartnerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> partners.editPartner(workspaceId, partnerId, form))) {
			redirect.addFlashAttribute("saved", "partner.saved");
			return "redirect:/workspaces/" + workspaceId + "/partners/" + partnerId;
		}
		model.addAttribute("partnerId", partnerId);
		return partnerForm(form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/partners/{partnerId}/delete")
	@Access.Secretariat
	String removePartner(@PathVariable long workspaceId, @PathVariable long partnerId, RedirectAttributes redirect) {
		partners.removePartner(workspaceId, partnerId);
		redirect.addFlashAttribute("saved", "partner.removed");
		return "redirect:/workspaces/" + workspaceId + "/partners";
	}

	/** Where a refused "add a commitment" leaves the browser; switching language there must still work. */
	@GetMapping("/workspaces/{workspaceId}/partners/{partnerId}/commitments")
	@Access.Government
	String commitments(@PathVariable long workspaceId, @PathVariable long partnerId) {
		return "redirect:/workspaces/" + workspaceId + "/partners/" + partnerId + "#commitments";
	}

	@PostMapping("/workspaces/{workspaceId}/partners/{partnerId}/commitments")
	@Access.Secretariat
	String addCommitment(@PathVariable long workspaceId, @PathVariable long partnerId,
			@Valid @ModelAttribute("commitmentForm") CommitmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> partners.addCommitment(workspaceId, partnerId, form))) {
			redirect.addFlashAttribute("saved", "commitment.saved");
			return "redirect:/workspaces/" + workspaceId + "/partners/" + partnerId + "#commitments";
		}
		return detail(workspaceId, partnerId, form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/partners/{partnerId}/commitments/{commitmentId}/edit")
	@Access.Secretariat
	String editCommitmentForm(@PathVariable long workspaceId, @PathVariable long partnerId, @PathVariable long commitmentId,
			Model model) {
		Commitment commitment = partners.commitment(workspaceId, partnerId, commitmentId);
		return commitmentForm(workspaceId, commitment.getPartner(), commitmentId, CommitmentForm.of(commitment), model);
	}

	@PostMapping("/workspaces/{workspaceId}/partners/{partnerId}/commitments/{commitmentId}/edit")
	@Access.Secretariat
	String editCommitment(@PathVariable long workspaceId, @PathVariable long partnerId, @PathVariable long commitmentId,
			@Valid @ModelAttribute("form") CommitmentForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Commitment commitment = partners.commitment(workspaceId, partnerId, commitmentId);
		if (FormErrors.attempt(result, () -> partners.editCommitment(workspaceId, partnerId, commitmentId, form))) {
			redirect.addFlashAttribute("saved", "commitment.saved");
			return "redirect:/workspaces/" + workspaceId + "/partners/" + partnerId + "#commitments";
		}
		return commitmentForm(workspaceId, commitment.getPartner(), commitmentId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/partners/{partnerId}/commitments/{commitmentId}/delete")
	@Access.Secretariat
	String removeCommitment(@PathVariable long workspaceId, @PathVariable long partnerId, @PathVariable long commitmentId,
			RedirectAttributes redirect) {
		partners.removeCommitment(workspaceId, partnerId, commitmentId);
		redirect.addFlashAttribute("saved", "commitment.removed");
		return "redirect:/workspaces/" + workspaceId + "/partners/" + partnerId + "#commitments";
	}

	private String detail(long workspaceId, long partnerId, CommitmentForm form, Model model) {
		model.addAttribute("partner", partners.partner(workspaceId, partnerId));
		model.addAttribute("commitments", partners.commitments(workspaceId, partnerId));
		model.addAttribute("totals", partners.totals(workspaceId, partnerId));
		model.addAttribute("currency", partners.currency(workspaceId));
		model.addAttribute("commitmentForm", form);
		model.addAttribute("commitmentStatuses", CommitmentStatus.values());
		return "partners/detail";
	}

	private String partnerForm(PartnerForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("types", PartnerType.values());
		model.addAttribute("areas", HelpArea.values());
		model.addAttribute("statuses", EngagementStatus.values());
		return "partners/partner";
	}

	private String commitmentForm(long workspaceId, Partner partner, long commitmentId, CommitmentForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("partner", partner);
		model.addAttribute("commitmentId", commitmentId);
		model.addAttribute("currency", partners.currency(workspaceId));
		model.addAttribute("commitmentStatuses", CommitmentStatus.values());
		return "partners/commitment";
	}
}
