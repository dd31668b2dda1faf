package org.openasm.typology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openasm.documents.Block;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.StepStatus;
import org.openasm.workspace.WorkspaceForm;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo as the strategy step and the vision document read it: eight types that type every demo
 * site, a recorded ranking that is up to date with two types flagged unstable at ±20 %, the façade's
 * facts, and the chapter's tables.
 */
@OpenAsmTest
class TypologyDemoTests {

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	SectorTypes sectorTypes;

	@Autowired
	SiteTyping typing;

	@Autowired
	TypologyReadiness readiness;

	@Autowired
	TypologyChapter chapter;

	@Test
	void theDemoTypesEverySiteAndRecordsARankingWithUnstableTypes() {
		WorkspaceForm form = new WorkspaceForm();
		form.setName("Demo types " + UUID.randomUUID());
		form.setCountryCode("XM");
		form.setCurrency("XOF");
		form.setLanguages(List.of("en", "fr"));
		long demo = workspaces.create(form, true);

		SiteTyping.Typing t = typing.typing(demo);
		assertThat(t.sites()).isGreaterThan(350);
		assertThat(t.untyped()).isZero();
		assertThat(StepStatus.of(readiness.assess(demo))).isEqualTo(StepStatus.READY);

		List<TypeFacts> types = sectorTypes.types(demo);
		assertThat(types).hasSize(8).allSatisfy(type -> {
			assertThat(type.sites()).isPositive();
			assertThat(type.recordedRank()).isNotNull();
		});
		assertThat(types.stream().mapToInt(TypeFacts::sites).sum()).isEqualTo(t.sites());
		assertThat(types).filteredOn(x -> x.name().equals("Manual alluvial gold")).singleElement()
			.satisfies(x -> assertThat(x.recordedRank()).isEqualTo(1));

		RankingFacts ranking = sectorTypes.recordedRanking(demo).orElseThrow();
		assertThat(ranking.outOfDate()).isFalse();
		assertThat(ranking.percent()).isEqualTo(20);
		assertThat(ranking.ranked()).filteredOn(RankingFacts.RankedType::unstable)
			.extracting(RankingFacts.RankedType::name)
			.containsExactly("Development minerals", "Gold tailings reprocessing");

		List<Block> blocks = chapter.blocks(demo, Locale.ENGLISH);
		assertThat(blocks).first().isEqualTo(new Block.Heading(1, "Sector types and priorities"));
		assertThat(blocks).filteredOn(b -> b instanceof Block.Table).hasSize(3);
		Block.Table ranked = (Block.Table) blocks.stream().filter(b -> b instanceof Block.Table).toList().get(2);
		assertThat(ranked.rows().get(0)).containsExactly("1", "Manual alluvial gold", "4.26", "1", "Stable");
		assertThat(ranked.rows()).anySatisfy(r -> assertThat(r.get(4)).startsWith("Stable within one place: moves with"));
		assertThat(ranked.rows()).anySatisfy(r -> assertThat(r.get(4)).startsWith("Unstable: hinges on Severity of negative impacts"));
		assertThat(chapter.blocks(demo, Locale.FRENCH)).anySatisfy(b -> assertThat(b.toString()).contains("Comment le classement est établi"));
	}
}
