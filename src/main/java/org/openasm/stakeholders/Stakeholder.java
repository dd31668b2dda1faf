package org.openasm.stakeholders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * An organisation or group with a stake in ASM: whom it represents, how much it can sway and cares
 * about the strategy, and whether it is party to a dispute. {@code account} is the sign-in name of the
 * person who speaks for it in the stakeholder portal.
 */
@Entity
@Table(name = "stakeholders_stakeholder")
@Audited
class Stakeholder extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 200)
	private String name;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "category_id", nullable = false)
	private Category category;

	@Column(name = "area_id")
	private Long areaId;

	@Column(name = "contact_person", length = 200)
	private String contactPerson;

	@Column(length = 200)
	private String email;

	@Column(length = 50)
	private String phone;

	@Column(name = "women_represented")
	private Integer womenRepresented;

	@Column(name = "men_represented")
	private Integer menRepresented;

	@Column(nullable = false)
	private int influence;

	@Column(nullable = false)
	private int interest;

	@Column(name = "land_dispute", nullable = false)
	private boolean landDispute;

	@Column(name = "water_dispute", nullable = false)
	private boolean waterDispute;

	@Column(name = "resource_dispute", nullable = false)
	private boolean resourceDispute;

	@Column(name = "security_concern", nullable = false)
	private boolean securityConcern;

	@Column(name = "conflict_notes", length = 4000)
	private String conflictNotes;

	@Column(name = "forum_member", nullable = false)
	private boolean forumMember;

	@Column(length = 100)
	private String account;

	protected Stakeholder() {
	}

	Stakeholder(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(StakeholderForm f, Category category) {
		this.name = f.getName().strip();
		this.category = category;
		this.areaId = f.getAreaId();
		this.contactPerson = blankToNull(f.getContactPerson());
		this.email = blankToNull(f.getEmail());
		this.phone = blankToNull(f.getPhone());
		this.womenRepresented = f.getWomenRepresented();
		this.menRepresented = f.getMenRepresented();
		this.influence = f.getInfluence();
		this.interest = f.getInterest();
		this.landDispute = f.isLandDispute();
		this.waterDispute = f.isWaterDispute();
		this.resourceDispute = f.isResourceDispute();
		this.securityConcern = f.isSecurityConcern();
		this.conflictNotes = blankToNull(f.getConflictNotes());
		this.forumMember = f.isForumMember();
		this.account = blankToNull(f.getAccount());
	}

	/** Links the portal account that speaks for this stakeholder (demo data, where no one signs in to check it). */
	void assignAccount(String username) {
		this.account = username;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Party to a land, water or resource dispute. */
	public boolean isDisputeParty() {
		return landDispute || waterDispute || resourceDispute;
	}

	public boolean isConflictFlagged() {
		return isDisputeParty() || securityConcern;
	}

	public GridQuadrant getQuadrant() {
		return GridQuadrant.of(influence, interest);
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return name;
	}

	public String getName() {
		return name;
	}

	public Category getCategory() {
		return category;
	}

	public Long getAreaId() {
		return areaId;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public Integer getWomenRepresented() {
		return womenRepresented;
	}

	public Integer getMenRepresented() {
		return menRepresented;
	}

	public int getInfluence() {
		return influence;
	}

	public int getInterest() {
		return interest;
	}

	public boolean isLandDispute() {
		return landDispute;
	}

	public boolean isWaterDispute() {
		return waterDispute;
	}

	public boolean isResourceDispute() {
		return resourceDispute;
	}

	public boolean isSecurityConcern() {
		return securityConcern;
	}

	public String getConflictNotes() {
		return conflictNotes;
	}

	public boolean isForumMember() {
		return forumMember;
	}

	public String getAccount() {
		return account;
	}
}
