package org.openasm.context;

import java.util.List;
import java.util.Locale;
import org.openasm.shared.web.Access;
import org.openasm.workspace.Progress;
import org.openasm.workspace.Step;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The context analysis at a glance: what step 1.3 still misses, the way into each of its parts, and
 * the sector overview — what the site records say beside what the estimates say.
 */
@Controller
class ContextPages {

	private final ContextReadiness readiness;

	private final SiteRegister sites;

	private final SectorFigures figures;

	private final Progress progress;

	private final MessageSource messages;

	ContextPages(ContextReadiness readiness, SiteRegister sites, SectorFigures figures, Progress progress, MessageSource messages) {
		this.readiness = readiness;
		this.sites = sites;
		this.figures = figures;
		this.progress = progress;
		this.messages = messages;
	}

	@GetMapping("/workspaces/{workspaceId}/context")
	@Access.Government
	String overview(@PathVariable long workspaceId, Model model, Locale locale) {
		List<EstimateFacts> estimates = figures.estimates(workspaceId);
		SectorOverview overview = SectorOverview.of(sites.facts(workspaceId), estimates, figures.areas(workspaceId));
		ContextState state = readiness.state(workspaceId, estimates);
		model.addAttribute("progress", progress.of(workspaceId, Step.CONTEXT_ANALYSIS, locale));
		model.addAttribute("overview", overview);
		model.addAttribute("state", state);
		model.addAttribute("estimates", estimates.size());
		List<SectorOverview.Row> charted = overview.byCommodity().stream().filter(r -> r.miners().isPresent() || r.workers() > 0).toList();
		model.addAttribute("chartLabels", charted.stream().map(r -> messages.getMessage("commodity." + r.commodity(), null, locale)).toList());
		model.addAttribute("chartRecorded", charted.stream().map(SectorOverview.Row::workers).toList());
		model.addAttribute("chartEstimated", charted.stream().map(r -> r.miners().map(EstimateFacts::central).orElse(null)).toList());
		model.addAttribute("chartLow", charted.stream().map(r -> r.miners().map(EstimateFacts::low).orElse(null)).toList());
		model.addAttribute("chartHigh", charted.stream().map(r -> r.miners().map(EstimateFacts::high).orElse(null)).toList());
		return "context/overview";
	}
}
