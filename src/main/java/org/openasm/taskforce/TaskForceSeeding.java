package org.openasm.taskforce;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.openasm.workspace.WorkspaceCreated;
import org.openasm.workspace.WorkspaceInfo;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every new workspace gets its task force record and the seven ministries the guidance names, in the
 * workspace's first language. The demo jurisdiction also gets a half-formed task force: a chair and a
 * few members, terms of reference not yet approved, no finance ministry seat and no budget.
 */
@Component
class TaskForceSeeding {

	private final TaskForceRepository taskForces;

	private final AgencyRepository agencies;

	private final MemberRepository members;

	private final WorkspaceManagement workspaces;

	private final MessageSource messages;

	TaskForceSeeding(TaskForceRepository taskForces, AgencyRepository agencies, MemberRepository members,
			WorkspaceManagement workspaces, MessageSource messages) {
		this.taskForces = taskForces;
		this.agencies = agencies;
		this.members = members;
		this.workspaces = workspaces;
		this.messages = messages;
	}

	@EventListener
	void on(WorkspaceCreated event) {
		WorkspaceInfo workspace = workspaces.get(event.workspaceId());
		Locale locale = Locale.forLanguageTag(workspace.languages().isEmpty() ? "en" : workspace.languages().get(0));
		TaskForce taskForce = taskForces.save(new TaskForce(workspace.id(), workspace.currency()));
		Map<AgencyKind, Agency> seeded = new EnumMap<>(AgencyKind.class);
		for (AgencyKind kind : AgencyKind.values()) {
			if (kind != AgencyKind.OTHER) {
				String name = messages.getMessage("agency.seed." + kind, null, locale);
				seeded.put(kind, agencies.save(new Agency(workspace.id(), name, kind)));
			}
		}
		if (event.demo()) {
			demo(taskForce, seeded, locale);
		}
	}

	private void demo(TaskForce taskForce, Map<AgencyKind, Agency> agency, Locale locale) {
		long ws = taskForce.getWorkspaceId();
		member(ws, "Amara Kéïta", agency.get(AgencyKind.MINING), MemberRole.CHAIR, "Director General of Mines", "a.keita@mines.example");
		member(ws, "Ngozi Okafor", agency.get(AgencyKind.MINING), MemberRole.SECRETARIAT, "Head, ASM Unit", "n.okafor@mines.example");
		member(ws, "Jean-Baptiste Mbemba", agency.get(AgencyKind.ENVIRONMENT), MemberRole.MEMBER, "Chief Environmental Inspector", null);
		member(ws, "Fatoumata Diarra", agency.get(AgencyKind.LAND), MemberRole.MEMBER, "Land Registrar", null);
		member(ws, "Łukasz Nowak-Ondo", agency.get(AgencyKind.WATER), MemberRole.MEMBER, "Hydrologist", null);
		taskForce.mandate(messages.getMessage("demo.taskforce.terms", null, locale), null, null);
		taskForce.resources(null, taskForce.getBudgetCurrency(), 3, null, "Hon. Esi Mensah-Bamba", "Minister of Mines");
	}

	private void member(long ws, String name, Agency agency, MemberRole role, String position, String email) {
		TaskForceMember member = new TaskForceMember(ws);
		member.describe(name, agency, role, position, email, null);
		members.save(member);
	}
}
