package org.openasm.shared;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Base of every domain record: an identity, a version for optimistic locking and who last changed it
 * and when (so a stale edit can say "changed by X at T"). Subclasses add {@code @Audited} so that
 * every change lands in the history; who and when live on the revision, not in each audit row.
 */
@MappedSuperclass
@Audited
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	@Column(nullable = false)
	private long version;

	@CreatedDate
	@NotAudited
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@CreatedBy
	@NotAudited
	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@LastModifiedDate
	@NotAudited
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@LastModifiedBy
	@NotAudited
	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	/**
	 * Refuses an edit made on an older copy of this record, so no one silently overwrites another's
	 * change, and an edit that does not say which copy it was made on.
	 */
	public void checkVersion(Long expectedVersion) {
		if (expectedVersion == null) {
			throw new DomainRuleViolation("version", "version.required");
		}
		if (expectedVersion != version) {
			throw new StaleEditException(updatedBy, updatedAt);
		}
	}
}
