package org.openasm.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.openasm.shared.AuditedEntity;

/** A person who signs in. The password is stored only as a hash, and never in the history. */
@Entity
@Table(name = "user_account")
@Audited
class UserAccount extends AuditedEntity {

	@Column(nullable = false, unique = true, length = 100)
	private String username;

	@NotAudited
	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Column(name = "display_name", nullable = false, length = 200)
	private String displayName;

	@Column(name = "system_admin", nullable = false)
	private boolean systemAdmin;

	@Column(nullable = false)
	private boolean enabled = true;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String displayName, boolean systemAdmin) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.systemAdmin = systemAdmin;
	}

	public String getUsername() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public boolean isSystemAdmin() {
		return systemAdmin;
	}

	public boolean isEnabled() {
		return enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}
}
