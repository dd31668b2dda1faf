package org.openasm.context;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openasm.geo.AreaInfo;
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

/**
 * The sector figures: a table grouped by figure, each estimate with its source and confidence, a bar
 * chart of one figure across commodities (central value, with the low–high range beside it), and the
 * forms.
 */
@Controller
class EstimatePages {

	/** Above this ratio between the largest and the smallest value charted, the axis is logarithmic. */
	static final int LOG_SCALE_RATIO = 100;

	private final SectorFigures figures;

	private final MessageSource messages;

	EstimatePages(SectorFigures figures, MessageSource messages) {
		this.figures = figures;
		this.messages = messages;
	}

	/** One estimate as the table shows it, numbers already written in the reader's language. */
	record EstimateRow(long id, String label, String commodity, String area, int year, String low, String central, String high,
			String unit, String source, EstimateConfidence confidence, String notes) {
	}

	record FigureGroup(EstimateFigure figure, List<EstimateRow> rows) {
	}

	@GetMapping("/workspaces/{workspaceId}/context/estimates")
	@Access.Government
	String list(@PathVariable long workspaceId, @RequestParam(required = false) Commodity commodity,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) EstimateFigure figure, Model model,
			Locale locale) {
		List<SectorEstimate> all = figures.all(workspaceId);
		Map<Long, String> areaNames = figures.areas(workspaceId).stream().collect(Collectors.toMap(AreaInfo::id, AreaInfo::name));
		List<SectorEstimate> shown = all.stream()
			.filter(e -> commodity == null || e.getCommodity() == commodity)
			.filter(e -> year == null || e.getYear() == year)
			.toList();
		List<FigureGroup> groups = new ArrayList<>();
		for (EstimateFigure f : EstimateFigure.values()) {
			List<EstimateRow> rows = shown.stream().filter(e -> e.getFigure() == f).map(e -> row(e, areaNames, locale)).toList();
			if (!rows.isEmpty()) {
				groups.add(new FigureGroup(f, rows));
			}
		}
		EstimateFigure charted = figure != null ? figure
				: all.stream().map(SectorEstimate::getFigure).min(Comparator.naturalOrder()).orElse(EstimateFigure.MINERS);
		chart(model, all, charted, year, locale);
		model.addAttribute("groups", groups);
		model.addAttribute("count", shown.size());
		model.addAttribute("commodity", commodity);
		model.addAttribute("year", year);
		model.addAttribute("figure", charted);
		model.addAttribute("commodities", Commodity.values());
		model.addAttribute("figures", EstimateFigure.values());
		model.addAttribute("years", all.stream().map(SectorEstimate::getYear).collect(Collectors.toCollection(TreeSet::new)).descendingSet());
		return "context/estimates";
	}

	@GetMapping("/workspaces/{workspaceId}/context/estimates/new")
	@Access.Secretariat
	String newEstimate(@PathVariable long workspaceId, Model model) {
		EstimateForm form = new EstimateForm();
		form.setToken(UUID.randomUUID().toString());
		return form(workspaceId, form, null, model);
	}

	@PostMapping("/workspaces/{workspaceId}/context/estimates/new")
	@Access.Secretariat
	String add(@PathVariable long workspaceId, @Valid @ModelAttribute("form") EstimateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> figures.add(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "estimate.saved");
			return "redirect:/workspaces/" + workspaceId + "/context/estimates";
		}
		return form(workspaceId, form, null, model);
	}

	@GetMapping("/workspaces/{workspaceId}/context/estimates/{estimateId}/edit")
	@Access.Secretariat
	String editForm(@PathVariable long workspaceId, @PathVariable long estimateId, Model model) {
		return form(workspaceId, EstimateForm.of(figures.estimate(workspaceId, estimateId)), estimateId, model);
	}

	@PostMapping("/workspaces/{workspaceId}/context/estimates/{estimateId}/edit")
	@Access.Secretariat
	String edit(@PathVariable long workspaceId, @PathVariable long estimateId, @Valid @ModelAttribute("form") EstimateForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> figures.edit(workspaceId, estimateId, form))) {
			redirect.addFlashAttribute("saved", "estimate.saved");
			return "redirect:/workspaces/" + workspaceId + "/context/estimates";
		}
		return form(workspaceId, form, estimateId, model);
	}

	@PostMapping("/workspaces/{workspaceId}/context/estimates/{estimateId}/delete")
	@Access.Secretariat
	String remove(@PathVariable long workspaceId, @PathVariable long estimateId, RedirectAttributes redirect) {
		figures.remove(workspaceId, estimateId);
		redirect.addFlashAttribute("saved", "estimate.removed");
		return "redirect:/workspaces/" + workspaceId + "/context/estimates";
	}

	private String form(long workspaceId, EstimateForm form, Long estimateId, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("estimateId", estimateId);
		model.addAttribute("areas", figures.areas(workspaceId));
		model.addAttribute("commodities", Commodity.values());
		model.addAttribute("figures", EstimateFigure.values());
		model.addAttribute("confidences", EstimateConfidence.values());
		return "context/estimates-form";
	}

	/**
	 * The chart of one figure across commodities: per commodity, the national estimate of the chosen
	 * year, or of the latest year when none is chosen (the one entered last if there are two).
	 */
	private void chart(Model model, List<SectorEstimate> all, EstimateFigure figure, Integer year, Locale locale) {
		List<String> labels = new ArrayList<>();
		List<BigDecimal> central = new ArrayList<>();
		List<List<BigDecimal>> ranges = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (Commodity c : Commodity.values()) {
			Optional<SectorEstimate> pick = all.stream()
				.filter(e -> e.getFigure() == figure && e.getCommodity() == c && e.isNational())
				.filter(e -> year == null || e.getYear() == year)
				.max(Comparator.comparingInt(SectorEstimate::getYear).thenComparing(SectorEstimate::getId));
			pick.ifPresent(e -> {
				labels.add(messages.getMessage("commodity." + c.name(), null, locale) + " (" + e.getUnit() + ", " + e.getYear() + ")");
				central.add(e.getCentral());
				ranges.add(Arrays.asList(Objects.requireNonNullElse(e.getLow(), e.getCentral()),
						Objects.requireNonNullElse(e.getHigh(), e.getCentral())));
				notes.add(e.getSource() + " · " + messages.getMessage("estimateConfidence." + e.getConfidence().name(), null, locale));
			});
		}
		BigDecimal smallest = central.stream().filter(v -> v.signum() > 0).min(Comparator.naturalOrder()).orElse(BigDecimal.ONE);
		BigDecimal largest = ranges.stream().map(r -> r.get(1)).max(Comparator.naturalOrder()).orElse(BigDecimal.ONE);
		// Tonnes of sand beside kilograms of gemstones: a linear axis would flatten all but one bar.
		model.addAttribute("chartLogarithmic", central.stream().allMatch(v -> v.signum() > 0)
				&& largest.compareTo(smallest.multiply(BigDecimal.valueOf(LOG_SCALE_RATIO))) > 0);
		model.addAttribute("chartLabels", labels);
		model.addAttribute("chartCentral", central);
		model.addAttribute("chartRanges", ranges);
		model.addAttribute("chartSources", notes);
		model.addAttribute("chartCentralLabel", messages.getMessage("estimate.central", null, locale));
		model.addAttribute("chartRangeLabel", messages.getMessage("estimates.chart.range", null, locale));
	}

	private EstimateRow row(SectorEstimate e, Map<Long, String> areaNames, Locale locale) {
		NumberFormat numbers = NumberFormat.getNumberInstance(locale);
		numbers.setMaximumFractionDigits(3);
		Function<BigDecimal, String> text = v -> v == null ? "—" : numbers.format(v);
		return new EstimateRow(e.getId(), label(e, messages, locale),
				e.getCommodity() == null ? messages.getMessage("estimates.allCommodities", null, locale)
						: messages.getMessage("commodity." + e.getCommodity().name(), null, locale),
				e.getAreaId() == null ? messages.getMessage("estimate.national", null, locale) : areaNames.get(e.getAreaId()), e.getYear(),
				text.apply(e.getLow()), text.apply(e.getCentral()), text.apply(e.getHigh()), e.getUnit(), e.getSource(),
				e.getConfidence(), e.getNotes());
	}

	/** The figure's name in the reader's language, or its own label for a figure of its own. */
	static String label(SectorEstimate e, MessageSource messages, Locale locale) {
		return e.getFigure() == EstimateFigure.OTHER && e.getFigureLabel() != null ? e.getFigureLabel()
				: messages.getMessage("estimateFigure." + e.getFigure().name(), null, locale);
	}
}
