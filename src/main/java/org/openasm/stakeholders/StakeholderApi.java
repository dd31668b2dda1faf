package org.openasm.stakeholders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openasm.geo.AreaInfo;
import org.openasm.shared.web.Access;
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
 * Step 1.2's stakeholder map over HTTP: categories, stakeholders and the influence/interest grid.
 * Creates are repeat-safe with an Idempotency-Key; edits carry the version they were made on.
 */
@RestController
@Tag(name = "Stakeholders (1.2)", description = "Stakeholder categories, the stakeholder map and the influence/interest grid")
class StakeholderApi {

	private final StakeholderRegister register;

	StakeholderApi(StakeholderRegister register) {
		this.register = register;
	}

	record CategoryView(long id, StandardCategory code, String label) {
	}

	record StakeholderView(long id, String name, long categoryId, StandardCategory categoryCode, String category, Long areaId,
			String area, String contactPerson, String email, String phone, Integer womenRepresented, Integer menRepresented,
			int influence, int interest, GridQuadrant quadrant, boolean landDispute, boolean waterDispute, boolean resourceDispute,
			boolean securityConcern, String conflictNotes, boolean forumMember, String account, long version) {
	}

	/** A stakeholder as the grid and member lists show it. */
	record StakeholderRef(long id, String name, long categoryId, String category, int influence, int interest) {
	}

	record QuadrantView(GridQuadrant quadrant, List<StakeholderRef> stakeholders) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/stakeholders/categories")
	@Access.Government
	@Operation(summary = "The stakeholder categories: the guidance's (with a code) and the workspace's own, labelled in the caller's language")
	List<CategoryView> categories(@PathVariable long workspaceId, Locale locale) {
		return register.categories(workspaceId).stream().map(c -> category(c, locale)).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/stakeholders/categories")
	@Access.Secretariat
	@Operation(summary = "Add a category of the workspace's own; repeat-safe with an Idempotency-Key header")
	ResponseEntity<CategoryView> addCategory(@PathVariable long workspaceId, @Valid @RequestBody CategoryForm form,
			@Parameter(description = "Same key, same result: a retried call creates nothing new") @RequestHeader(name = "Idempotency-Key", required = false) String key,
			Locale locale) {
		form.setToken(key);
		long id = register.addCategory(workspaceId, form, locale);
		CategoryView view = register.categories(workspaceId)
			.stream()
			.filter(c -> c.getId() == id)
			.map(c -> category(c, locale))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/stakeholders/categories/" + id)).body(view);
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/stakeholders")
	@Access.Government
	@Operation(summary = "The stakeholders by name; q searches name, contact person, email and phone; areaId includes the areas below it")
	List<StakeholderView> list(@PathVariable long workspaceId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long categoryId, @RequestParam(required = false) Long areaId, Locale locale) {
		Map<Long, AreaInfo> areas = areas(workspaceId);
		return StakeholderFilter.apply(register.stakeholders(workspaceId), q, categoryId, areaId, List.copyOf(areas.values()))
			.stream()
			.map(s -> view(s, areas, locale))
			.toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/stakeholders")
	@Access.Secretariat
	@Operation(summary = "Add a stakeholder; repeat-safe with an Idempotency-Key header")
	ResponseEntity<StakeholderView> add(@PathVariable long workspaceId, @Valid @RequestBody StakeholderForm form,
			@Parameter(description = "Same key, same result: a retried call creates nothing new") @RequestHeader(name = "Idempotency-Key", required = false) String key,
			Locale locale) {
		form.setToken(key);
		long id = register.add(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/stakeholders/" + id))
			.body(get(workspaceId, id, locale));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/stakeholders/{stakeholderId}")
	@Access.Government
	@Operation(summary = "One stakeholder")
	StakeholderView get(@PathVariable long workspaceId, @PathVariable long stakeholderId, Locale locale) {
		return view(register.stakeholder(workspaceId, stakeholderId), areas(workspaceId), locale);
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/stakeholders/{stakeholderId}")
	@Access.Secretariat
	@Operation(summary = "Change a stakeholder; send the version you read, a stale one gets 409")
	StakeholderView edit(@PathVariable long workspaceId, @PathVariable long stakeholderId, @Valid @RequestBody StakeholderForm form,
			Locale locale) {
		register.edit(workspaceId, stakeholderId, form);
		return get(workspaceId, stakeholderId, locale);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/stakeholders/{stakeholderId}")
	@Access.Secretariat
	@Operation(summary = "Remove a stakeholder who never attended a meeting nor raised an input")
	ResponseEntity<Void> remove(@PathVariable long workspaceId, @PathVariable long stakeholderId) {
		register.remove(workspaceId, stakeholderId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/stakeholders/grid")
	@Access.Government
	@Operation(summary = "The influence/interest grid: the four quadrants (3 and above is high), each with its stakeholders")
	List<QuadrantView> grid(@PathVariable long workspaceId, Locale locale) {
		Map<GridQuadrant, List<StakeholderRef>> by = register.stakeholders(workspaceId)
			.stream()
			.collect(Collectors.groupingBy(Stakeholder::getQuadrant, Collectors.mapping(s -> ref(s, locale), Collectors.toList())));
		return Arrays.stream(GridQuadrant.values()).map(q -> new QuadrantView(q, by.getOrDefault(q, List.of()))).toList();
	}

	StakeholderRef ref(Stakeholder s, Locale locale) {
		return new StakeholderRef(s.getId(), s.getName(), s.getCategory().getId(), register.label(s.getCategory(), locale),
				s.getInfluence(), s.getInterest());
	}

	private CategoryView category(Category c, Locale locale) {
		return new CategoryView(c.getId(), c.getCode(), register.label(c, locale));
	}

	private StakeholderView view(Stakeholder s, Map<Long, AreaInfo> areas, Locale locale) {
		AreaInfo area = s.getAreaId() == null ? null : areas.get(s.getAreaId());
		return new StakeholderView(s.getId(), s.getName(), s.getCategory().getId(), s.getCategory().getCode(),
				register.label(s.getCategory(), locale), s.getAreaId(), area == null ? null : area.name(), s.getContactPerson(),
				s.getEmail(), s.getPhone(), s.getWomenRepresented(), s.getMenRepresented(), s.getInfluence(), s.getInterest(),
				s.getQuadrant(), s.isLandDispute(), s.isWaterDispute(), s.isResourceDispute(), s.isSecurityConcern(),
				s.getConflictNotes(), s.isForumMember(), s.getAccount(), s.getVersion());
	}

	private Map<Long, AreaInfo> areas(long workspaceId) {
		return register.areas(workspaceId).stream().collect(Collectors.toMap(AreaInfo::id, Function.identity()));
	}
}
