package org.openasm.strategy;

import org.openasm.registry.LicenceCategoryRemoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A licence category removed from the registry is no longer any type's category: the strategies that
 * named it let go of it in the same transaction, so the coherence check then reports those licensed
 * types as lacking a category.
 */
@Component
class CategoryRemovalListener {

	private final TypeStrategyRepository strategies;

	CategoryRemovalListener(TypeStrategyRepository strategies) {
		this.strategies = strategies;
	}

	@EventListener
	void on(LicenceCategoryRemoved removed) {
		strategies.findByWorkspaceIdAndLicenceCategoryId(removed.workspaceId(), removed.categoryId()).forEach(TypeStrategy::forgetCategory);
		strategies.flush();
	}
}
