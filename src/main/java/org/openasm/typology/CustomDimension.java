package org.openasm.typology;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A dimension the jurisdiction defines beyond the four the guidance names (for instance the type of
 * financing, or whether a site sits in a protected area): a name and the values it may take, one per
 * line in a column of its own so the history shows them like any other field.
 */
@Entity(name = "TypologyDimension")
@Table(name = "typology_dimension")
@Audited
class CustomDimension extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "allowed_values", nullable = false, length = 4000)
	private String allowedValues;

	protected CustomDimension() {
	}

	CustomDimension(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(String name, List<String> values) {
		this.name = name;
		this.allowedValues = String.join("\n", values);
	}

	/** The key a type's accepted values and a site's value use for this dimension. */
	String key() {
		return Dimensions.customKey(getId());
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public String getName() {
		return name;
	}

	public List<String> getValues() {
		return Arrays.stream(allowedValues.split("\n")).filter(v -> !v.isBlank()).toList();
	}

	@Override
	public String historyLabel() {
		return name;
	}
}
