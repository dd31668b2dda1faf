package org.openasm.context;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openasm.geo.AreaInfo;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supply chain map page (the drawing, the mass balance, the actors and flows) and its forms. */
@Controller
class ChainPages {

	private static final String BASE = "/workspaces/{workspaceId}/context/supply-chain";

	private final ChainRegister register;

	private final ChainMap map;

	private final MessageSource messages;

	ChainPages(ChainRegister register, ChainMap map, MessageSource messages) {
		this.register = register;
		this.map = map;
		this.messages = messages;
	}

	/** A mass balance as the page writes it: every figure already in the reader's number format. */
	record BalanceView(Commodity commodity, boolean estimated, String unit, String low, String central, String high, String year,
			String source, String minersOutflow, String minersInformal, String informalShare, String leaving, String crossBorder,
			String crossBorderShare, String unaccountedLow, String unaccountedCentral, String unaccountedHigh,
			List<String> notComparable) {
	}

	@GetMapping(BASE)
	@Access.Government
	String page(@PathVariable long workspaceId, @RequestParam(required = false) Commodity commodity, Model model, Locale locale) {
		model.addAttribute("svg", map.svg(workspaceId, commodity, locale));
		model.addAttribute("commodity", commodity);
		model.addAttribute("commodities", Commodity.values());
		model.addAttribute("balances", map.massBalances(workspaceId).stream().map(b -> view(b, locale)).toList());
		model.addAttribute("actors", register.actors(workspaceId));
		List<ChainFlow> flows = register.flows(workspaceId)
			.stream()
			.filter(f -> commodity == null || f.getCommodity() == commodity)
			.toList();
		model.addAttribute("flows", flows);
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		Map<Long, String> volumes = new HashMap<>();
		Map<Long, String> values = new HashMap<>();
		flows.forEach(f -> {
			volumes.put(f.getId(), number.format(f.getVolumePerYear()) + " " + f.getUnit());
			values.put(f.getId(), f.getValuePerYear() == null ? "" : number.format(f.getValuePerYear()));
		});
		model.addAttribute("volumes", volumes);
		model.addAttribute("values", values);
		model.addAttribute("areaNames", areaNames(register.areas(workspaceId)));
		return "context/chain";
	}

	@GetMapping(BASE + "/actors/new")
	@Access.Secretariat
	String newActor(@PathVariable long workspaceId, Model model) {
		ChainActorForm form = new ChainActorForm();
		form.setToken(UUID.randomUUID().toString());
		return actorForm(workspaceId, form, model);
	}

