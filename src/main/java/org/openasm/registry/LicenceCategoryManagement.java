package org.openasm.registry;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licence categories of a workspace, each change in one transaction: a name no other category of
 * the workspace has, an area and a duration above zero, fees not below zero. A removal is announced
 * ({@link LicenceCategoryRemoved}) before the row goes, so the strategy lets go of it in the same
 * transaction.
 */
@Service
class LicenceCategoryManagement {

	private final LicenceCategoryRepository categories;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	private final ApplicationEventPublisher events;

	LicenceCategoryManagement(LicenceCategoryRepository categories, WorkspaceManagement workspaces, SubmissionGuard guard,
			ApplicationEventPublisher events) {
		this.categories = categories;
		this.workspaces = workspaces;
		this.guard = guard;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<LicenceCategory> categories(long workspaceId) {
		return categories.findByWorkspaceIdOrderByNameAscIdAsc(workspaceId);
	}

	@Transactional(readOnly = true)
	LicenceCategory category(long workspaceId, long categoryId) {
		return categories.findByIdAndWorkspaceId(categoryId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("LicenceCategory", categoryId));
	}

	@Transactional
	long add(long workspaceId, LicenceCategoryForm form) {
		return Long.parseLong(guard.once(form.getToken(), "registry-category:" + workspaceId,
				Arrays.asList(form.getName(), form.getDescription(), form.getEligibility(), form.getMaxAreaHectares(), form.getDurationMonths(),
						form.isZonesOnly(), form.getApplicationFee(), form.getAnnualFee()),
				() -> {
					workspaces.get(workspaceId);
					LicenceCategory category = new LicenceCategory(workspaceId);
					describe(workspaceId, category, form);
					return categories.saveAndFlush(category).getId().toString();
				}));
	}

	@Transactional
	void edit(long workspaceId, long categoryId, LicenceCategoryForm form) {
		LicenceCategory category = category(workspaceId, categoryId);
		category.checkVersion(form.getVersion());
		describe(workspaceId, category, form);
		categories.flush();
	}

	@Transactional
	void remove(long workspaceId, long categoryId) {
		LicenceCategory category = category(workspaceId, categoryId);
		events.publishEvent(new LicenceCategoryRemoved(workspaceId, categoryId));
		categories.delete(category);
	}

	private void describe(long workspaceId, LicenceCategory category, LicenceCategoryForm form) {
		String name = form.getName().strip();
		boolean taken = categories(workspaceId).stream()
			.anyMatch(other -> !other.getId().equals(category.getId()) && other.getName().equalsIgnoreCase(name));
		if (taken) {
			throw new DomainRuleViolation("name", "registry.category.name.taken", name);
		}
		if (form.getMaxAreaHectares().signum() <= 0) {
			throw new DomainRuleViolation("maxAreaHectares", "registry.category.area.positive");
		}
		if (form.getDurationMonths() <= 0) {
			throw new DomainRuleViolation("durationMonths", "registry.category.duration.positive");
		}
		if (form.getApplicationFee().signum() < 0) {
			throw new DomainRuleViolation("applicationFee", "registry.category.fee.negative");
		}
		if (form.getAnnualFee().signum() < 0) {
			throw new DomainRuleViolation("annualFee", "registry.category.fee.negative");
		}
		category.describe(name, form.getDescription(), form.getEligibility(), scale(form.getMaxAreaHectares()), form.getDurationMonths(),
				form.isZonesOnly(), scale(form.getApplicationFee()), scale(form.getAnnualFee()));
	}

	private static BigDecimal scale(BigDecimal value) {
		return value.setScale(2, java.math.RoundingMode.HALF_UP);
	}
}
