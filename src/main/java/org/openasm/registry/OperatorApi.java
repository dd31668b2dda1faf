package org.openasm.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.openasm.shared.web.Access;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators over HTTP: a paginated search, registration (repeat-safe with Idempotency-Key), edits
 * with the version read, group members, and clearing a possible-duplicate flag. Photos are uploaded
 * through the page only.
 */
@RestController
@Tag(name = "Registry: operators", description = "Individual miners, groups and cooperatives with their members, and companies")
class OperatorApi {

	static final int MAX_PAGE_SIZE = 200;

	private final OperatorRegister register;

	OperatorApi(OperatorRegister register) {
		this.register = register;
	}

	/** One operator with what its page shows besides the facts: phone, the operator its name resembles, the version to send back. */
	record OperatorView(OperatorFacts operator, String phone, Long similarToId, boolean hasPhoto, List<MemberView> members, long version) {
	}

	/** A member of a group and the role held. */
	record MemberView(long id, String name, String nationalId, String role) {
	}


	/** A member to add: an individual's id and the role. */
	record MemberForm(@NotNull Long memberId, String role) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/operators")
	@Access.Government
	@Operation(summary = "Operators by name, 50 a page by default (size at most 200; page counts from 1); q matches a name or an exact national ID or registration number")
	RegisterPage<OperatorFacts> list(@PathVariable long workspaceId, @RequestParam(required = false) String q, @RequestParam(required = false) OperatorKind kind,
			@RequestParam(defaultValue = "false") boolean flagged, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "50") int size) {
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		Page<OperatorFacts> found = register.search(workspaceId, q, kind, flagged ? OperatorReview.FLAGGED : null, Math.max(page, 1) - 1, pageSize);
		return RegisterPage.of(found, f -> f);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/operators")
	@Access.Cadastre
	@Operation(summary = "Register an operator: an individual (national ID, gender, citizenship), a group or cooperative, or a company (registration number); "
			+ "an ID already registered is refused naming its holder; a near-identical name in the same district is saved and flagged; repeat-safe with Idempotency-Key")
	ResponseEntity<OperatorView> add(@PathVariable long workspaceId, @Valid @RequestBody OperatorForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = register.register(workspaceId, form, null);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/operators/" + id)).body(get(workspaceId, id));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/operators/{operatorId}")
	@Access.Government
	@Operation(summary = "One operator, with a group's members")
	OperatorView get(@PathVariable long workspaceId, @PathVariable long operatorId) {
		Operator o = register.operator(workspaceId, operatorId);
		List<MemberView> members = o.getKind() != OperatorKind.GROUP ? List.of()
				: register.membersOf(workspaceId, operatorId)
					.stream()
					.map(m -> new MemberView(m.operator().id(), m.operator().name(), m.operator().nationalId(), m.role()))
					.toList();
		return new OperatorView(o.facts(), o.getPhone(), o.getSimilarToId(), o.getPhotoType() != null, members, o.getVersion());
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/operators/{operatorId}")
	@Access.Cadastre
	@Operation(summary = "Change an operator (not its kind); send the version you read, a stale one gets 409")
	OperatorView edit(@PathVariable long workspaceId, @PathVariable long operatorId, @Valid @RequestBody OperatorForm form) {
		register.edit(workspaceId, operatorId, form, null);
		return get(workspaceId, operatorId);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/operators/{operatorId}/members")
	@Access.Cadastre
	@Operation(summary = "Add an individual to a group or cooperative, with a role")
	OperatorView addMember(@PathVariable long workspaceId, @PathVariable long operatorId, @Valid @RequestBody MemberForm form) {
		register.addMember(workspaceId, operatorId, form.memberId(), form.role());
		return get(workspaceId, operatorId);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/operators/{operatorId}/members/{memberId}")
	@Access.Cadastre
	@Operation(summary = "Remove a member from a group")
	ResponseEntity<Void> removeMember(@PathVariable long workspaceId, @PathVariable long operatorId, @PathVariable long memberId) {
		register.removeMember(workspaceId, operatorId, memberId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/operators/{operatorId}/review")
	@Access.Cadastre
	@Operation(summary = "Clear a possible-duplicate flag: an officer has checked that the two are different operators")
	OperatorView clear(@PathVariable long workspaceId, @PathVariable long operatorId) {
		register.clearReview(workspaceId, operatorId);
		return get(workspaceId, operatorId);
	}
}
