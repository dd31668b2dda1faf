package org.openasm.registry;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the operator an application or a transfer is for, as an officer at the counter would: by
 * national ID or registration number (exact), or by name (the matching key contains what was typed).
 * Also gives the names of the operators a page lists, in one query.
 */
@Component
@Transactional(readOnly = true)
class ApplicantLookup {

	static final int LIMIT = 20;

	private final EntityManager em;

	ApplicantLookup(EntityManager em) {
		this.em = em;
	}

	List<Operator> search(long workspaceId, String q) {
		if (q == null || q.isBlank()) {
			return List.of();
		}
		String typed = q.strip();
		String key = "%" + Operator.keyOf(typed) + "%";
		return em.createQuery("select o from Operator o where o.workspaceId = :ws and (o.nationalId = :typed or o.registrationNumber = :typed"
				+ " or o.nameKey like :key) order by o.name, o.id", Operator.class)
			.setParameter("ws", workspaceId)
			.setParameter("typed", typed)
			.setParameter("key", key)
			.setMaxResults(LIMIT)
			.getResultList();
	}

	/** The operator whose national ID or registration number is exactly this. */
	Optional<Operator> byIdentifier(long workspaceId, String identifier) {
		if (identifier == null || identifier.isBlank()) {
			return Optional.empty();
		}
		return em.createQuery("select o from Operator o where o.workspaceId = :ws and (o.nationalId = :id or o.registrationNumber = :id)",
				Operator.class)
			.setParameter("ws", workspaceId)
			.setParameter("id", identifier.strip())
			.setMaxResults(1)
			.getResultStream()
			.findFirst();
	}

	Map<Long, String> names(long workspaceId, Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		em.createQuery("select o.id, o.name from Operator o where o.workspaceId = :ws and o.id in :ids", Object[].class)
			.setParameter("ws", workspaceId)
			.setParameter("ids", ids)
			.getResultList()
			.forEach(r -> names.put((Long) r[0], (String) r[1]));
		return names;
	}
}
