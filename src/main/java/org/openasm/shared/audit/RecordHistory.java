package org.openasm.shared.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of any audited record, read back from Envers and turned into "field: before →
 * after" lines. Records are addressed by a type key (the entity name, e.g. {@code TaskForceMember})
 * and id, and only within their own workspace.
 */
@Service
public class RecordHistory {

	private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy",
			"workspaceId");

	private final EntityManager em;

	private final MessageSource messages;

	private final Map<String, EntityType<?>> auditedTypes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

	public RecordHistory(EntityManager em, MessageSource messages) {
		this.em = em;
		this.messages = messages;
		for (EntityType<?> type : em.getMetamodel().getEntities()) {
			if (type.getJavaType().isAnnotationPresent(Audited.class)) {
				auditedTypes.put(type.getName(), type);
			}
		}
	}

	/** The revisions of a record, oldest first; empty if the record never existed in this workspace. */
	@Transactional(readOnly = true)
	public List<HistoryEntry> of(long workspaceId, String recordType, long recordId) {
		EntityType<?> type = auditedTypes.get(recordType);
		if (type == null) {
			return List.of();
		}
		@SuppressWarnings("unchecked")
		List<Object[]> rows = AuditReaderFactory.get(em)
			.createQuery()
			.forRevisionsOfEntity(type.getJavaType(), false, true)
			.add(AuditEntity.id().eq(recordId))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<HistoryEntry> entries = new ArrayList<>();
		Object previous = null;
		for (Object[] row : rows) {
			Object snapshot = row[0];
			// Only records of this workspace: accounts and other cross-workspace records have no history here.
			if (!(snapshot instanceof WorkspaceRecord record) || record.getWorkspaceId() == null
					|| record.getWorkspaceId() != workspaceId) {
				return List.of();
			}
			AuditRevision revision = (AuditRevision) row[1];
			RevisionType action = (RevisionType) row[2];
			entries.add(new HistoryEntry(revision.getRev(), Instant.ofEpochMilli(revision.getTimestamp()), revision.getUsername(),
					action.name(), changes(type, previous, action == RevisionType.DEL ? null : snapshot)));
			previous = action == RevisionType.DEL ? null : snapshot;
		}
		return entries;
	}

	private List<Change> changes(EntityType<?> type, Object before, Object after) {
		List<Change> changes = new ArrayList<>();
		type.getAttributes()
			.stream()
			.filter(a -> !a.isCollection() && !BOOKKEEPING.contains(a.getName()))
			.sorted(Comparator.comparing(Attribute::getName))
			.forEach(attribute -> {
				String old = before == null ? null : text(read(attribute, before));
				String now = after == null ? null : text(read(attribute, after));
				if (!Objects.equals(old, now)) {
					changes.add(new Change(attribute.getName(), old, now));
				}
			});
		return changes;
	}

	private static Object read(Attribute<?, ?> attribute, Object target) {
		Member member = attribute.getJavaMember();
		try {
			if (member instanceof Field field) {
				field.trySetAccessible();
				return field.get(target);
			}
			if (member instanceof Method method) {
				method.trySetAccessible();
				return method.invoke(target);
			}
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
		return null;
	}

	private String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Enum<?> constant) {
			// Shown in the reader's words: MemberRole.CHAIR → memberRole.CHAIR in the bundles.
			String type = constant.getDeclaringClass().getSimpleName();
			String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + constant.name();
			return messages.getMessage(key, null, constant.name(), LocaleContextHolder.getLocale());
		}
		if (value instanceof HistoryLabel labelled) {
			return labelled.historyLabel();
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}
}
