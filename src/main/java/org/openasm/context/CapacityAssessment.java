package org.openasm.context;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.taskforce.Agencies;
import org.openasm.taskforce.AgencyInfo;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capacity assessment: the functions government performs to manage ASM and, for each task-force
 * agency and function, the existing and needed level. Each change is one transaction.
 */
@Service
public class CapacityAssessment {

	private final CapacityFunctionRepository functions;

	private final CapacityRatingRepository ratings;

	private final Agencies agencies;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	CapacityAssessment(CapacityFunctionRepository functions, CapacityRatingRepository ratings, Agencies agencies,
			WorkspaceManagement workspaces, SubmissionGuard guard) {
		this.functions = functions;
		this.ratings = ratings;
		this.agencies = agencies;
		this.workspaces = workspaces;
		this.guard = guard;
	}

	/** The task force's agencies that have no rating at all in the capacity grid (for step 1.3's readiness). */
	@Transactional(readOnly = true)
	public List<AgencyInfo> unassessedAgencies(long workspaceId) {
		Set<Long> rated = ratings.findByWorkspaceId(workspaceId).stream().map(CapacityRating::getAgencyId).collect(Collectors.toSet());
		return agencies.of(workspaceId).stream().filter(a -> !rated.contains(a.id())).toList();
	}

	@Transactional(readOnly = true)
	List<AgencyInfo> agencies(long workspaceId) {
		return agencies.of(workspaceId);
	}

	@Transactional(readOnly = true)
	List<CapacityFunction> functions(long workspaceId) {
		return functions.findByWorkspaceIdOrderById(workspaceId);
	}

	@Transactional(readOnly = true)
	CapacityFunction function(long workspaceId, long functionId) {
		return functions.findByIdAndWorkspaceId(functionId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("CapacityFunction", functionId));
	}

	@Transactional(readOnly = true)
	List<CapacityRating> ratings(long workspaceId) {
		return ratings.findByWorkspaceId(workspaceId);
	}

	@Transactional(readOnly = true)
	Optional<CapacityRating> rating(long workspaceId, long agencyId, long functionId) {
		return ratings.findByWorkspaceIdAndAgencyIdAndFunction(workspaceId, agencyId, function(workspaceId, functionId));
	}

	/** Every gap of the grid, largest first (see {@link CapacityGaps}). */
	@Transactional(readOnly = true)
	List<CapacityGaps.Rated> gaps(long workspaceId) {
		Map<Long, String> names = agencies.of(workspaceId).stream().collect(Collectors.toMap(AgencyInfo::id, AgencyInfo::name));
		return CapacityGaps.ranked(ratings(workspaceId).stream()
			.filter(r -> names.containsKey(r.getAgencyId()))
			.map(r -> new CapacityGaps.Rated(r.getAgencyId(), names.get(r.getAgencyId()), r.getFunction().getId(),
					r.getFunction().getName(), r.getExistingLevel(), r.getNeededLevel()))
			.toList());
	}

	@Transactional
	long addFunction(long workspaceId, CapacityFunctionForm form) {
		return Long.parseLong(guard.once(form.getToken(), "context-capacity-function:" + workspaceId, List.of(form.getName()), () -> {
			workspaces.get(workspaceId);
			checkName(workspaceId, null, form.getName());
			return functions.save(new CapacityFunction(workspaceId, form.getName())).getId().toString();
		}));
	}

	/** Seeds a function without a token (new workspaces, demo data). */
	@Transactional
	CapacityFunction seedFunction(long workspaceId, String name) {
		return functions.save(new CapacityFunction(workspaceId, name));
	}

	@Transactional
	void renameFunction(long workspaceId, long functionId, CapacityFunctionForm form) {
		CapacityFunction function = function(workspaceId, functionId);
		function.checkVersion(form.getVersion());
		checkName(workspaceId, functionId, form.getName());
		function.rename(form.getName());
		functions.flush();
	}

	/** A function already rated stays: removing it would erase part of the assessment. */
	@Transactional
	void removeFunction(long workspaceId, long functionId) {
		CapacityFunction function = function(workspaceId, functionId);
		if (ratings.existsByFunction(function)) {
			throw new DomainRuleViolation("functionId", "capacity.function.inUse", function.getName());
		}
		functions.delete(function);
	}

	/**
	 * Rates one cell of the grid: creates the rating the first time (repeat-safe with the token), then
	 * changes it on the version it was read at.
	 */
	@Transactional
	long rate(long workspaceId, long agencyId, long functionId, CapacityRatingForm form) {
		return Long.parseLong(guard.once(form.getToken(), "context-capacity-rating:" + workspaceId,
				Arrays.asList(agencyId, functionId, form.getExistingLevel(), form.getNeededLevel(), form.getNotes()), () -> {
					if (agencies.of(workspaceId).stream().noneMatch(a -> a.id() == agencyId)) {
						throw new DomainRuleViolation("agencyId", "capacity.agency.unknown", String.valueOf(agencyId));
					}
					CapacityFunction function = functions.findByIdAndWorkspaceId(functionId, workspaceId)
						.orElseThrow(() -> new DomainRuleViolation("functionId", "capacity.function.unknown", String.valueOf(functionId)));
					Optional<CapacityRating> existing = ratings.findByWorkspaceIdAndAgencyIdAndFunction(workspaceId, agencyId, function);
					CapacityRating rating;
					if (existing.isPresent()) {
						rating = existing.get();
						rating.checkVersion(form.getVersion());
					}
					else {
						rating = new CapacityRating(workspaceId, agencyId, function);
					}
					rating.rate(form.getExistingLevel(), form.getNeededLevel(), form.getNotes());
					CapacityRating saved = ratings.saveAndFlush(rating);
					return saved.getId().toString();
				}));
	}

	private void checkName(long workspaceId, Long functionId, String name) {
		String wanted = name.strip();
		boolean taken = functions(workspaceId).stream()
			.anyMatch(f -> !f.getId().equals(functionId) && f.getName().equalsIgnoreCase(wanted));
		if (taken) {
			throw new DomainRuleViolation("name", "capacity.function.name.taken", wanted);
		}
	}

	static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity()));
	}
}
