package org.openasm.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace's licence categories, read-only, for other modules (the strategy assigns one to each licensed type). */
@Service
@Transactional(readOnly = true)
public class LicenceCategories {

	private final LicenceCategoryRepository categories;

	LicenceCategories(LicenceCategoryRepository categories) {
		this.categories = categories;
	}

	/** The workspace's categories by name. */
	public List<LicenceCategoryFacts> of(long workspaceId) {
		return categories.findByWorkspaceIdOrderByNameAscIdAsc(workspaceId).stream().map(LicenceCategory::facts).toList();
	}

	/** The category of this id if it belongs to this workspace. */
	public Optional<LicenceCategoryFacts> find(long workspaceId, long categoryId) {
		return categories.findByIdAndWorkspaceId(categoryId, workspaceId).map(LicenceCategory::facts);
	}
}
