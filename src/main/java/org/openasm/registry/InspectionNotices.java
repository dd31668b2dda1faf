package org.openasm.registry;

import java.util.ArrayList;
import java.util.List;
import org.openasm.workspace.DashboardNotices;
import org.springframework.stereotype.Component;

/** On the dashboard: corrective actions past their date and enforcement cases still open, two counts. */
@Component
class InspectionNotices implements DashboardNotices {

	private final Inspections inspections;

	private final Enforcement enforcement;

	InspectionNotices(Inspections inspections, Enforcement enforcement) {
		this.inspections = inspections;
		this.enforcement = enforcement;
	}

	@Override
	public List<Notice> notices(long workspaceId) {
		List<Notice> notices = new ArrayList<>();
		long overdue = inspections.overdueActions(workspaceId);
		if (overdue > 0) {
			notices.add(Notice.of("registry.notice.actionsOverdue", "/workspaces/" + workspaceId + "/registry/actions?overdue=true", overdue));
		}
		long open = enforcement.openCases(workspaceId);
		if (open > 0) {
			notices.add(Notice.of("registry.notice.casesOpen", "/workspaces/" + workspaceId + "/registry/enforcement?status=OPEN", open));
		}
		return notices;
	}
}
