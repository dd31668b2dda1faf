package org.openasm.context;

import java.util.Arrays;
import java.util.List;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supply chain map's records: actors and the flows between them, each change in one transaction
 * under its rules. A flow joins two different actors of the workspace; a flow into a neighbouring
 * country crosses a border; an actor with flows stays.
 */
@Service
public class ChainRegister {

	private final ChainActorRepository actors;

	private final ChainFlowRepository flows;

	private final AdministrativeAreas areas;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	ChainRegister(ChainActorRepository actors, ChainFlowRepository flows, AdministrativeAreas areas, WorkspaceManagement workspaces,
			SubmissionGuard guard) {
		this.actors = actors;
		this.flows = flows;
		this.areas = areas;
		this.workspaces = workspaces;
		this.guard = guard;
	}

	@Transactional(readOnly = true)
	List<ChainActor> actors(long workspaceId) {
		return actors.findByWorkspaceIdOrderByName(workspaceId);
	}

	@Transactional(readOnly = true)
	ChainActor actor(long workspaceId, long actorId) {
		return actors.findByIdAndWorkspaceId(actorId, workspaceId).orElseThrow(() -> new RecordNotFoundException("ChainActor", actorId));
	}

	@Transactional(readOnly = true)
	List<ChainFlow> flows(long workspaceId) {
		return flows.findByWorkspaceIdOrderById(workspaceId);
	}

	@Transactional(readOnly = true)
	java.util.Set<Commodity> commoditiesWithFlows(long workspaceId) {
		java.util.Set<Commodity> commodities = java.util.EnumSet.noneOf(Commodity.class);
		commodities.addAll(flows.commoditiesWithFlows(workspaceId));
		return commodities;
	}

	/**
	 * The commodities with at least one supply-chain flow recorded as crossing a border (e.g. gold sold
	 * to a neighbouring country's market), without loading the flows.
	 */
	@Transactional(readOnly = true)
	public java.util.Set<Commodity> crossBorderCommodities(long workspaceId) {
		java.util.Set<Commodity> commodities = java.util.EnumSet.noneOf(Commodity.class);
		commodities.addAll(flows.commoditiesCrossingBorders(workspaceId));
		return commodities;
	}

	@Transactional(readOnly = true)
	ChainFlow flow(long workspaceId, long flowId) {
		return flows.findByIdAndWorkspaceId(flowId, workspaceId).orElseThrow(() -> new RecordNotFoundException("ChainFlow", flowId));
	}

	/** Areas an actor can be placed in, in tree order. */
	List<AreaInfo> areas(long workspaceId) {
		return areas.of(workspaceId);
	}

	@Transactional
	long addActor(long workspaceId, ChainActorForm form) {
		return Long.parseLong(guard.once(form.getToken(), "chain-actor:" + workspaceId,
				Arrays.asList(form.getName(), form.getKind(), form.getAreaId(), form.getNotes()), () -> {
					workspaces.get(workspaceId);
					ChainActor actor = new ChainActor(workspaceId);
					describe(workspaceId, actor, form);
					return actors.save(actor).getId().toString();
				}));
	}

	@Transactional
	void editActor(long workspaceId, long actorId, ChainActorForm form) {
		ChainActor actor = actor(workspaceId, actorId);
		actor.checkVersion(form.getVersion());
		if (form.getKind() == ChainActorKind.NEIGHBOURING_COUNTRIES) {
			// Becoming a neighbouring country makes every flow into it a border crossing: refuse while one is not.
			long domestic = flows(workspaceId).stream()
				.filter(f -> f.getToActor().getId().equals(actor.getId()) && !f.isCrossBorder())
				.count();
			if (domestic > 0) {
				throw new DomainRuleViolation("kind", "chain.actor.kind.domesticInflows", actor.getName(), domestic);
			}
		}
		describe(workspaceId, actor, form);
		actors.flush();
	}

	/** An actor that sends or receives flows stays: removing it would leave the flows without an end. */
	@Transactional
	void removeActor(long workspaceId, long actorId) {
		ChainActor actor = actor(workspaceId, actorId);
		long used = flows(workspaceId).stream()
			.filter(f -> f.getFromActor().getId().equals(actor.getId()) || f.getToActor().getId().equals(actor.getId()))
			.count();
		if (used > 0) {
			throw new DomainRuleViolation("actorId", "chain.actor.inUse", actor.getName(), used);
		}
		actors.delete(actor);
	}

