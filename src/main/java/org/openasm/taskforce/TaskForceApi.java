package org.openasm.taskforce;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.openasm.shared.web.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Step 1.1 over HTTP. Edits carry the version they were made on; a stale one gets 409. */
@RestController
@Tag(name = "Task force (1.1)", description = "Agencies, members, mandate, resources and sponsor")
class TaskForceApi {

	private final TaskForceManagement taskForce;

	TaskForceApi(TaskForceManagement taskForce) {
		this.taskForce = taskForce;
	}

	record AgencyView(long id, String name, AgencyKind kind) {
		static AgencyView of(Agency a) {
			return new AgencyView(a.getId(), a.getName(), a.getKind());
		}
	}

	record MemberView(long id, String fullName, long agencyId, String agency, MemberRole role, String position, String email,
			String phone, long version) {
		static MemberView of(TaskForceMember m) {
			return new MemberView(m.getId(), m.getFullName(), m.getAgency().getId(), m.getAgency().getName(), m.getRole(),
					m.getPosition(), m.getEmail(), m.getPhone(), m.getVersion());
		}
	}

	record TaskForceView(String termsOfReference, LocalDate approvalDate, String approvingAuthority, BigDecimal budgetAmount,
			String budgetCurrency, Integer staffCount, String resourceNotes, String sponsorName, String sponsorOffice,
			Set<AgencyKind> requiredKinds, long version, List<MemberView> members, List<AgencyView> agencies) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/taskforce")
	@Access.Government
	@Operation(summary = "The task force: mandate, resources, sponsor, required agencies, members and agencies")
	TaskForceView get(@PathVariable long workspaceId) {
		TaskForce tf = taskForce.taskForce(workspaceId);
		return new TaskForceView(tf.getTermsOfReference(), tf.getApprovalDate(), tf.getApprovingAuthority(), tf.getBudgetAmount(),
				tf.getBudgetCurrency(), tf.getStaffCount(), tf.getResourceNotes(), tf.getSponsorName(), tf.getSponsorOffice(),
				tf.getRequiredKindSet(), tf.getVersion(), taskForce.members(workspaceId).stream().map(MemberView::of).toList(),
				taskForce.agencies(workspaceId).stream().map(AgencyView::of).toList());
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/taskforce/mandate")
	@Access.Secretariat
	@Operation(summary = "Set the mandate: terms of reference, approval date and approving authority")
	TaskForceView mandate(@PathVariable long workspaceId, @Valid @RequestBody MandateForm form) {
		taskForce.setMandate(workspaceId, form);
		return get(workspaceId);
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/taskforce/resources")
	@Access.Secretariat
	@Operation(summary = "Set the budget, staff and political sponsor")
	TaskForceView resources(@PathVariable long workspaceId, @Valid @RequestBody ResourcesForm form) {
		taskForce.setResources(workspaceId, form);
		return get(workspaceId);
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/taskforce/requirements")
	@Access.Secretariat
	@Operation(summary = "Set which kinds of agency must be represented for step 1.1 to be ready")
	TaskForceView requirements(@PathVariable long workspaceId, @Valid @RequestBody RequirementsForm form) {
		taskForce.setRequirements(workspaceId, form);
		return get(workspaceId);
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/taskforce/agencies")
	@Access.Government
	List<AgencyView> agencies(@PathVariable long workspaceId) {
		return taskForce.agencies(workspaceId).stream().map(AgencyView::of).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/taskforce/agencies")
	@Access.Secretariat
	@Operation(summary = "Add an agency; repeat-safe with an Idempotency-Key header")
	ResponseEntity<AgencyView> addAgency(@PathVariable long workspaceId, @Valid @RequestBody AgencyForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = taskForce.addAgency(workspaceId, form);
		AgencyView view = taskForce.agencies(workspaceId).stream().filter(a -> a.getId() == id).map(AgencyView::of).findFirst().orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/taskforce/agencies/" + id)).body(view);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/taskforce/agencies/{agencyId}")
	@Access.Secretariat
	@Operation(summary = "Remove an agency that has no members")
	ResponseEntity<Void> removeAgency(@PathVariable long workspaceId, @PathVariable long agencyId) {
		taskForce.removeAgency(workspaceId, agencyId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/taskforce/members")
	@Access.Government
	List<MemberView> members(@PathVariable long workspaceId) {
		return taskForce.members(workspaceId).stream().map(MemberView::of).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/taskforce/members")
	@Access.Secretariat
	@Operation(summary = "Add a member; repeat-safe with an Idempotency-Key header")
	ResponseEntity<MemberView> addMember(@PathVariable long workspaceId, @Valid @RequestBody MemberForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = taskForce.addMember(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/taskforce/members/" + id))
			.body(MemberView.of(taskForce.member(workspaceId, id)));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/taskforce/members/{memberId}")
	@Access.Government
	MemberView member(@PathVariable long workspaceId, @PathVariable long memberId) {
		return MemberView.of(taskForce.member(workspaceId, memberId));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/taskforce/members/{memberId}")
	@Access.Secretariat
	@Operation(summary = "Change a member; send the version you read")
	MemberView editMember(@PathVariable long workspaceId, @PathVariable long memberId, @Valid @RequestBody MemberForm form) {
		taskForce.editMember(workspaceId, memberId, form);
		return MemberView.of(taskForce.member(workspaceId, memberId));
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/taskforce/members/{memberId}")
	@Access.Secretariat
	ResponseEntity<Void> removeMember(@PathVariable long workspaceId, @PathVariable long memberId) {
		taskForce.removeMember(workspaceId, memberId);
		return ResponseEntity.noContent().build();
	}
}