	@PostMapping(BASE + "/actors/new")
	@Access.Secretariat
	String addActor(@PathVariable long workspaceId, @Valid @ModelAttribute("form") ChainActorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> register.addActor(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "chain.actor.saved");
			return "redirect:/workspaces/" + workspaceId + "/context/supply-chain#actors";
		}
		return actorForm(workspaceId, form, model);
	}

	@GetMapping(BASE + "/actors/{actorId}/edit")
	@Access.Secretariat
	String editActorForm(@PathVariable long workspaceId, @PathVariable long actorId, Model model) {
		model.addAttribute("actorId", actorId);
		return actorForm(workspaceId, ChainActorForm.of(register.actor(workspaceId, actorId)), model);
	}

	@PostMapping(BASE + "/actors/{actorId}/edit")
	@Access.Secretariat
	String editActor(@PathVariable long workspaceId, @PathVariable long actorId, @Valid @ModelAttribute("form") ChainActorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> register.editActor(workspaceId, actorId, form))) {
			redirect.addFlashAttribute("saved", "chain.actor.saved");
			return "redirect:/workspaces/" + workspaceId + "/context/supply-chain#actors";
		}
		model.addAttribute("actorId", actorId);
		return actorForm(workspaceId, form, model);
	}

	@PostMapping(BASE + "/actors/{actorId}/delete")
	@Access.Secretariat
	String removeActor(@PathVariable long workspaceId, @PathVariable long actorId, RedirectAttributes redirect, Locale locale) {
		try {
			register.removeActor(workspaceId, actorId);
			redirect.addFlashAttribute("saved", "chain.actor.removed");
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		return "redirect:/workspaces/" + workspaceId + "/context/supply-chain#actors";
	}

	@GetMapping(BASE + "/flows/new")
	@Access.Secretariat
	String newFlow(@PathVariable long workspaceId, @RequestParam(required = false) Commodity commodity, Model model) {
		ChainFlowForm form = new ChainFlowForm();
		form.setCommodity(commodity);
		form.setToken(UUID.randomUUID().toString());
		return flowForm(workspaceId, form, model);
	}

	@PostMapping(BASE + "/flows/new")
	@Access.Secretariat
	String addFlow(@PathVariable long workspaceId, @Valid @ModelAttribute("form") ChainFlowForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> register.addFlow(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "flow.saved");
			return "redirect:/workspaces/" + workspaceId + "/context/supply-chain#flows";
		}
		return flowForm(workspaceId, form, model);
	}

	@GetMapping(BASE + "/flows/{flowId}/edit")
	@Access.Secretariat
	String editFlowForm(@PathVariable long workspaceId, @PathVariable long flowId, Model model) {
		model.addAttribute("flowId", flowId);
		return flowForm(workspaceId, ChainFlowForm.of(register.flow(workspaceId, flowId)), model);
	}

	@PostMapping(BASE + "/flows/{flowId}/edit")
	@Access.Secretariat
	String editFlow(@PathVariable long workspaceId, @PathVariable long flowId, @Valid @ModelAttribute("form") ChainFlowForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> register.editFlow(workspaceId, flowId, form))) {
			redirect.addFlashAttribute("saved", "flow.saved");
			return "redirect:/workspaces/" + workspaceId + "/context/supply-chain#flows";
		}
		model.addAttribute("flowId", flowId);
		return flowForm(workspaceId, form, model);
	}

	@PostMapping(BASE + "/flows/{flowId}/delete")
	@Access.Secretariat
	String removeFlow(@PathVariable long workspaceId, @PathVariable long flowId, RedirectAttributes redirect) {
		register.removeFlow(workspaceId, flowId);
		redirect.addFlashAttribute("saved", "flow.removed");
		return "redirect:/workspaces/" + workspaceId + "/context/supply-chain#flows";
	}

	private String actorForm(long workspaceId, ChainActorForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", ChainActorKind.values());
		model.addAttribute("areas", register.areas(workspaceId));
		return "context/chain-actor";
	}

	private String flowForm(long workspaceId, ChainFlowForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("actors", register.actors(workspaceId));
		model.addAttribute("commodities", Commodity.values());
		model.addAttribute("units", List.of("kg", "g", "t", "ct", "m³"));
		return "context/chain-flow";
	}

	static BalanceView view(MassBalance b, Locale locale) {
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		NumberFormat percent = NumberFormat.getPercentInstance(locale);
		percent.setMaximumFractionDigits(1);
		EstimatedProduction.Range p = b.production();
		MassBalance.Bounds u = b.unaccounted();
		List<String> notComparable = b.notComparable()
			.stream()
			.map(f -> f.label() + ": " + number.format(f.volume()) + " " + f.unit())
			.toList();
		return new BalanceView(b.commodity(), b.hasEstimate(), b.unit(), format(number, p == null ? null : p.low()),
				format(number, p == null ? null : p.central()), format(number, p == null ? null : p.high()),
				p == null ? null : String.valueOf(p.year()), p == null ? null : p.source(), format(number, b.minersOutflow()),
				format(number, b.minersInformal()), format(percent, b.informalShare()), format(number, b.leavingCountry()),
				format(number, b.leavingCrossBorder()), format(percent, b.crossBorderShare()), format(number, u == null ? null : u.low()),
				format(number, u == null ? null : u.central()), format(number, u == null ? null : u.high()), notComparable);
	}

	private static String format(NumberFormat format, BigDecimal value) {
		return value == null ? "—" : format.format(value);
	}

	private static Map<Long, String> areaNames(List<AreaInfo> areas) {
		Map<Long, String> names = new HashMap<>();
		areas.forEach(a -> names.put(a.id(), a.name()));
		return names;
	}
}
