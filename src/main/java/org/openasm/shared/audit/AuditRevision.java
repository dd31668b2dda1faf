package org.openasm.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One change set in the audit trail: who made it and when. An identity column works on both H2 and
 * PostgreSQL, which Envers' default revision entity does not.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Integer rev;

	@RevisionTimestamp
	@Column(name = "revtstmp", nullable = false)
	private long timestamp;

	@Column(nullable = false)
	private String username;

	public Integer getRev() {
		return rev;
	}

	public long getTimestamp() {
		return timestamp;
	}

	public String getUsername() {
		return username;
	}

	void setUsername(String username) {
		this.username = username;
	}
}