	@Transactional
	long addFlow(long workspaceId, ChainFlowForm form) {
		return Long.parseLong(guard.once(form.getToken(), "chain-flow:" + workspaceId,
				Arrays.asList(form.getFromActorId(), form.getToActorId(), form.getCommodity(), form.getVolumePerYear(), form.getUnit(),
						form.getValuePerYear(), form.isFormal(), form.isCrossBorder(), form.getSource(), form.getNotes()),
				() -> {
					workspaces.get(workspaceId);
					ChainFlow flow = new ChainFlow(workspaceId);
					describe(workspaceId, flow, form);
					return flows.save(flow).getId().toString();
				}));
	}

	@Transactional
	void editFlow(long workspaceId, long flowId, ChainFlowForm form) {
		ChainFlow flow = flow(workspaceId, flowId);
		flow.checkVersion(form.getVersion());
		describe(workspaceId, flow, form);
		flows.flush();
	}

	@Transactional
	void removeFlow(long workspaceId, long flowId) {
		flows.delete(flow(workspaceId, flowId));
	}

	private void describe(long workspaceId, ChainActor actor, ChainActorForm form) {
		if (form.getAreaId() != null && areas.of(workspaceId).stream().noneMatch(a -> a.id() == form.getAreaId())) {
			throw new DomainRuleViolation("areaId", "chain.actor.area.unknown", String.valueOf(form.getAreaId()));
		}
		String name = form.getName().strip();
		boolean taken = actors(workspaceId).stream()
			.anyMatch(other -> !other.getId().equals(actor.getId()) && other.getName().equalsIgnoreCase(name));
		if (taken) {
			throw new DomainRuleViolation("name", "chain.actor.name.taken", name);
		}
		actor.describe(form);
	}

	private void describe(long workspaceId, ChainFlow flow, ChainFlowForm form) {
		ChainActor from = actors.findByIdAndWorkspaceId(form.getFromActorId(), workspaceId)
			.orElseThrow(() -> new DomainRuleViolation("fromActorId", "flow.actor.unknown", String.valueOf(form.getFromActorId())));
		ChainActor to = actors.findByIdAndWorkspaceId(form.getToActorId(), workspaceId)
			.orElseThrow(() -> new DomainRuleViolation("toActorId", "flow.actor.unknown", String.valueOf(form.getToActorId())));
		if (from.getId().equals(to.getId())) {
			throw new DomainRuleViolation("toActorId", "flow.sameActor", from.getName());
		}
		if (form.getVolumePerYear() == null || form.getVolumePerYear().signum() < 0) {
			throw new DomainRuleViolation("volumePerYear", "flow.volume.negative");
		}
		if (form.getValuePerYear() != null && form.getValuePerYear().signum() < 0) {
			throw new DomainRuleViolation("valuePerYear", "flow.value.negative");
		}
		if (form.getUnit() == null || form.getUnit().isBlank()) {
			throw new DomainRuleViolation("unit", "flow.unit.required");
		}
		boolean twice = flows(workspaceId).stream()
			.anyMatch(other -> !other.getId().equals(flow.getId()) && other.getFromActor().getId().equals(from.getId())
					&& other.getToActor().getId().equals(to.getId()) && other.getCommodity() == form.getCommodity()
					&& other.getUnit().equalsIgnoreCase(form.getUnit().strip()) && other.isFormal() == form.isFormal()
					&& other.isCrossBorder() == form.isCrossBorder());
		if (twice) {
			// The mass balance would count the same flow twice: change the one recorded instead.
			throw new DomainRuleViolation("toActorId", "flow.duplicate", from.getName(), to.getName());
		}
		if (to.getKind() == ChainActorKind.NEIGHBOURING_COUNTRIES && !form.isCrossBorder()) {
			throw new DomainRuleViolation("crossBorder", "flow.crossBorder.required", to.getName());
		}
		flow.describe(form, from, to);
	}
}
