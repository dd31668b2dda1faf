package org.openasm.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The registry's settings and counters for one workspace, one row each. Whether holders' names are
 * public is the workspace's law to decide. The counters number applications, licences and spatial
 * changes; a grant locks this row (see {@link RegistrySettings#lock}) so grants in one workspace happen
 * one after another.
 */
@Entity(name = "RegistrySetting")
@Table(name = "registry_setting")
class RegistrySetting {

	@Id
	@Column(name = "workspace_id")
	private Long workspaceId;

	@Version
	@Column(nullable = false)
	private long version;

	@Column(name = "holder_names_public", nullable = false)
	private boolean holderNamesPublic;

	@Column(name = "spatial_seq", nullable = false)
	private long spatialSeq;

	@Column(name = "application_seq", nullable = false)
	private long applicationSeq;

	@Column(name = "licence_seq", nullable = false)
	private long licenceSeq;

	protected RegistrySetting() {
	}

	RegistrySetting(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	long nextSpatialSeq() {
		return ++spatialSeq;
	}

	long nextApplicationSeq() {
		return ++applicationSeq;
	}

	long nextLicenceSeq() {
		return ++licenceSeq;
	}

	void publishHolderNames(boolean holderNamesPublic) {
		this.holderNamesPublic = holderNamesPublic;
	}

	public Long getWorkspaceId() {
		return workspaceId;
	}

	public boolean isHolderNamesPublic() {
		return holderNamesPublic;
	}

	public long getSpatialSeq() {
		return spatialSeq;
	}
}
