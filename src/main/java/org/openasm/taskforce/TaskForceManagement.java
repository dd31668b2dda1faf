package org.openasm.taskforce;

import java.util.Arrays;
import java.util.List;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything that changes the task force, each in one transaction and guarded by its rules. */
@Service
public class TaskForceManagement {

	private final TaskForceRepository taskForces;

	private final AgencyRepository agencies;

	private final MemberRepository members;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	TaskForceManagement(TaskForceRepository taskForces, AgencyRepository agencies, MemberRepository members,
			WorkspaceManagement workspaces, SubmissionGuard guard) {
		this.taskForces = taskForces;
		this.agencies = agencies;
		this.members = members;
		this.workspaces = workspaces;
		this.guard = guard;
	}

	@Transactional(readOnly = true)
	TaskForce taskForce(long workspaceId) {
		return taskForces.findByWorkspaceId(workspaceId).orElseThrow(() -> new RecordNotFoundException("TaskForce", workspaceId));
	}

	@Transactional(readOnly = true)
	List<Agency> agencies(long workspaceId) {
		return agencies.findByWorkspaceIdOrderByName(workspaceId);
	}

	@Transactional(readOnly = true)
	List<TaskForceMember> members(long workspaceId) {
		return members.findByWorkspaceIdOrderByRoleAscFullNameAsc(workspaceId);
	}

	@Transactional(readOnly = true)
	TaskForceMember member(long workspaceId, long memberId) {
		return members.findByIdAndWorkspaceId(memberId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("TaskForceMember", memberId));
	}

	@Transactional
	long addAgency(long workspaceId, AgencyForm form) {
		return Long.parseLong(guard.once(form.getToken(), "agency:" + workspaceId, Arrays.asList(form.getName(), form.getKind()), () -> {
			workspaces.get(workspaceId);
			if (agencies.existsByWorkspaceIdAndNameIgnoreCase(workspaceId, form.getName().strip())) {
				throw new DomainRuleViolation("name", "agency.name.taken", form.getName().strip());
			}
			return agencies.save(new Agency(workspaceId, form.getName(), form.getKind())).getId().toString();
		}));
	}

	/** An agency with members stays: removing it would orphan them. */
	@Transactional
	void removeAgency(long workspaceId, long agencyId) {
		Agency agency = agencies.findByIdAndWorkspaceId(agencyId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("Agency", agencyId));
		if (members.existsByAgency(agency)) {
			throw new DomainRuleViolation("agencyId", "agency.inUse", agency.getName());
		}
		agencies.delete(agency);
	}

	@Transactional
	long addMember(long workspaceId, MemberForm form) {
		return Long.parseLong(guard.once(form.getToken(), "member:" + workspaceId, Arrays.asList(form.getFullName(), form.getAgencyId(),
				form.getRole(), form.getPosition(), form.getEmail(), form.getPhone()), () -> {
			TaskForceMember member = new TaskForceMember(workspaceId);
			describe(workspaceId, member, form);
			return members.save(member).getId().toString();
		}));
	}

	@Transactional
	void editMember(long workspaceId, long memberId, MemberForm form) {
		TaskForceMember member = member(workspaceId, memberId);
		member.checkVersion(form.getVersion());
		describe(workspaceId, member, form);
		members.flush();
	}

	@Transactional
	void removeMember(long workspaceId, long memberId) {
		members.delete(member(workspaceId, memberId));
	}

	@Transactional
	void setMandate(long workspaceId, MandateForm form) {
		TaskForce tf = taskForce(workspaceId);
		tf.checkVersion(form.getVersion());
		tf.mandate(form.getTermsOfReference(), form.getApprovalDate(), form.getApprovingAuthority());
		taskForces.flush();
	}

	@Transactional
	void setResources(long workspaceId, ResourcesForm form) {
		TaskForce tf = taskForce(workspaceId);
		tf.checkVersion(form.getVersion());
		String currency = form.getBudgetCurrency() == null || form.getBudgetCurrency().isBlank()
				? workspaces.get(workspaceId).currency() : form.getBudgetCurrency();
		tf.resources(form.getBudgetAmount(), currency, form.getStaffCount(), form.getResourceNotes(), form.getSponsorName(),
				form.getSponsorOffice());
		taskForces.flush();
	}

	@Transactional
	void setRequirements(long workspaceId, RequirementsForm form) {
		TaskForce tf = taskForce(workspaceId);
		tf.checkVersion(form.getVersion());
		tf.requireKinds(form.getRequiredKinds());
		taskForces.flush();
	}

	private void describe(long workspaceId, TaskForceMember member, MemberForm form) {
		Agency agency = agencies.findByIdAndWorkspaceId(form.getAgencyId(), workspaceId)
			.orElseThrow(() -> new DomainRuleViolation("agencyId", "member.agency.unknown", String.valueOf(form.getAgencyId())));
		String name = form.getFullName().strip();
		for (TaskForceMember other : members(workspaceId)) {
			if (other.getId().equals(member.getId())) {
				continue;
			}
			if (other.getFullName().equalsIgnoreCase(name) && other.getAgency().getId().equals(agency.getId())) {
				throw new DomainRuleViolation("fullName", "member.duplicate", name, agency.getName());
			}
			if (form.getRole() == MemberRole.CHAIR && other.getRole() == MemberRole.CHAIR) {
				throw new DomainRuleViolation("role", "member.chair.taken", other.getFullName());
			}
		}
		member.describe(name, agency, form.getRole(), form.getPosition(), form.getEmail(), form.getPhone());
	}
}
