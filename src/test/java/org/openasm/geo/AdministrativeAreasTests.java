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

	private static AreaForm area(String name, Long parent) {
		AreaForm form = new AreaForm();
		form.setName(name);
		form.setParentId(parent);
		return form;
	}
}
