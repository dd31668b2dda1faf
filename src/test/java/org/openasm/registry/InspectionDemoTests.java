package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceForm;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's inspections as a visitor finds them: four first visits and a follow-up, one case open
 * (with a warning, one action overdue and one still due) and one closed after its fine and follow-up,
 * both on the dashboard's notices.
 */
@OpenAsmTest
class InspectionDemoTests {

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	Inspections inspections;

	@Autowired
	Enforcement enforcement;

	@Autowired
	InspectionNotices notices;

	@Test
	void theDemoHasOneOpenCaseWithAnOverdueActionAndOneClosedAfterItsFollowUp() {
		WorkspaceForm form = new WorkspaceForm();
		form.setName("Demo inspections " + UUID.randomUUID());
		form.setCountryCode("XM");
		form.setCurrency("XOF");
		form.setLanguages(List.of("en", "fr"));
		long demo = workspaces.create(form, true);

		assertThat(inspections.inspections(demo, PageRequest.of(0, 50)).getTotalElements()).isEqualTo(5);
		List<EnforcementCase> open = enforcement.cases(demo, EnforcementStatus.OPEN, PageRequest.of(0, 10)).getContent();
		List<EnforcementCase> closed = enforcement.cases(demo, EnforcementStatus.CLOSED, PageRequest.of(0, 10)).getContent();
		assertThat(open).hasSize(1);
		assertThat(closed).hasSize(1);
		assertThat(enforcement.sanctions(demo, open.get(0).getId())).extracting(Sanction::getKind).containsExactly(SanctionKind.WARNING);
		assertThat(enforcement.sanctions(demo, closed.get(0).getId())).extracting(Sanction::getKind).containsExactly(SanctionKind.FINE);
		assertThat(enforcement.actions(demo, closed.get(0).getId())).allMatch(CorrectiveAction::isDone);
		assertThat(inspections.overdueActions(demo)).isEqualTo(1);
		assertThat(notices.notices(demo)).extracting(n -> n.messageKey())
			.containsExactly("registry.notice.actionsOverdue", "registry.notice.casesOpen");
	}
}
