package org.openasm.registry;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.openasm.vision.TechniqueFacts;
import org.openasm.vision.VisionRecords;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inspections: the list, the form (a first visit or a follow-up) and one inspection with what it found and required. */
@Controller
class InspectionPages {

	static final int PAGE_SIZE = 30;

	static final int ACTION_ROWS = 3;

	private final Inspections inspections;

	private final Enforcement enforcement;

	private final InspectionLabels labels;

	private final VisionRecords vision;

	private final Clock clock;

	InspectionPages(Inspections inspections, Enforcement enforcement, InspectionLabels labels, VisionRecords vision, Clock clock) {
		this.inspections = inspections;
		this.enforcement = enforcement;
		this.labels = labels;
		this.vision = vision;
		this.clock = clock;
	}

	@GetMapping("/workspaces/{workspaceId}/registry/inspections")
	@Access.Government
	String list(@PathVariable long workspaceId, @RequestParam(defaultValue = "1") int page, Model model) {
		Page<Inspection> shown = inspections.inspections(workspaceId, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("inspections", shown);
		model.addAttribute("licenceNumbers", labels.licenceNumbers(shown.map(Inspection::getLicenceId).getContent()));
		model.addAttribute("siteNames", labels.siteNames(workspaceId));
		return "registry/inspections";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/inspections/new")
	@Access.Cadastre
	String newInspection(@PathVariable long workspaceId, @RequestParam(required = false) Long licenceId,
			@RequestParam(required = false) Long siteId, @RequestParam(required = false) Long followUpOf, Model model, Locale locale) {
		InspectionForm form = new InspectionForm();
		form.setToken(UUID.randomUUID().toString());
		form.setVisitedOn(LocalDate.now(clock));
		form.setSiteId(siteId);
		if (followUpOf != null) {
			Inspection earlier = inspections.inspection(workspaceId, followUpOf);
			form.setFollowUpOf(earlier.getId());
			form.setSiteId(earlier.getSiteId());
			licenceId = earlier.getLicenceId();
		}
		if (licenceId != null) {
			form.setLicenceNumber(labels.licenceNumbers(List.of(licenceId)).get(licenceId));
		}
		for (TechniqueFacts t : vision.techniques(workspaceId, locale)) {
			form.getFindings().add(new InspectionForm.Finding(t.id(), false, null));
		}
		return form(workspaceId, form, model, locale);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/inspections/new")
	@Access.Cadastre
	String record(@PathVariable long workspaceId, @Valid @ModelAttribute("form") InspectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		long[] id = new long[1];
		if (FormErrors.attempt(result, () -> id[0] = inspections.record(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "registry.inspection.saved");
			return "redirect:/workspaces/" + workspaceId + "/registry/inspections/" + id[0];
		}
		return form(workspaceId, form, model, locale);
	}

	@GetMapping("/workspaces/{workspaceId}/registry/inspections/{inspectionId}")
	@Access.Government
	String detail(@PathVariable long workspaceId, @PathVariable long inspectionId, Model model) {
		Inspection inspection = inspections.inspection(workspaceId, inspectionId);
		List<CorrectiveAction> required = inspections.actionsRequiredBy(workspaceId, inspectionId);
		List<Inspection> followUps = inspections.followUps(workspaceId, inspectionId);
		model.addAttribute("inspection", inspection);
		model.addAttribute("findings", inspections.findings(workspaceId, inspectionId));
		model.addAttribute("actions", required);
		model.addAttribute("verified", inspections.actionsVerifiedBy(workspaceId, inspectionId));
		model.addAttribute("followUps", followUps);
		model.addAttribute("cases", enforcement.openedBy(inspectionId));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("licenceNumbers", labels.licenceNumbers(Stream.of(inspection.getLicenceId()).toList()));
		model.addAttribute("siteNames", labels.siteNames(workspaceId));
		return "registry/inspection";
	}

	private String form(long workspaceId, InspectionForm form, Model model, Locale locale) {
		while (form.getActions().size() < ACTION_ROWS) {
			form.getActions().add(new InspectionForm.Action());
		}
		model.addAttribute("form", form);
		java.util.Map<Long, TechniqueFacts> techniques = new java.util.HashMap<>();
		vision.techniques(workspaceId, locale).forEach(t -> techniques.put(t.id(), t));
		model.addAttribute("techniques", techniques);
		model.addAttribute("sites", labels.sites(workspaceId));
		List<CorrectiveAction> open = new ArrayList<>();
		if (form.getFollowUpOf() != null) {
			inspections.actionsRequiredBy(workspaceId, form.getFollowUpOf()).stream().filter(a -> !a.isDone()).forEach(open::add);
		}
		model.addAttribute("openActions", open);
		return "registry/inspection-form";
	}
}
