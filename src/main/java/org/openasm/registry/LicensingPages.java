package org.openasm.registry;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openasm.context.Commodity;
import org.openasm.geo.GeoJson;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.StaleEditException;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry hub, the applications (list, new with its checks, one with its decision) and the
 * licences (list and expiry list, one with its map, history and lifecycle actions). Lists are one page
 * of {@link #PAGE_SIZE} at a time.
 */
@Controller
class LicensingPages {

	static final int PAGE_SIZE = 25;

	private final Licensing licensing;

	private final ApplicantLookup lookup;

	private final LicenceCategoryRepository categories;

	private final RegistryHub hub;

	private final MessageSource messages;

	LicensingPages(Licensing licensing, ApplicantLookup lookup, LicenceCategoryRepository categories, RegistryHub hub, MessageSource messages) {
		this.licensing = licensing;
		this.lookup = lookup;
		this.categories = categories;
		this.hub = hub;
		this.messages = messages;
	}

	/** A check as a page shows it: the rule, whether it passed, and its reason in the reader's language. */
	public record CheckLine(String rule, boolean passed, String text) {
	}

	/** An application in a list, with the names a reader needs. */
	public record ApplicationRow(Application application, String applicant, String category) {
	}

	/** A licence in a list, with the names a reader needs. */
	public record LicenceRow(Licence licence, String holder, String category) {
	}

	/** A line of a licence's history, with the holders' names. */
	public record EventRow(LicenceEvent event, String holder, String previousHolder) {
	}

	private static String base(long ws) {
		return "/workspaces/" + ws + "/registry";
	}

	List<CheckLine> lines(List<CheckResult> checks, Locale locale) {
		return checks.stream()
			.map(c -> new CheckLine(c.rule(), c.passed(), messages.getMessage(c.messageKey(), c.args(), c.messageKey(), locale)))
			.toList();
	}

	private Map<Long, String> categoryNames(long ws) {
		return categories.findByWorkspaceIdOrderByNameAscIdAsc(ws).stream().collect(Collectors.toMap(LicenceCategory::getId, LicenceCategory::getName));
	}

	private static void pager(Model model, Page<?> page) {
		model.addAttribute("page", page.getNumber() + 1);
		model.addAttribute("pages", Math.max(1, page.getTotalPages()));
		model.addAttribute("total", page.getTotalElements());
	}

	// --- hub

	@GetMapping("/workspaces/{workspaceId}/registry")
	@Access.Government
	String hub(@PathVariable long workspaceId, Model model) {
		model.addAttribute("links", hub.links(workspaceId, LicensingNotices.EXPIRY_DAYS));
		return "registry/hub";
	}

	// --- applications

	@GetMapping("/workspaces/{workspaceId}/registry/applications")
	@Access.Government
	String applications(@PathVariable long workspaceId, @RequestParam(required = false) ApplicationStatus status,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Page<Application> shown = licensing.applications(workspaceId, status, Math.max(0, page - 1), PAGE_SIZE);
		Map<Long, String> names = lookup.names(workspaceId, shown.map(Application::getApplicantId).toSet());
		Map<Long, String> cats = categoryNames(workspaceId);
		model.addAttribute("rows",
				shown.map(a -> new ApplicationRow(a, names.get(a.getApplicantId()), cats.get(a.getCategoryId()))).getContent());
		pager(model, shown);
		model.addAttribute("status", status);
		model.addAttribute("statuses", ApplicationStatus.values());
		return "registry/applications";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/applications/new")
	@Access.Cadastre
	String newApplication(@PathVariable long workspaceId, @RequestParam(required = false) String q, Model model) {
		ApplicationForm form = new ApplicationForm();
		form.setToken(UUID.randomUUID().toString());
		form.setCommodity(Commodity.GOLD);
		return applicationForm(workspaceId, form, q, null, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/applications/new")
	@Access.Cadastre
	String submit(@PathVariable long workspaceId, @Valid @ModelAttribute("form") ApplicationForm form, BindingResult result,
			@RequestParam(defaultValue = "submit") String action, @RequestParam(required = false) String q, Model model, Locale locale,
			RedirectAttributes redirect) {
		if ("search".equals(action)) {
			return applicationForm(workspaceId, form, q, null, model);
		}
		if (result.hasErrors()) {
			return applicationForm(workspaceId, form, q, null, model);
		}
		try {
			if ("check".equals(action)) {
				return applicationForm(workspaceId, form, q, lines(licensing.preview(workspaceId, form), locale), model);
			}
			long id = licensing.submit(workspaceId, form);
			redirect.addFlashAttribute("saved", "registry.application.submitted");
			return "redirect:" + base(workspaceId) + "/applications/" + id;
		}
		catch (ApplicationRefused refused) {
			result.reject(refused.messageKey(), refused.args(), refused.messageKey());
			return applicationForm(workspaceId, form, q, lines(refused.failures(), locale), model);
		}
		catch (DomainRuleViolation ex) {
			FormErrors.rule(result, ex);
			return applicationForm(workspaceId, form, q, null, model);
		}
	}

	private String applicationForm(long ws, ApplicationForm form, String q, List<CheckLine> checks, Model model) {
		List<Operator> found = new ArrayList<>(lookup.search(ws, q));
		if (form.getApplicantId() != null && found.stream().noneMatch(o -> o.getId().equals(form.getApplicantId()))) {
			lookup.names(ws, List.of(form.getApplicantId())).forEach((id, name) -> model.addAttribute("chosenName", name));
		}
		model.addAttribute("form", form);
		model.addAttribute("q", q);
		model.addAttribute("found", found);
		model.addAttribute("searched", q != null && !q.isBlank());
		model.addAttribute("checks", checks);
		model.addAttribute("categories", categories.findByWorkspaceIdOrderByNameAscIdAsc(ws));
		model.addAttribute("commodities", Commodity.values());
		return "registry/application-form";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/applications/{applicationId}")
	@Access.Government
	String application(@PathVariable long workspaceId, @PathVariable long applicationId, Model model, Locale locale) {
		Application a = licensing.application(workspaceId, applicationId);
		model.addAttribute("a", a);
		model.addAttribute("applicant", lookup.names(workspaceId, List.of(a.getApplicantId())).get(a.getApplicantId()));
		model.addAttribute("category", categoryNames(workspaceId).get(a.getCategoryId()));
		model.addAttribute("recorded", lines(RecordedChecks.read(a.getChecks()), locale));
		if (a.getStatus().pending()) {
			model.addAttribute("now", lines(licensing.recheck(workspaceId, applicationId), locale));
		}
		model.addAttribute("geometry", GeoJson.geometry(a.footprint().geometry()));
		if (!model.containsAttribute("approval")) {
			model.addAttribute("approval", new ApprovalForm(LocalDate.now(), null));
		}
		return "registry/application";
	}

	@PostMapping("/workspaces/{workspaceId}/registry/applications/{applicationId}/review")
	@Access.Cadastre
	String review(@PathVariable long workspaceId, @PathVariable long applicationId, RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, base(workspaceId) + "/applications/" + applicationId, "registry.application.reviewed",
				() -> licensing.startReview(workspaceId, applicationId));
	}

	@PostMapping("/workspaces/{workspaceId}/registry/applications/{applicationId}/approve")
	@Access.Cadastre
	String approve(@PathVariable long workspaceId, @PathVariable long applicationId, @ModelAttribute ApprovalForm approval,
			RedirectAttributes redirect, Locale locale) {
		try {
			long licenceId = licensing.approve(workspaceId, applicationId, approval);
			redirect.addFlashAttribute("saved", "registry.application.approved");
			return "redirect:" + base(workspaceId) + "/licences/" + licenceId;
		}
		catch (ApplicationRefused refused) {
			redirect.addFlashAttribute("errorText", messages.getMessage(refused.messageKey(), refused.args(), locale));
			redirect.addFlashAttribute("refusals", lines(refused.failures(), locale));
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("errorText", messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), locale));
		}
		return "redirect:" + base(workspaceId) + "/applications/" + applicationId;
	}

	@PostMapping("/workspaces/{workspaceId}/registry/applications/{applicationId}/reject")
	@Access.Cadastre
	String reject(@PathVariable long workspaceId, @PathVariable long applicationId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, base(workspaceId) + "/applications/" + applicationId, "registry.application.rejected",
				() -> licensing.reject(workspaceId, applicationId, reason));
	}

	@PostMapping("/workspaces/{workspaceId}/registry/applications/{applicationId}/withdraw")
	@Access.Cadastre
	String withdraw(@PathVariable long workspaceId, @PathVariable long applicationId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, base(workspaceId) + "/applications/" + applicationId, "registry.application.withdrawn",
				() -> licensing.withdraw(workspaceId, applicationId, reason));
	}

	// --- licences

	@GetMapping("/workspaces/{workspaceId}/registry/licences")
	@Access.Government
	String licences(@PathVariable long workspaceId, @RequestParam(required = false) LicenceStatus status,
			@RequestParam(required = false) Integer expiringWithinDays, @RequestParam(defaultValue = "1") int page, Model model) {
		Page<Licence> shown = licensing.licences(workspaceId, status, expiringWithinDays, Math.max(0, page - 1), PAGE_SIZE);
		Map<Long, String> names = lookup.names(workspaceId, shown.map(Licence::getHolderId).toSet());
		Map<Long, String> cats = categoryNames(workspaceId);
		model.addAttribute("rows", shown.map(l -> new LicenceRow(l, names.get(l.getHolderId()), cats.get(l.getCategoryId()))).getContent());
		pager(model, shown);
		model.addAttribute("status", status);
		model.addAttribute("statuses", LicenceStatus.values());
		model.addAttribute("expiringWithinDays", expiringWithinDays);
		model.addAttribute("today", LocalDate.now());
		return "registry/licences";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/licences/{licenceId}")
	@Access.Government
	String licence(@PathVariable long workspaceId, @PathVariable long licenceId, Model model) {
		Licence l = licensing.licence(workspaceId, licenceId);
		List<LicenceEvent> events = licensing.history(workspaceId, licenceId);
		Set<Long> people = new HashSet<>();
		people.add(l.getHolderId());
		events.forEach(e -> {
			if (e.getHolderId() != null) {
				people.add(e.getHolderId());
			}
			if (e.getPreviousHolderId() != null) {
				people.add(e.getPreviousHolderId());
			}
		});
		Map<Long, String> names = lookup.names(workspaceId, people);
		Function<Long, String> name = id -> id == null ? null : names.get(id);
		model.addAttribute("l", l);
		model.addAttribute("holder", names.get(l.getHolderId()));
		model.addAttribute("category", categoryNames(workspaceId).get(l.getCategoryId()));
		model.addAttribute("events", events.stream().map(e -> new EventRow(e, name.apply(e.getHolderId()), name.apply(e.getPreviousHolderId()))).toList());
		model.addAttribute("geometry", GeoJson.geometry(l.footprint().geometry()));
		return "registry/licence";
	}

	@PostMapping("/workspaces/{workspaceId}/registry/licences/{licenceId}/renew")
	@Access.Cadastre
	String renew(@PathVariable long workspaceId, @PathVariable long licenceId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, base(workspaceId) + "/licences/" + licenceId, "registry.licence.renewed",
				() -> licensing.renew(workspaceId, licenceId, new RenewalForm(version, reason)));
	}

	@PostMapping("/workspaces/{workspaceId}/registry/licences/{licenceId}/suspend")
	@Access.Cadastre
	String suspend(@PathVariable long workspaceId, @PathVariable long licenceId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, base(workspaceId) + "/licences/" + licenceId, "registry.licence.suspended",
				() -> licensing.suspend(workspaceId, licenceId, reason));
	}

	@PostMapping("/workspaces/{workspaceId}/registry/licences/{licenceId}/reinstate")
	@Access.Cadastre
	String reinstate(@PathVariable long workspaceId, @PathVariable long licenceId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, base(workspaceId) + "/licences/" + licenceId, "registry.licence.reinstated",
				() -> licensing.reinstate(workspaceId, licenceId, reason));
	}

	@PostMapping("/workspaces/{workspaceId}/registry/licences/{licenceId}/revoke")
	@Access.Cadastre
	String revoke(@PathVariable long workspaceId, @PathVariable long licenceId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, base(workspaceId) + "/licences/" + licenceId, "registry.licence.revoked",
				() -> licensing.revoke(workspaceId, licenceId, reason));
	}

	@PostMapping("/workspaces/{workspaceId}/registry/licences/{licenceId}/transfer")
	@Access.Cadastre
	String transfer(@PathVariable long workspaceId, @PathVariable long licenceId, @RequestParam(required = false) String holder,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, base(workspaceId) + "/licences/" + licenceId, "registry.licence.transferred", () -> {
			Operator to = lookup.byIdentifier(workspaceId, holder)
				.orElseThrow(() -> new DomainRuleViolation("holder", "registry.licence.transfer.noSuchIdentifier", holder == null ? "" : holder));
			licensing.transfer(workspaceId, licenceId, to.getId(), reason);
		});
	}

	/** Runs an action; its refusal is shown on the page it came from, in the reader's language. */
	private String act(RedirectAttributes redirect, Locale locale, String back, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", done);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("errorText", messages.getMessage("registry.licence.stale", new Object[] { ex.changedBy() }, locale));
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("errorText", messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), locale));
		}
		return "redirect:" + back;
	}
}
