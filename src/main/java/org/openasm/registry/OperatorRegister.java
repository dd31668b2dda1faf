package org.openasm.registry;

import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and edits operators: individuals, groups and cooperatives (with their members) and
 * companies. A national ID or registration number already held by another operator is refused naming
 * it; a name near-identical to another of the same kind in the same district ({@link NearIdenticalName})
 * is saved but flagged for an officer to look at. Registrations are repeat-safe with a token.
 */
@Service
class OperatorRegister {

	private final OperatorRepository operators;

	private final OperatorMemberRepository members;

	private final AdministrativeAreas areas;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	OperatorRegister(OperatorRepository operators, OperatorMemberRepository members, AdministrativeAreas areas, WorkspaceManagement workspaces,
			SubmissionGuard guard) {
		this.operators = operators;
		this.members = members;
		this.areas = areas;
		this.workspaces = workspaces;
		this.guard = guard;
	}

	@Transactional(readOnly = true)
	Operator operator(long workspaceId, long operatorId) {
		return operators.findByIdAndWorkspaceId(operatorId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("Operator", operatorId));
	}

	/** The operator's photo, or null; loaded on its own since the list and the page never need the bytes. */
	@Transactional(readOnly = true)
	byte[] photo(long workspaceId, long operatorId) {
		return operator(workspaceId, operatorId).getPhoto();
	}

	/** A page of operators by name; {@code q} matches a name (its key contains q's key) or an exact national ID or registration number. */
	@Transactional(readOnly = true)
	Page<OperatorFacts> search(long workspaceId, String q, OperatorKind kind, OperatorReview review, int page, int size) {
		String query = q == null || q.isBlank() ? null : q.strip();
		String key = query == null ? null : "%" + Operator.keyOf(query) + "%";
		return operators.search(workspaceId, query, key, kind, review,
				PageRequest.of(Math.max(0, page), size, Sort.by("nameKey").ascending().and(Sort.by("id"))));
	}

	@Transactional
	long register(long workspaceId, OperatorForm form, OperatorPhoto photo) {
		return Long.parseLong(guard.once(form.getToken(), "registry-operator:" + workspaceId,
				Arrays.asList(form.getKind(), form.getName(), form.getNationalId(), form.getRegistrationNumber(), form.getGender(),
						form.getBirthYear(), form.getCitizenship(), form.getResidenceAreaId(), form.getPhone(),
						photo == null ? null : Arrays.hashCode(photo.bytes())),
				() -> {
					workspaces.get(workspaceId);
					Operator operator = new Operator(workspaceId, form.getKind());
					describe(workspaceId, operator, form);
					if (photo != null) {
						operator.photograph(photo.type(), photo.bytes());
					}
					operators.saveAndFlush(operator);
					return operator.getId().toString();
				}));
	}

	@Transactional
	void edit(long workspaceId, long operatorId, OperatorForm form, OperatorPhoto photo) {
		Operator operator = operator(workspaceId, operatorId);
		operator.checkVersion(form.getVersion());
		if (form.getKind() != null && form.getKind() != operator.getKind()) {
			throw new DomainRuleViolation("kind", "registry.operator.kind.fixed");
		}
		form.setKind(operator.getKind());
		describe(workspaceId, operator, form);
		if (photo != null) {
			operator.photograph(photo.type(), photo.bytes());
		}
		operators.flush();
	}

	@Transactional
	void clearReview(long workspaceId, long operatorId) {
		Operator operator = operator(workspaceId, operatorId);
		if (operator.getReview() != OperatorReview.FLAGGED) {
			throw new DomainRuleViolation("review", "registry.operator.review.notFlagged");
		}
		operator.clearReview();
		operators.flush();
	}

	@Transactional
	void addMember(long workspaceId, long groupId, long memberId, String role) {
		Operator group = operator(workspaceId, groupId);
		if (group.getKind() != OperatorKind.GROUP) {
			throw new DomainRuleViolation("memberId", "registry.operator.members.onlyGroups");
		}
		Operator member = operators.findByIdAndWorkspaceId(memberId, workspaceId)
			.orElseThrow(() -> new DomainRuleViolation("memberId", "registry.operator.members.unknown", String.valueOf(memberId)));
		if (member.getKind() != OperatorKind.INDIVIDUAL) {
			throw new DomainRuleViolation("memberId", "registry.operator.members.individuals", member.getName());
		}
		if (members.findByGroupIdAndMemberId(groupId, memberId).isPresent()) {
			throw new DomainRuleViolation("memberId", "registry.operator.members.already", member.getName());
		}
		if (role != null && role.strip().length() > 100) {
			throw new DomainRuleViolation("role", "registry.operator.members.roleTooLong", 100);
		}
		members.saveAndFlush(new OperatorMember(groupId, memberId, role));
	}

