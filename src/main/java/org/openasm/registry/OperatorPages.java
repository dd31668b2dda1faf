package org.openasm.registry;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operators: the list with search and filters, registration, one operator with members and licences, its photo, the review of flagged pairs. */
@Controller
class OperatorPages {

	static final int PAGE_SIZE = 50;

	private final OperatorRegister register;

	private final OperatorRepository operators;

	private final AdministrativeAreas areas;

	private final org.springframework.context.MessageSource messages;

	OperatorPages(OperatorRegister register, OperatorRepository operators, AdministrativeAreas areas,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.register = register;
		this.operators = operators;
		this.areas = areas;
	}

	private static String base(long workspaceId) {
		return "/workspaces/" + workspaceId + "/registry/operators";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/operators")
	@Access.Government
	String list(@PathVariable long workspaceId, @RequestParam(required = false) String q, @RequestParam(required = false) OperatorKind kind,
			@RequestParam(defaultValue = "false") boolean flagged, @RequestParam(defaultValue = "1") int page, Model model) {
		Page<OperatorFacts> found = register.search(workspaceId, q, kind, flagged ? OperatorReview.FLAGGED : null, page - 1, PAGE_SIZE);
		if (found.getTotalPages() > 0 && page > found.getTotalPages()) {
			found = register.search(workspaceId, q, kind, flagged ? OperatorReview.FLAGGED : null, found.getTotalPages() - 1, PAGE_SIZE);
		}
		model.addAttribute("operators", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("page", found.getNumber() + 1);
		model.addAttribute("pages", Math.max(1, found.getTotalPages()));
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("flagged", flagged);
		model.addAttribute("kinds", Arrays.asList(OperatorKind.values()));
		model.addAttribute("flaggedCount", operators.countByWorkspaceIdAndReview(workspaceId, OperatorReview.FLAGGED));
		model.addAttribute("areaNames", areaNames(workspaceId));
		return "registry/operators";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/operators/new")
	@Access.Cadastre
	String newOperator(@PathVariable long workspaceId, @RequestParam(defaultValue = "INDIVIDUAL") OperatorKind kind, Model model) {
		OperatorForm form = new OperatorForm();
		form.setToken(UUID.randomUUID().toString());
		form.setKind(kind);
		if (kind == OperatorKind.INDIVIDUAL) {
			form.setCitizenship(Citizenship.CITIZEN);
		}
		return form(workspaceId, null, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/operators/new")
	@Access.Cadastre
	String add(@PathVariable long workspaceId, @Valid @ModelAttribute("form") OperatorForm form, BindingResult result,
			@RequestParam(name = "photo", required = false) MultipartFile photo, Model model, RedirectAttributes redirect) throws IOException {
		long[] id = new long[1];
		byte[] bytes = photo == null ? null : photo.getBytes();
		if (FormErrors.attempt(result, () -> id[0] = register.register(workspaceId, form, OperatorPhoto.of(bytes)))) {
			redirect.addFlashAttribute("saved", "registry.operator.saved");
			return "redirect:" + base(workspaceId) + "/" + id[0];
		}
		return form(workspaceId, null, form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/registry/operators/{operatorId}")
	@Access.Government
	String detail(@PathVariable long workspaceId, @PathVariable long operatorId, Model model) {
		Operator operator = register.operator(workspaceId, operatorId);
		model.addAttribute("operator", operator);
		model.addAttribute("hasPhoto", operator.getPhotoType() != null);
		model.addAttribute("areaNames", areaNames(workspaceId));
		model.addAttribute("members", operator.getKind() == OperatorKind.GROUP ? register.membersOf(workspaceId, operatorId) : List.of());
		model.addAttribute("groups", register.groupsOf(workspaceId, operatorId));
		model.addAttribute("licences", operators.licencesHeldBy(workspaceId, operatorId));
		model.addAttribute("similar", operator.getSimilarToId() == null ? null
				: operators.factsOf(workspaceId, List.of(operator.getSimilarToId())).stream().findFirst().orElse(null));
		return "registry/operator";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/operators/{operatorId}/photo")
	@Access.Government
	ResponseEntity<byte[]> photo(@PathVariable long workspaceId, @PathVariable long operatorId) {
		Operator operator = register.operator(workspaceId, operatorId);
		byte[] bytes = register.photo(workspaceId, operatorId);
		if (bytes == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(operator.getPhotoType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

	@GetMapping("/workspaces/{workspaceId}/registry/operators/{operatorId}/edit")
	@Access.Cadastre
	String editForm(@PathVariable long workspaceId, @PathVariable long operatorId, Model model) {
		Operator o = register.operator(workspaceId, operatorId);
		OperatorForm form = new OperatorForm();
		form.setKind(o.getKind());
		form.setName(o.getName());
		form.setNationalId(o.getNationalId());
		form.setRegistrationNumber(o.getRegistrationNumber());
		form.setGender(o.getGender());
		form.setBirthYear(o.getBirthYear());
		form.setCitizenship(o.getCitizenship());
		form.setResidenceAreaId(o.getResidenceAreaId());
		form.setPhone(o.getPhone());
		form.setVersion(o.getVersion());
		return form(workspaceId, operatorId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/operators/{operatorId}/edit")
	@Access.Cadastre
	String edit(@PathVariable long workspaceId, @PathVariable long operatorId, @Valid @ModelAttribute("form") OperatorForm form,
			BindingResult result, @RequestParam(name = "photo", required = false) MultipartFile photo, Model model, RedirectAttributes redirect)
			throws IOException {
		byte[] bytes = photo == null ? null : photo.getBytes();
		if (FormErrors.attempt(result, () -> register.edit(workspaceId, operatorId, form, OperatorPhoto.of(bytes)))) {
			redirect.addFlashAttribute("saved", "registry.operator.saved");
			return "redirect:" + base(workspaceId) + "/" + operatorId;
		}
		return form(workspaceId, operatorId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/operators/{operatorId}/members")
	@Access.Cadastre
	String addMember(@PathVariable long workspaceId, @PathVariable long operatorId, @RequestParam String nationalId,
			@RequestParam(required = false) String role, RedirectAttributes redirect, java.util.Locale locale) {
		try {
			Operator member = operators.findByWorkspaceIdAndNationalId(workspaceId, nationalId.strip())
				.orElseThrow(() -> new DomainRuleViolation("nationalId", "registry.operator.members.noSuchId", nationalId.strip()));
			register.addMember(workspaceId, operatorId, member.getId(), role);
			redirect.addFlashAttribute("saved", "registry.operator.members.added");
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("memberError", messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), locale));
		}
		return "redirect:" + base(workspaceId) + "/" + operatorId;
	}

	@PostMapping("/workspaces/{workspaceId}/registry/operators/{operatorId}/members/{memberId}/delete")
	@Access.Cadastre
	String removeMember(@PathVariable long workspaceId, @PathVariable long operatorId, @PathVariable long memberId,
			RedirectAttributes redirect) {
		register.removeMember(workspaceId, operatorId, memberId);
		redirect.addFlashAttribute("saved", "registry.operator.members.removed");
		return "redirect:" + base(workspaceId) + "/" + operatorId;
	}

	@GetMapping("/workspaces/{workspaceId}/registry/operators/review")
	@Access.Government
	String review(@PathVariable long workspaceId, Model model) {
		List<FlaggedPair> pairs = operators.withReview(workspaceId, OperatorReview.FLAGGED)
			.stream()
			.map(o -> {
				Long other = operators.similarToIdOf(workspaceId, o.id());
				OperatorFacts similar = other == null ? null : operators.factsOf(workspaceId, List.of(other)).stream().findFirst().orElse(null);
				return new FlaggedPair(o, similar);
			})
			.toList();
		model.addAttribute("pairs", pairs);
		model.addAttribute("areaNames", areaNames(workspaceId));
		return "registry/operator-review";
	}

	@PostMapping("/workspaces/{workspaceId}/registry/operators/{operatorId}/review")
	@Access.Cadastre
	String clear(@PathVariable long workspaceId, @PathVariable long operatorId, RedirectAttributes redirect) {
		register.clearReview(workspaceId, operatorId);
		redirect.addFlashAttribute("saved", "registry.operator.review.cleared");
		return "redirect:" + base(workspaceId) + "/review";
	}

	/** A flagged operator beside the one its name resembles. */
	record FlaggedPair(OperatorFacts flagged, OperatorFacts similar) {
	}

	private String form(long workspaceId, Long operatorId, OperatorForm form, Model model) {
		model.addAttribute("operatorId", operatorId);
		model.addAttribute("form", form);
		model.addAttribute("kinds", Arrays.asList(OperatorKind.values()));
		model.addAttribute("genders", Arrays.asList(Gender.values()));
		model.addAttribute("citizenships", Arrays.asList(Citizenship.values()));
		model.addAttribute("areas", areas.of(workspaceId));
		return "registry/operator-form";
	}

	private Map<Long, String> areaNames(long workspaceId) {
		return areas.of(workspaceId).stream().collect(Collectors.toMap(AreaInfo::id, AreaInfo::name));
	}
}
