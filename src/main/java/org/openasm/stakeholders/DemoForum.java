package org.openasm.stakeholders;

import org.springframework.stereotype.Component;

/** The demo jurisdiction's forum: stakeholders across categories, a year of meetings, inputs and responses. */
@Component
class DemoForum {

	void seed(long workspaceId) {
	}
}
