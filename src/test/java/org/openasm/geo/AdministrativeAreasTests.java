package org.openasm.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openasm.support.Jurisdictions.aJurisdiction;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;

@OpenAsmTest
class AdministrativeAreasTests {

	@Autowired
	AdministrativeAreas areas;

	@Autowired
	WorkspaceManagement workspaces;

	@Test
	void areasReadAsATreeEachFollowedByItsDistrictsByNameWhateverTheirIds() {
		long ws = aJurisdiction(workspaces, "Tree");
		long north = areas.add(ws, area("Northern Highlands", null));
		long coast = areas.add(ws, area("Coastal Lowlands", null));
		areas.add(ws, area("Tambali", north));
		areas.add(ws, area("Kirru", north));
		for (int i = 0; i < 10; i++) {
			areas.add(ws, area("Island " + i, coast));
		}
		long lake = areas.add(ws, area("Lake Basin", null));

		List<AreaInfo> tree = areas.of(ws);

		assertThat(tree).extracting(AreaInfo::name).startsWith("Coastal Lowlands", "Island 0");
		assertThat(tree.stream().filter(a -> a.level() == 1).map(AreaInfo::name))
			.containsExactly("Coastal Lowlands", "Lake Basin", "Northern Highlands");
		assertThat(tree).extracting(AreaInfo::name).endsWith("Northern Highlands", "Kirru", "Tambali");
		AreaInfo kirru = tree.stream().filter(a -> a.name().equals("Kirru")).findFirst().orElseThrow();
		AreaInfo northern = tree.stream().filter(a -> a.id() == north).findFirst().orElseThrow();
		assertThat(kirru.within(northern)).isTrue();
		assertThat(kirru.path()).isEqualTo("/" + north + "/" + kirru.id() + "/");
		assertThat(tree.stream().filter(a -> a.id() == lake).findFirst().orElseThrow().level()).isEqualTo(1);
	}

	@Test
	void twoAreasOfTheSameNameUnderOneParentAreRefused() {
		long ws = aJurisdiction(workspaces, "Same name");
		long north = areas.add(ws, area("Northern Highlands", null));
		areas.add(ws, area("Kirru", north));
		assertThatThrownBy(() -> areas.add(ws, area("KIRRU", north))).isInstanceOf(DomainRuleViolation.class)
			.extracting("field")
			.isEqualTo("name");
	}

	@Test
	void theBorderBandFollowsTheRegionsOutlineAndIsEmptyWithoutBoundaries() {
		long ws = aJurisdiction(workspaces, "Border band");
		long west = areas.add(ws, area("West", null));
		long east = areas.add(ws, area("East", null));
		assertThat(areas.borderBand(ws, 10).isEmpty()).isTrue();
		areas.outline(ws, west, BorderBandTests.square(0, 0, 1));
		areas.outline(ws, east, BorderBandTests.square(1, 0, 1));

		BorderBand band = areas.borderBand(ws, 10);

		// 0.05° (5.57 km) from the western edge; the line between West and East is no border.
		assertThat(band.contains(0.05, 0.5)).isTrue();
		assertThat(band.contains(1.0, 0.5)).isFalse();
		assertThat(band.km()).isEqualTo(10);
		// A wider band reaches the middle line's neighbourhood from the outer edges: 0.5° is 55.66 km.
		assertThat(areas.borderBand(ws, 56).contains(1.0, 0.5)).isTrue();
	}

	private static AreaForm area(String name, Long parent) {
		AreaForm form = new AreaForm();
		form.setName(name);
		form.setParentId(parent);
		return form;
	}
}
