package org.openasm.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/** An organisation that can help design, finance, implement or monitor the ASM strategy. */
@Entity
@Table(name = "partners_partner")
@Audited
class Partner extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "partner_type", nullable = false, length = 30)
	private PartnerType partnerType;

	/**
	 * Where the partner helps, comma-separated in a column of its own (not a collection table) so that
	 * the history shows it like any other field.
	 */
	@Column(name = "help_areas", nullable = false, length = 100)
	private String helpAreas;

	@Column(name = "asm_experience", length = 4000)
	private String asmExperience;

	@Column(name = "contact_person", length = 200)
	private String contactPerson;

	@Column(length = 200)
	private String email;

	@Column(length = 50)
	private String phone;

	@Enumerated(EnumType.STRING)
	@Column(name = "engagement_status", nullable = false, length = 20)
	private EngagementStatus engagementStatus;

	@Column(length = 4000)
	private String notes;

	protected Partner() {
	}

	Partner(Long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(String name, PartnerType type, Set<HelpArea> areas, String asmExperience, String contactPerson, String email,
			String phone, EngagementStatus status, String notes) {
		this.name = name.strip();
		this.partnerType = type;
		this.helpAreas = areas.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		this.asmExperience = blankToNull(asmExperience);
		this.contactPerson = blankToNull(contactPerson);
		this.email = blankToNull(email);
		this.phone = blankToNull(phone);
		this.engagementStatus = status;
		this.notes = blankToNull(notes);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public String getName() {
		return name;
	}

	public PartnerType getPartnerType() {
		return partnerType;
	}

	public Set<HelpArea> getHelpAreaSet() {
		Set<HelpArea> areas = EnumSet.noneOf(HelpArea.class);
		Arrays.stream(helpAreas.split(",")).filter(s -> !s.isBlank()).map(HelpArea::valueOf).forEach(areas::add);
		return areas;
	}

	public String getAsmExperience() {
		return asmExperience;
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

	public EngagementStatus getEngagementStatus() {
		return engagementStatus;
	}

	public String getNotes() {
		return notes;
	}

	@Override
	public String historyLabel() {
		return name;
	}
}
