package org.openasm.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceForm;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's strategy through the coherence check and its versions: nothing blocks, only the demo's
 * deliberate warnings remain; version 1 is final and draft 2 differs from it by one revised cost.
 */
@OpenAsmTest
class VersionDemoTests {

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	CoherenceCheck check;

	@Autowired
	StrategyVersions versions;

	@Autowired
	Snapshots snapshots;

	@Autowired
	SnapshotText text;

	@Test
	void theDemoStrategyIsFinalAsVersionOneWithItsWarningsAndDraftTwoRevisesOneCost() {
		WorkspaceForm form = new WorkspaceForm();
		form.setName("Demo versions " + UUID.randomUUID());
		form.setCountryCode("XM");
		form.setCurrency("XOF");
		form.setLanguages(List.of("en", "fr"));
		long demo = workspaces.create(form, true);

		CoherenceReport report = check.check(demo, Locale.ENGLISH);
		assertThat(report.blocking()).isEmpty();
		assertThat(report.warnings()).extracting(CoherenceFinding::rule)
			.containsExactly(PoorTechniquesTargeted.CODE, LeadAgenciesOnTaskForce.CODE);

		assertThat(versions.list(demo)).singleElement().satisfies(v -> {
			assertThat(v.number()).isEqualTo(1);
			assertThat(v.warnings()).isEqualTo(report.warnings().size());
		});
		StrategyVersions.Status status = versions.status(demo);
		assertThat(status.draftChanged()).isTrue();
		assertThat(status.draftNumber()).isEqualTo(2);

		VersionComparison comparison = VersionComparison.of("Version 1", versions.snapshot(demo, 1, Locale.ENGLISH), "Draft",
				snapshots.live(demo, Locale.ENGLISH).snapshot(), text, Locale.ENGLISH);
		List<VersionComparison.Row> changed = comparison.types().stream().flatMap(t -> t.rows().stream()).filter(VersionComparison.Row::isChanged)
			.toList();
		assertThat(changed).singleElement().satisfies(row -> {
			assertThat(row.label()).isEqualTo("Instrument: State-sponsored buying scheme");
			assertThat(row.right()).contains("estimated cost 2,500,000,000");
			assertThat(row.left()).contains("estimated cost 2,000,000,000");
		});
		assertThat(comparison.overall()).noneMatch(VersionComparison.Row::isChanged);
	}
}
