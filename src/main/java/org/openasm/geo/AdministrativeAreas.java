package org.openasm.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.SubmissionGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The geo module's façade for administrative areas. */
@Service
public class AdministrativeAreas {

	private final AreaRepository areas;

	private final SubmissionGuard guard;

	AdministrativeAreas(AreaRepository areas, SubmissionGuard guard) {
		this.areas = areas;
		this.guard = guard;
	}

	/** The areas of a workspace as a tree read top-down: each area followed by its children, by name. */
	@Transactional(readOnly = true)
	public List<AreaInfo> of(long workspaceId) {
		Map<Long, List<AreaInfo>> children = new HashMap<>();
		areas.findByWorkspaceIdOrderByPath(workspaceId)
			.stream()
			.map(AdministrativeArea::info)
			.forEach(a -> children.computeIfAbsent(a.parentId(), k -> new ArrayList<>()).add(a));
		children.values().forEach(list -> list.sort(Comparator.comparing(AreaInfo::name, String.CASE_INSENSITIVE_ORDER)));
		List<AreaInfo> ordered = new ArrayList<>();
		appendTree(null, children, ordered);
		return ordered;
	}

	private static void appendTree(Long parentId, Map<Long, List<AreaInfo>> children, List<AreaInfo> into) {
		for (AreaInfo area : children.getOrDefault(parentId, List.of())) {
			into.add(area);
			appendTree(area.id(), children, into);
		}
	}

	@Transactional
	public long add(long workspaceId, AreaForm form) {
		return Long.parseLong(guard.once(form.getToken(), "area:" + workspaceId,
				Arrays.asList(form.getName(), form.getCode(), form.getParentId()), () -> {
			AdministrativeArea parent = form.getParentId() == null ? null
					: areas.findByIdAndWorkspaceId(form.getParentId(), workspaceId)
						.orElseThrow(() -> new DomainRuleViolation("parentId", "area.parent.unknown", form.getParentId()));
			String name = form.getName().strip();
			boolean taken = parent == null ? areas.existsByWorkspaceIdAndParentIdIsNullAndNameIgnoreCase(workspaceId, name)
					: areas.existsByWorkspaceIdAndParentIdAndNameIgnoreCase(workspaceId, parent.getId(), name);
			if (taken) {
				throw new DomainRuleViolation("name", "area.name.taken", name);
			}
			if (form.getCode() != null && !form.getCode().isBlank()
					&& areas.existsByWorkspaceIdAndCodeIgnoreCase(workspaceId, form.getCode().strip())) {
				throw new DomainRuleViolation("code", "area.code.taken", form.getCode().strip());
			}
			AdministrativeArea area = areas.saveAndFlush(new AdministrativeArea(workspaceId, parent, name, form.getCode()));
			area.placeUnder(parent);
			return area.getId().toString();
		}));
	}
}
