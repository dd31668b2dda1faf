package org.openasm.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openasm.registry.LicenceCategoryFacts;
import org.openasm.support.OpenAsmTest;
import org.openasm.taskforce.Agencies;
import org.openasm.taskforce.AgencyInfo;
import org.openasm.vision.GoalFacts;
import org.openasm.vision.TechniqueFacts;
import org.openasm.vision.TechniqueGrade;
import org.openasm.vision.VisionRecords;
import org.openasm.workspace.StepStatus;
import org.openasm.workspace.WorkspaceForm;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's strategy as the coherence check will read it: every ranked type has a strategy and step
 * 2.3 is ready; the unacceptable techniques of each type are moved away from by a regulating
 * instrument of that type; every poor technique is targeted but exactly one, on development minerals;
 * every goal is served; every licensed type has a category and the zones-only one goes with land;
 * every instrument has a lead agency, exactly one of them the labour ministry; the closed type
 * receives no promoting instrument; every type has a transboundary measure.
 */
@OpenAsmTest
class StrategyDemoTests {

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	StrategyDraft draft;

	@Autowired
	StrategyReadiness readiness;

	@Autowired
	VisionRecords vision;

	@Autowired
	Agencies agencies;

	@Test
	void everyRankedDemoTypeHasACoherentStrategyWithTwoDeliberateGaps() {
		WorkspaceForm form = new WorkspaceForm();
		form.setName("Demo strategy " + UUID.randomUUID());
		form.setCountryCode("XM");
		form.setCurrency("XOF");
		form.setLanguages(List.of("en", "fr"));
		long demo = workspaces.create(form, true);

		Drafted d = draft.draft(demo, Locale.ENGLISH);
		assertThat(d.ranked()).hasSize(8).allSatisfy(t -> assertThat(t.hasStrategy()).as(t.type().name()).isTrue());
		assertThat(d.ranked().get(0).type().name()).isEqualTo("Manual alluvial gold");
		assertThat(d.orphaned()).isEmpty();
		assertThat(StepStatus.of(readiness.assess(demo))).isEqualTo(StepStatus.READY);
		assertThat(d.ranked()).extracting(Drafted.TypeDraft::status)
			.containsOnly(TypeStatus.COMPLETE, TypeStatus.TO_CLOSE)
			.containsOnlyOnce(TypeStatus.TO_CLOSE);
		assertThat(d.categories()).extracting(LicenceCategoryFacts::name)
			.containsExactly("ASM zone permit", "Artisanal mining permit", "Quarry permit", "Small-scale mining licence");

		Map<Long, TechniqueFacts> techniques = vision.techniques(demo, Locale.ENGLISH)
			.stream()
			.collect(Collectors.toMap(TechniqueFacts::id, Function.identity()));
		int untargeted = 0;
		for (Drafted.TypeDraft t : d.ranked()) {
			Drafted.Strategy s = t.strategy();
			Set<Long> regulatedAway = new HashSet<>();
			s.instruments(InstrumentMode.REGULATE).forEach(c -> regulatedAway.addAll(c.awayFromTechniqueIds()));
			Set<Long> anyAway = new HashSet<>();
			s.instruments().forEach(c -> anyAway.addAll(c.awayFromTechniqueIds()));
			for (Long id : t.type().techniqueIds()) {
				TechniqueFacts x = techniques.get(id);
				if (x.grade() == TechniqueGrade.UNACCEPTABLE) {
					assertThat(regulatedAway).as("%s: %s regulated", t.type().name(), x.name()).contains(id);
				}
				if (x.grade() == TechniqueGrade.POOR && !anyAway.contains(id)) {
					assertThat(t.type().name()).as("the one poor technique left untargeted").isEqualTo("Development minerals");
					untargeted++;
				}
			}
			if (Boolean.TRUE.equals(s.licensed())) {
				LicenceCategoryFacts category = d.category(s.licenceCategoryId()).orElseThrow();
				assertThat(!category.zonesOnly() || Boolean.TRUE.equals(s.allocateLand())).as(t.type().name()).isTrue();
				assertThat(s.categoryReason()).isNotBlank();
			}
			if (s.decision() == TypeDecision.CLOSE) {
				assertThat(s.instruments(InstrumentMode.PROMOTE)).isEmpty();
				assertThat(s.decisionReason()).isNotBlank();
			}
			assertThat(s.hasTransboundaryMeasure()).as(t.type().name()).isTrue();
			assertThat(s.instruments()).allSatisfy(c -> assertThat(c.leadAgencyId()).isNotNull());
		}
		assertThat(untargeted).isEqualTo(1);

		Set<Long> served = d.ranked().stream().flatMap(t -> t.strategy().instruments().stream()).flatMap(c -> c.goalIds().stream())
			.collect(Collectors.toSet());
		assertThat(vision.goals(demo)).extracting(GoalFacts::id).allMatch(served::contains);

		long labour = agencies.of(demo).stream().filter(a -> a.kind().equals("LABOUR")).map(AgencyInfo::id).findFirst().orElseThrow();
		assertThat(d.ranked().stream().flatMap(t -> t.strategy().instruments().stream()).filter(c -> Long.valueOf(labour).equals(c.leadAgencyId())))
			.singleElement()
			.satisfies(c -> assertThat(c.instrument().code()).isEqualTo(StrategyDemo.LABOUR_LED));
		assertThat(d.ranked().stream().flatMap(t -> t.strategy().instruments().stream()).filter(c -> !c.inputIds().isEmpty())).hasSizeGreaterThanOrEqualTo(3);
	}
}
