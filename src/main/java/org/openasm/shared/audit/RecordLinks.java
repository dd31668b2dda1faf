package org.openasm.shared.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.envers.Audited;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A link from one record to any other record of the same workspace, by type (the entity name the
 * history pages use, e.g. {@code TaskForceMember}) and id. Modules added later (goals, instruments,
 * plan tasks) can be linked to without the linking module knowing them.
 */
@Component
public class RecordLinks {

	/** A linked record as a reader sees it: its type, id, label and where its history is shown. */
	public record Linked(String type, long id, String label, String historyPath) {
	}

	private final EntityManager em;

	private final Map<String, EntityType<?>> types = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

	public RecordLinks(EntityManager em) {
		this.em = em;
		for (EntityType<?> type : em.getMetamodel().getEntities()) {
			if (type.getJavaType().isAnnotationPresent(Audited.class) && WorkspaceRecord.class.isAssignableFrom(type.getJavaType())) {
				types.put(type.getName(), type);
			}
		}
	}

	/** The record of this type and id if it exists in this workspace; empty for unknown types too. */
	@Transactional(readOnly = true)
	public Optional<Linked> find(long workspaceId, String type, long id) {
		EntityType<?> entityType = type == null ? null : types.get(type.strip());
		if (entityType == null) {
			return Optional.empty();
		}
		Object found = em.find(entityType.getJavaType(), id);
		if (!(found instanceof WorkspaceRecord record) || record.getWorkspaceId() == null || record.getWorkspaceId() != workspaceId) {
			return Optional.empty();
		}
		String label = found instanceof HistoryLabel named ? named.historyLabel() : entityType.getName() + " #" + id;
		return Optional.of(new Linked(entityType.getName(), id, label,
				"/workspaces/" + workspaceId + "/history/" + entityType.getName() + "/" + id));
	}

	/**
	 * Every record of this type in the workspace, oldest first, as a reader sees it: for pickers in forms
	 * and for demo data that links records of other modules. Empty for unknown types.
	 */
	@Transactional(readOnly = true)
	public java.util.List<Linked> all(long workspaceId, String type) {
		EntityType<?> entityType = type == null ? null : types.get(type.strip());
		if (entityType == null) {
			return java.util.List.of();
		}
		return em.createQuery("select e from " + entityType.getName() + " e where e.workspaceId = :workspaceId order by e.id", Object.class)
			.setParameter("workspaceId", workspaceId)
			.getResultList()
			.stream()
			.map(found -> {
				long id = ((org.openasm.shared.AuditedEntity) found).getId();
				String label = found instanceof HistoryLabel named ? named.historyLabel() : entityType.getName() + " #" + id;
				return new Linked(entityType.getName(), id, label, "/workspaces/" + workspaceId + "/history/" + entityType.getName() + "/" + id);
			})
			.toList();
	}

	/** The type names records can be linked by, for forms and the API description. */
	public java.util.Set<String> types() {
		return java.util.Collections.unmodifiableSet(types.keySet());
	}
}
