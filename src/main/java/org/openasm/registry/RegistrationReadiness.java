package org.openasm.registry;

import java.util.List;
import org.openasm.workspace.ReadinessItem;
import org.openasm.workspace.Step;
import org.openasm.workspace.StepAssessment;
import org.openasm.workspace.StepReadiness;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration system's part of step 3.1: licence categories defined, the application procedure
 * used (an application submitted), and at least one licence granted through an application (not only
 * imported). Three counts, since every page assesses the steps.
 */
@Component
class RegistrationReadiness implements StepReadiness {

	private final LicenceCategoryRepository categories;

	private final ApplicationRepository applications;

	private final LicenceRepository licences;

	RegistrationReadiness(LicenceCategoryRepository categories, ApplicationRepository applications, LicenceRepository licences) {
		this.categories = categories;
		this.applications = applications;
		this.licences = licences;
	}

	@Override
	public Step step() {
		return Step.PREPARE;
	}

	@Override
	public String workPath(long workspaceId) {
		return "/workspaces/" + workspaceId + "/registry";
	}

	@Override
	@Transactional(readOnly = true)
	public StepAssessment assess(long workspaceId) {
		String base = "/workspaces/" + workspaceId + "/registry";
		boolean categoriesDefined = !categories.findByWorkspaceIdOrderByNameAscIdAsc(workspaceId).isEmpty();
		boolean applied = applications.countByWorkspaceId(workspaceId) > 0;
		boolean granted = licences.countByWorkspaceIdAndApplicationIdIsNotNull(workspaceId) > 0;
		return new StepAssessment(categoriesDefined || applied, List.of(
				ReadinessItem.check(categoriesDefined, categoriesDefined ? "registry.readiness.categories.met" : "registry.readiness.categories.missing", base + "/categories"),
				ReadinessItem.check(applied, applied ? "registry.readiness.applied.met" : "registry.readiness.applied.missing", base + "/applications/new"),
				ReadinessItem.check(granted, granted ? "registry.readiness.granted.met" : "registry.readiness.granted.missing", base + "/applications")));
	}
}
