package org.openasm.strategy;

import java.util.List;
import java.util.Locale;
import org.openasm.shared.web.Access;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The versions of the strategy: the list with where the draft stands and the finalise button (what
 * still blocks it, if anything), one version as it was frozen, and two versions (or a version and the
 * draft) side by side.
 */
@Controller
class VersionPages {

	private final StrategyVersions versions;

	private final Snapshots snapshots;

	private final SnapshotText text;

	private final MessageSource messages;

	VersionPages(StrategyVersions versions, Snapshots snapshots, SnapshotText text, MessageSource messages) {
		this.versions = versions;
		this.snapshots = snapshots;
		this.text = text;
		this.messages = messages;
	}

	@GetMapping("/workspaces/{workspaceId}/strategy/versions")
	@Access.WorkspaceMember
	String list(@PathVariable long workspaceId, Model model, Locale locale) {
		Snapshots.Checked live = snapshots.live(workspaceId, locale);
		model.addAttribute("status", versions.status(workspaceId, live));
		model.addAttribute("versions", versions.list(workspaceId));
		model.addAttribute("blockingNow", FindingView.of(live.report().blocking(), messages, locale));
		model.addAttribute("warningsNow", live.report().warningCount());
		return "strategy/versions";
	}

	@PostMapping("/workspaces/{workspaceId}/strategy/versions/finalise")
	@Access.Secretariat
	String finalise(@PathVariable long workspaceId, RedirectAttributes redirect, Locale locale) {
		StrategyVersions.Finalisation result = versions.finalise(workspaceId, locale);
		if (result.refused()) {
			redirect.addFlashAttribute("refusedFor", FindingView.of(result.refusedFor(), messages, locale));
			return "redirect:/workspaces/" + workspaceId + "/strategy/versions";
		}
		redirect.addFlashAttribute("saved", result.created() ? "strategy.version.finalised" : "strategy.version.unchanged");
		return "redirect:/workspaces/" + workspaceId + "/strategy/versions/" + result.version().number();
	}

	@GetMapping("/workspaces/{workspaceId}/strategy/versions/{number}")
	@Access.WorkspaceMember
	String version(@PathVariable long workspaceId, @PathVariable int number, Model model, Locale locale) {
		StrategySnapshot snapshot = versions.snapshot(workspaceId, number, locale);
		model.addAttribute("version", versions.line(workspaceId, number));
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("overall", text.overall(snapshot, locale));
		model.addAttribute("types", snapshot.types().stream()
			.map(t -> new TypeView(t.name(), t.typeId(), text.profile(t.profile(), locale), text.plan(t, locale)))
			.toList());
		model.addAttribute("findings", snapshot.report().findings().stream().map(FindingView::of).toList());
		model.addAttribute("others", versions.list(workspaceId).stream().mapToInt(StrategyVersions.Line::number).filter(n -> n != number).boxed().toList());
		return "strategy/version";
	}

	/** A type of a version, written out. */
	record TypeView(String name, long typeId, List<SnapshotText.Line> profile, List<SnapshotText.Line> plan) {
	}

	@GetMapping("/workspaces/{workspaceId}/strategy/versions/compare")
	@Access.WorkspaceMember
	String compare(@PathVariable long workspaceId, @RequestParam(required = false) String left, @RequestParam(required = false) String right,
			Model model, Locale locale) {
		List<StrategyVersions.Line> all = versions.list(workspaceId);
		String l = left == null || left.isBlank() ? (all.isEmpty() ? "draft" : String.valueOf(all.get(0).number())) : left;
		String r = right == null || right.isBlank() ? "draft" : right;
		try {
			model.addAttribute("comparison", VersionComparisons.compare(workspaceId, l, r, versions, snapshots, text, messages, locale));
		}
		catch (org.openasm.shared.DomainRuleViolation ex) {
			model.addAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		model.addAttribute("versions", all);
		model.addAttribute("left", l);
		model.addAttribute("right", r);
		return "strategy/compare";
	}
}