	@Transactional
	void removeMember(long workspaceId, long groupId, long memberId) {
		operator(workspaceId, groupId);
		OperatorMember membership = members.findByGroupIdAndMemberId(groupId, memberId)
			.orElseThrow(() -> new RecordNotFoundException("OperatorMember", memberId));
		members.delete(membership);
	}

	/** A group's members with their roles, by order of joining. */
	@Transactional(readOnly = true)
	List<Membership> membersOf(long workspaceId, long groupId) {
		operator(workspaceId, groupId);
		List<OperatorMember> list = members.findByGroupIdOrderByIdAsc(groupId);
		var byId = byId(workspaceId, list.stream().map(OperatorMember::getMemberId).toList());
		return list.stream().map(m -> new Membership(byId.get(m.getMemberId()), m.getRole())).toList();
	}

	/** The groups an individual belongs to, with the role held in each. */
	@Transactional(readOnly = true)
	List<Membership> groupsOf(long workspaceId, long memberId) {
		List<OperatorMember> list = members.findByMemberIdOrderByIdAsc(memberId);
		var byId = byId(workspaceId, list.stream().map(OperatorMember::getGroupId).toList());
		return list.stream().filter(m -> byId.containsKey(m.getGroupId())).map(m -> new Membership(byId.get(m.getGroupId()), m.getRole())).toList();
	}

	/** The other side of a membership (the member of a group, or the group of a member) and the role. */
	record Membership(OperatorFacts operator, String role) {
	}

	private java.util.Map<Long, OperatorFacts> byId(long workspaceId, List<Long> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		return operators.factsOf(workspaceId, ids).stream().collect(java.util.stream.Collectors.toMap(OperatorFacts::id, o -> o));
	}

	private void describe(long workspaceId, Operator operator, OperatorForm form) {
		List<OperatorRules.Problem> problems = OperatorRules.check(form, Year.now().getValue());
		if (!problems.isEmpty()) {
			OperatorRules.Problem first = problems.get(0);
			throw new DomainRuleViolation(first.field(), first.messageKey(), first.args());
		}
		Long areaId = form.getResidenceAreaId();
		if (areaId != null && areas.of(workspaceId).stream().noneMatch(a -> a.id() == areaId)) {
			throw new DomainRuleViolation("residenceAreaId", "registry.operator.area.unknown");
		}
		String nationalId = strip(form.getNationalId());
		if (nationalId != null) {
			Optional<Operator> holder = operators.findByWorkspaceIdAndNationalId(workspaceId, nationalId);
			if (holder.isPresent() && !holder.get().getId().equals(operator.getId())) {
				throw new DomainRuleViolation("nationalId", "registry.operator.nationalId.taken", nationalId, holder.get().getName());
			}
		}
		String registration = strip(form.getRegistrationNumber());
		if (registration != null) {
			Optional<Operator> holder = operators.findByWorkspaceIdAndRegistrationNumber(workspaceId, registration);
			if (holder.isPresent() && !holder.get().getId().equals(operator.getId())) {
				throw new DomainRuleViolation("registrationNumber", "registry.operator.registrationNumber.taken", registration,
						holder.get().getName());
			}
		}
		boolean renamedOrMoved = operator.getId() == null || !Operator.keyOf(form.getName()).equals(operator.getNameKey())
				|| !java.util.Objects.equals(areaId, operator.getResidenceAreaId());
		operator.describe(form.getName(), nationalId, registration, form.getGender(), form.getBirthYear(), form.getCitizenship(), areaId,
				form.getPhone());
		if (renamedOrMoved && operator.getReview() != OperatorReview.CLEARED) {
			operator.flagSimilarTo(similarTo(workspaceId, operator).orElse(null));
		}
	}

	/** The first operator of the same kind and district whose name is near-identical, if any. */
	private Optional<Long> similarTo(long workspaceId, Operator operator) {
		String key = operator.getNameKey();
		return operators.nameKeys(workspaceId, operator.getKind(), operator.getResidenceAreaId())
			.stream()
			.filter(other -> !java.util.Objects.equals(other.id(), operator.getId()))
			.filter(other -> NearIdenticalName.matches(key, other.key()))
			.map(OperatorRepository.NameKey::id)
			.findFirst();
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
