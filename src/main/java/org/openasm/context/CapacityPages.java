package org.openasm.context;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.openasm.taskforce.AgencyInfo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The capacity grid (agency × function, coloured by gap), the largest gaps, the agencies not assessed, and the forms. */
@Controller
class CapacityPages {

	/** How many gaps the summary lists. */
	static final int SUMMARY = 10;

	private final CapacityAssessment assessment;

	CapacityPages(CapacityAssessment assessment) {
		this.assessment = assessment;
	}

	/** One cell: rated or not, with the colour class of its gap ({@code gap-none} when not rated). */
	record GridCell(long functionId, boolean rated, int existing, int needed, String gapClass) {
	}

	record GridRow(AgencyInfo agency, List<GridCell> cells) {
	}

	@GetMapping("/workspaces/{workspaceId}/context/capacity")
	@Access.Government
	String grid(@PathVariable long workspaceId, Model model) {
		CapacityFunctionForm form = new CapacityFunctionForm();
		form.setToken(UUID.randomUUID().toString());
		return page(workspaceId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/context/capacity/functions")
	@Access.Secretariat
	String addFunction(@PathVariable long workspaceId, @Valid @ModelAttribute("functionForm") CapacityFunctionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> assessment.addFunction(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "capacity.function.saved");
			return "redirect:/workspaces/" + workspaceId + "/context/capacity";
		}
		return page(workspaceId, form, model);
	}

	/** Where a refused "add a function" leaves the browser; switching language there must still work. */
	@GetMapping("/workspaces/{workspaceId}/context/capacity/functions")
	@Access.Government
	String functions(@PathVariable long workspaceId) {
		return "redirect:/workspaces/" + workspaceId + "/context/capacity#functions";
	}

	@GetMapping("/workspaces/{workspaceId}/context/capacity/agencies/{agencyId}/functions/{functionId}")
	@Access.Secretariat
	String ratingForm(@PathVariable long workspaceId, @PathVariable long agencyId, @PathVariable long functionId, Model model) {
		CapacityRatingForm form = assessment.rating(workspaceId, agencyId, functionId).map(CapacityRatingForm::of).orElseGet(() -> {
			CapacityRatingForm blank = new CapacityRatingForm();
			blank.setExistingLevel(0);
			blank.setNeededLevel(0);
			return blank;
		});
		form.setToken(UUID.randomUUID().toString());
		return ratingPage(workspaceId, agencyId, functionId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/context/capacity/agencies/{agencyId}/functions/{functionId}")
	@Access.Secretariat
	String rate(@PathVariable long workspaceId, @PathVariable long agencyId, @PathVariable long functionId,
			@Valid @ModelAttribute("form") CapacityRatingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> assessment.rate(workspaceId, agencyId, functionId, form))) {
			redirect.addFlashAttribute("saved", "capacity.rating.saved");
			return "redirect:/workspaces/" + workspaceId + "/context/capacity";
		}
		return ratingPage(workspaceId, agencyId, functionId, form, model);
	}

	private String ratingPage(long workspaceId, long agencyId, long functionId, CapacityRatingForm form, Model model) {
		AgencyInfo agency = assessment.agencies(workspaceId)
			.stream()
			.filter(a -> a.id() == agencyId)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("Agency", agencyId));
		model.addAttribute("agency", agency);
		model.addAttribute("function", assessment.function(workspaceId, functionId));
		model.addAttribute("ratingId", assessment.rating(workspaceId, agencyId, functionId).map(CapacityRating::getId).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("levels", List.of(0, 1, 2, 3));
		return "context/capacity-rating";
	}

	private String page(long workspaceId, CapacityFunctionForm functionForm, Model model) {
		List<AgencyInfo> agencies = assessment.agencies(workspaceId);
		List<CapacityFunction> functions = assessment.functions(workspaceId);
		Map<String, CapacityRating> byCell = assessment.ratings(workspaceId)
			.stream()
			.collect(Collectors.toMap(r -> r.getAgencyId() + ":" + r.getFunction().getId(), Function.identity()));
		List<GridRow> rows = new ArrayList<>();
		for (AgencyInfo agency : agencies) {
			List<GridCell> cells = new ArrayList<>();
			for (CapacityFunction function : functions) {
				CapacityRating r = byCell.get(agency.id() + ":" + function.getId());
				cells.add(r == null ? new GridCell(function.getId(), false, 0, 0, "gap-none")
						: new GridCell(function.getId(), true, r.getExistingLevel(), r.getNeededLevel(), gapClass(r.getGap())));
			}
			rows.add(new GridRow(agency, cells));
		}
		model.addAttribute("functions", functions);
		model.addAttribute("rows", rows);
		model.addAttribute("gaps", assessment.gaps(workspaceId).stream().limit(SUMMARY).toList());
		model.addAttribute("unassessed", assessment.unassessedAgencies(workspaceId));
		model.addAttribute("functionForm", functionForm);
		return "context/capacity";
	}

	/** The colour of a gap: none or negative, 1, 2, 3. */
	static String gapClass(int gap) {
		return "gap-" + Math.max(0, Math.min(3, gap));
	}
}
