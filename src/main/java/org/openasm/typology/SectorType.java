package org.openasm.typology;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A type of ASM: its name, what it is, and per dimension the values it accepts. A dimension it does
 * not name is “any value”. The accepted values are one line per dimension ({@code deposit=ALLUVIAL|TAILINGS})
 * in a column of their own, so the history shows a change of definition like any other field.
 */
@Entity(name = "SectorType")
@Table(name = "typology_type")
@Audited
class SectorType extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 4000)
	private String description;

	@Column(nullable = false, length = 4000)
	private String accepted;

	protected SectorType() {
	}

	SectorType(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(String name, String description, Map<String, Set<String>> accepted) {
		this.name = name;
		this.description = description == null || description.isBlank() ? null : description.strip();
		this.accepted = Dimensions.encode(accepted);
	}

	/** Per constrained dimension key, the values accepted; a dimension absent accepts any value. */
	public Map<String, Set<String>> getAccepted() {
		return Dimensions.decode(accepted);
	}

	TypeAssignment.TypeRule rule() {
		return new TypeAssignment.TypeRule(getId(), name, getAccepted());
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	@Override
	public String historyLabel() {
		return name;
	}
}
