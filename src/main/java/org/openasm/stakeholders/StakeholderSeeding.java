package org.openasm.stakeholders;

import org.openasm.workspace.WorkspaceCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every new workspace gets its forum (no terms yet, a 30% women's attendance target) and the
 * guidance's stakeholder categories. The demo jurisdiction also gets a forum that has been running for
 * a year (see {@link DemoForum}).
 */
@Component
class StakeholderSeeding {

	private final ForumRepository forums;

	private final CategoryRepository categories;

	private final DemoForum demo;

	StakeholderSeeding(ForumRepository forums, CategoryRepository categories, DemoForum demo) {
		this.forums = forums;
		this.categories = categories;
		this.demo = demo;
	}

	@EventListener
	void on(WorkspaceCreated event) {
		forums.save(new Forum(event.workspaceId()));
		for (StandardCategory code : StandardCategory.values()) {
			categories.save(Category.standard(event.workspaceId(), code));
		}
		if (event.demo()) {
			demo.seed(event.workspaceId());
		}
	}
}
