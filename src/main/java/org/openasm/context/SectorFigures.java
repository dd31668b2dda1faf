package org.openasm.context;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sector's figures (sector estimates), each change in one transaction under {@link EstimateRules}. */
@Service
public class SectorFigures {

	private final SectorEstimateRepository estimates;

	private final AdministrativeAreas areas;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	SectorFigures(SectorEstimateRepository estimates, AdministrativeAreas areas, WorkspaceManagement workspaces,
			SubmissionGuard guard) {
		this.estimates = estimates;
		this.areas = areas;
		this.workspaces = workspaces;
		this.guard = guard;
	}

	/**
	 * Every estimate of the workspace in {@link #READING_ORDER}: for the overview page
	 * (site records beside the figures) and step 1.3's readiness.
	 */
	@Transactional(readOnly = true)
	public List<EstimateFacts> estimates(long workspaceId) {
		return all(workspaceId).stream().map(EstimateFacts::of).toList();
	}

	/**
	 * By figure, then the figure for all commodities before each commodity's (in the order of
	 * {@link Commodity}), latest year first, national before areas.
	 */
	static final Comparator<SectorEstimate> READING_ORDER = Comparator.comparing(SectorEstimate::getFigure)
		.thenComparing(SectorEstimate::getCommodity, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Comparator.comparingInt(SectorEstimate::getYear).reversed())
		.thenComparing(SectorEstimate::getAreaId, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(SectorEstimate::getId);

	@Transactional(readOnly = true)
	List<SectorEstimate> all(long workspaceId) {
		return estimates.findByWorkspaceId(workspaceId).stream().sorted(READING_ORDER).toList();
	}

	@Transactional(readOnly = true)
	SectorEstimate estimate(long workspaceId, long estimateId) {
		return estimates.findByIdAndWorkspaceId(estimateId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("SectorEstimate", estimateId));
	}

	@Transactional
	long add(long workspaceId, EstimateForm form) {
		return Long.parseLong(guard.once(form.getToken(), "context-estimate:" + workspaceId,
				Arrays.asList(form.getFigure(), form.getFigureLabel(), form.getCommodity(), form.getAreaId(), form.getYear(),
						form.getLow(), form.getCentral(), form.getHigh(), form.getUnit(), form.getSource()),
				() -> {
					workspaces.get(workspaceId);
					SectorEstimate estimate = new SectorEstimate(workspaceId);
					describe(workspaceId, estimate, form);
					return estimates.save(estimate).getId().toString();
				}));
	}

	@Transactional
	void edit(long workspaceId, long estimateId, EstimateForm form) {
		SectorEstimate estimate = estimate(workspaceId, estimateId);
		estimate.checkVersion(form.getVersion());
		describe(workspaceId, estimate, form);
		estimates.flush();
	}

	@Transactional
	void remove(long workspaceId, long estimateId) {
		estimates.delete(estimate(workspaceId, estimateId));
	}

	/** Areas an estimate can be given for, in tree order. */
	List<AreaInfo> areas(long workspaceId) {
		return areas.of(workspaceId);
	}

	private void describe(long workspaceId, SectorEstimate estimate, EstimateForm form) {
		EstimateRules.check(form);
		if (form.getAreaId() != null && areas.of(workspaceId).stream().noneMatch(a -> a.id() == form.getAreaId())) {
			throw new DomainRuleViolation("areaId", "estimate.area.unknown", String.valueOf(form.getAreaId()));
		}
		estimate.describe(form);
	}
}
