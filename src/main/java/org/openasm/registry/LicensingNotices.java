package org.openasm.registry;

import java.util.ArrayList;
import java.util.List;
import org.openasm.workspace.DashboardNotices;
import org.springframework.stereotype.Component;

/** The dashboard's registry lines: licences expiring within 60 days (the expiry list), applications waiting for a decision. */
@Component
class LicensingNotices implements DashboardNotices {

	static final int EXPIRY_DAYS = 60;

	private final Licensing licensing;

	LicensingNotices(Licensing licensing) {
		this.licensing = licensing;
	}

	@Override
	public List<Notice> notices(long workspaceId) {
		List<Notice> notices = new ArrayList<>();
		long expiring = licensing.countExpiring(workspaceId, EXPIRY_DAYS);
		if (expiring > 0) {
			notices.add(Notice.of("registry.notice.expiring", "/workspaces/" + workspaceId + "/registry/licences?expiringWithinDays=" + EXPIRY_DAYS,
					expiring, EXPIRY_DAYS));
		}
		long pending = licensing.countPending(workspaceId);
		if (pending > 0) {
			notices.add(Notice.of("registry.notice.pending", "/workspaces/" + workspaceId + "/registry/applications?status=SUBMITTED", pending));
		}
		return notices;
	}
}
