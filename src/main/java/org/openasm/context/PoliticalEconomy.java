package org.openasm.context;

import java.util.Arrays;
import java.util.List;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The political economy of the sector: its actors, each change in one transaction. */
@Service
public class PoliticalEconomy {

	private final PoliticalActorRepository actors;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	PoliticalEconomy(PoliticalActorRepository actors, WorkspaceManagement workspaces, SubmissionGuard guard) {
		this.actors = actors;
		this.workspaces = workspaces;
		this.guard = guard;
	}

	/** How many political-economy actors the workspace has recorded (for step 1.3's readiness). */
	@Transactional(readOnly = true)
	public long actorCount(long workspaceId) {
		return actors.countByWorkspaceId(workspaceId);
	}

	/** The actors, most influential first. */
	@Transactional(readOnly = true)
	List<PoliticalActor> actors(long workspaceId) {
		return actors.findByWorkspaceIdOrderByInfluenceDescNameAsc(workspaceId);
	}

	@Transactional(readOnly = true)
	PoliticalActor actor(long workspaceId, long actorId) {
		return actors.findByIdAndWorkspaceId(actorId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("PoliticalActor", actorId));
	}

	@Transactional
	long add(long workspaceId, PoliticalActorForm form) {
		return Long.parseLong(guard.once(form.getToken(), "context-political-actor:" + workspaceId,
				Arrays.asList(form.getName(), form.getKind(), form.getInfluence(), form.getStance()), () -> {
					workspaces.get(workspaceId);
					PoliticalActor actor = new PoliticalActor(workspaceId);
					describe(workspaceId, actor, form);
					return actors.save(actor).getId().toString();
				}));
	}

	@Transactional
	void edit(long workspaceId, long actorId, PoliticalActorForm form) {
		PoliticalActor actor = actor(workspaceId, actorId);
		actor.checkVersion(form.getVersion());
		describe(workspaceId, actor, form);
		actors.flush();
	}

	@Transactional
	void remove(long workspaceId, long actorId) {
		actors.delete(actor(workspaceId, actorId));
	}

	private void describe(long workspaceId, PoliticalActor actor, PoliticalActorForm form) {
		String name = form.getName().strip();
		boolean taken = actors(workspaceId).stream()
			.anyMatch(a -> !a.getId().equals(actor.getId()) && a.getName().equalsIgnoreCase(name));
		if (taken) {
			throw new DomainRuleViolation("name", "political.name.taken", name);
		}
		actor.describe(form);
	}
}
