package org.openasm.registry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openasm.context.SiteRegister;
import org.openasm.vision.TechniqueFacts;
import org.openasm.vision.TechniqueGrade;
import org.openasm.vision.VisionRecords;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The demo jurisdiction's inspections, after its sites ({@code @Order(20)}), graded techniques
 * ({@code @Order(30)}) and licences ({@code @Order(57)}), recorded through {@link Inspections} and
 * {@link Enforcement} as an officer would: a site where whole-ore amalgamation goes on (a case, a warning,
 * one action overdue and one still due), a licence where it was seen too (a case, a fine, a follow-up that
 * found the action done, the case closed), a licence with poor practices only (an action due) and a
 * site with nothing to correct. Without licences (a workspace whose licences come later) the licence
 * visits go to other sites.
 */
@Component
class InspectionDemo {

	private final Inspections inspections;

	private final Enforcement enforcement;

	private final LicenceRepository licences;

	private final SiteRegister sites;

	private final VisionRecords vision;

	private final Clock clock;

	InspectionDemo(Inspections inspections, Enforcement enforcement, LicenceRepository licences, SiteRegister sites, VisionRecords vision,
			Clock clock) {
		this.inspections = inspections;
		this.enforcement = enforcement;
		this.licences = licences;
		this.sites = sites;
		this.vision = vision;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(58)
	void on(WorkspaceCreated event) {
		if (!event.demo()) {
			return;
		}
		long ws = event.workspaceId();
		LocalDate today = LocalDate.now(clock);
		List<TechniqueFacts> techniques = vision.techniques(ws, Locale.ENGLISH);
		List<TechniqueFacts> unacceptable = graded(techniques, TechniqueGrade.UNACCEPTABLE);
		List<TechniqueFacts> poor = graded(techniques, TechniqueGrade.POOR);
		List<TechniqueFacts> good = graded(techniques, TechniqueGrade.GOOD);
		if (unacceptable.isEmpty() || poor.isEmpty() || good.isEmpty()) {
			return;
		}
		List<Long> siteIds = sitesPractising(ws, unacceptable);
		List<Licence> active = licences.findByWorkspaceIdAndStatusIn(ws, List.of(LicenceStatus.ACTIVE), PageRequest.of(0, 2)).getContent();
		if (siteIds.size() < 4) {
			return;
		}

		// 1. A site where whole-ore amalgamation goes on: a case, a warning, one action overdue, one still due.
		long first = inspections.record(ws, form(null, siteIds.get(0), today.minusDays(60), "Aminata Ouédraogo",
				"Whole-ore amalgamation at the washing bay; children carry the concentrate.",
				List.of(new InspectionForm.Finding(unacceptable.get(0).id(), true, "Seen at the washing bay, about 20 miners"),
						new InspectionForm.Finding(poor.get(0).id(), true, null)),
				List.of(new InspectionForm.Action("Stop whole-ore amalgamation; amalgamate only concentrate, in a retort", today.minusDays(30)),
						new InspectionForm.Action("Keep children away from the washing bay and the concentrate", today.plusDays(20))),
				null, List.of()));
		long firstCase = enforcement.openedBy(first).get(0).getId();
		enforcement.sanction(ws, firstCase, sanction(SanctionKind.WARNING, null, "Written warning handed to the site manager"));

		// 2. A licence (or another site) where it was seen too: a fine, a follow-up that finds the action done, the case closed.
		Long licence = active.isEmpty() ? null : active.get(0).getId();
		Long site = licence == null ? siteIds.get(1) : null;
		long second = inspections.record(ws, form(licence, site, today.minusDays(45), "Jean-Baptiste Kaboré",
				"Mercury burnt in the open next to the camp.",
				List.of(new InspectionForm.Finding(unacceptable.get(unacceptable.size() > 1 ? 1 : 0).id(), true, "Open burning of amalgam near houses")),
				List.of(new InspectionForm.Action("Buy and use a retort for burning amalgam", today.minusDays(15))), null, List.of()));
		long secondCase = enforcement.openedBy(second).get(0).getId();
		enforcement.sanction(ws, secondCase, sanction(SanctionKind.FINE, new BigDecimal("250000"), "Open burning of amalgam next to houses"));
		long action = inspections.actionsRequiredBy(ws, second).get(0).getId();
		inspections.record(ws, form(licence, site, today.minusDays(10), "Jean-Baptiste Kaboré", "A retort is in use; no open burning seen.",
				List.of(new InspectionForm.Finding(good.get(0).id(), true, "Retort in use")), List.of(), second, List.of(action)));
		enforcement.close(ws, secondCase, "The retort is in use and no open burning was seen at the follow-up.",
				enforcement.enforcementCase(ws, secondCase).getVersion());

		// 3. Poor practices only: an action due, no case.
		Long otherLicence = active.size() > 1 ? active.get(1).getId() : null;
		inspections.record(ws, form(otherLicence, otherLicence == null ? siteIds.get(2) : null, today.minusDays(20), "Aminata Ouédraogo",
				"Pits left open after work.", List.of(new InspectionForm.Finding(poor.get(0).id(), true, "Three abandoned pits, unfenced")),
				List.of(new InspectionForm.Action("Backfill or fence the three abandoned pits", today.plusDays(30))), null, List.of()));

		// 4. A site with nothing to correct.
		inspections.record(ws, form(null, siteIds.get(siteIds.size() > 3 ? 3 : 0), today.minusDays(5), "Moussa Traoré",
				"Good practice: the cooperative shares its retort.",
				List.of(new InspectionForm.Finding(good.get(0).id(), true, null)), List.of(), null, List.of()));
	}

	private static List<TechniqueFacts> graded(List<TechniqueFacts> techniques, TechniqueGrade grade) {
		return techniques.stream().filter(t -> t.grade() == grade).toList();
	}

	/** Sites practising an unacceptable technique first, then the others. */
	private List<Long> sitesPractising(long ws, List<TechniqueFacts> unacceptable) {
		Set<Long> bad = unacceptable.stream().map(TechniqueFacts::id).collect(java.util.stream.Collectors.toSet());
		List<Long> first = new ArrayList<>();
		List<Long> rest = new ArrayList<>();
		for (Map.Entry<Long, Set<Long>> e : new java.util.TreeMap<>(vision.techniquesBySite(ws)).entrySet()) {
			(e.getValue().stream().anyMatch(bad::contains) ? first : rest).add(e.getKey());
		}
		if (first.isEmpty() && rest.isEmpty()) {
			sites.named(ws, "", 10).forEach(s -> rest.add(s.id()));
		}
		first.addAll(rest);
		return first;
	}

	private static InspectionForm form(Long licenceId, Long siteId, LocalDate visitedOn, String inspector, String summary,
			List<InspectionForm.Finding> findings, List<InspectionForm.Action> actions, Long followUpOf, List<Long> verified) {
		InspectionForm form = new InspectionForm();
		form.setLicenceId(licenceId);
		form.setSiteId(siteId);
		form.setVisitedOn(visitedOn);
		form.setInspector(inspector);
		form.setSummary(summary);
		form.setFindings(new ArrayList<>(findings));
		form.setActions(new ArrayList<>(actions));
		form.setFollowUpOf(followUpOf);
		form.setVerifiedActionIds(new ArrayList<>(verified));
		return form;
	}

	private static SanctionForm sanction(SanctionKind kind, BigDecimal amount, String reason) {
		SanctionForm form = new SanctionForm();
		form.setKind(kind);
		form.setAmount(amount);
		form.setReason(reason);
		return form;
	}
}
