package org.openasm.context;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The political economy: the actors, an influence/stance chart drawn on the server (SVG), and the forms. */
@Controller
class PoliticalPages {

	/** Chart geometry: five stance columns, five influence rows. */
	static final int LEFT = 90;

	static final int TOP = 10;

	static final int COLUMN = 180;

	static final int ROW = 80;

	static final int LINE = 14;

	static final int MAX_NAME = 30;

	private final PoliticalEconomy economy;

	PoliticalPages(PoliticalEconomy economy) {
		this.economy = economy;
	}

	/** An actor placed on the chart: a dot and its name, with the full name as the tooltip. */
	record ChartLabel(long id, String name, String shortName, PoliticalKind kind, int x, int y) {
	}

	@GetMapping("/workspaces/{workspaceId}/context/political-economy")
	@Access.Government
	String list(@PathVariable long workspaceId, Model model) {
		List<PoliticalActor> actors = economy.actors(workspaceId);
		model.addAttribute("actors", actors);
		model.addAttribute("labels", chart(actors));
		model.addAttribute("stances", PoliticalStance.values());
		model.addAttribute("kinds", PoliticalKind.values());
		model.addAttribute("columnX", columns());
		model.addAttribute("rowY", rows());
		return "context/political";
	}

	@GetMapping("/workspaces/{workspaceId}/context/political-economy/new")
	@Access.Secretariat
	String newActor(@PathVariable long workspaceId, Model model) {
		PoliticalActorForm form = new PoliticalActorForm();
		form.setToken(UUID.randomUUID().toString());
		return form(form, null, model);
	}

	@PostMapping("/workspaces/{workspaceId}/context/political-economy/new")
	@Access.Secretariat
	String add(@PathVariable long workspaceId, @Valid @ModelAttribute("form") PoliticalActorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> economy.add(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "political.saved");
			return "redirect:/workspaces/" + workspaceId + "/context/political-economy";
		}
		return form(form, null, model);
	}

	@GetMapping("/workspaces/{workspaceId}/context/political-economy/{actorId}/edit")
	@Access.Secretariat
	String editForm(@PathVariable long workspaceId, @PathVariable long actorId, Model model) {
		return form(PoliticalActorForm.of(economy.actor(workspaceId, actorId)), actorId, model);
	}

	@PostMapping("/workspaces/{workspaceId}/context/political-economy/{actorId}/edit")
	@Access.Secretariat
	String edit(@PathVariable long workspaceId, @PathVariable long actorId, @Valid @ModelAttribute("form") PoliticalActorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> economy.edit(workspaceId, actorId, form))) {
			redirect.addFlashAttribute("saved", "political.saved");
			return "redirect:/workspaces/" + workspaceId + "/context/political-economy";
		}
		return form(form, actorId, model);
	}

	@PostMapping("/workspaces/{workspaceId}/context/political-economy/{actorId}/delete")
	@Access.Secretariat
	String remove(@PathVariable long workspaceId, @PathVariable long actorId, RedirectAttributes redirect) {
		economy.remove(workspaceId, actorId);
		redirect.addFlashAttribute("saved", "political.removed");
		return "redirect:/workspaces/" + workspaceId + "/context/political-economy";
	}

	private String form(PoliticalActorForm form, Long actorId, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("actorId", actorId);
		model.addAttribute("kinds", PoliticalKind.values());
		model.addAttribute("stances", PoliticalStance.values());
		model.addAttribute("influences", List.of(1, 2, 3, 4, 5));
		return "context/political-form";
	}

	/**
	 * Places each actor in its box of the 5 × 5 chart (stance left to right, influence 5 at the top); the
	 * actors sharing a box are listed one per line so every name stays readable.
	 */
	static List<ChartLabel> chart(List<PoliticalActor> actors) {
		List<ChartLabel> labels = new ArrayList<>();
		int[][] used = new int[6][5];
		for (PoliticalActor a : actors) {
			int column = a.getStance().ordinal();
			int line = used[a.getInfluence()][column]++;
			int x = LEFT + column * COLUMN + 12;
			int y = TOP + (5 - a.getInfluence()) * ROW + 16 + line * LINE;
			String name = a.getName();
			String shortName = name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name;
			labels.add(new ChartLabel(a.getId(), name, shortName, a.getKind(), x, y));
		}
		return labels;
	}

	static List<Integer> columns() {
		List<Integer> xs = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			xs.add(LEFT + i * COLUMN);
		}
		return xs;
	}

	static List<Integer> rows() {
		List<Integer> ys = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ys.add(TOP + i * ROW);
		}
		return ys;
	}
}
