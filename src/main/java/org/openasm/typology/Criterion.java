package org.openasm.typology;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A prioritisation criterion with its weight (a positive number; only the ratios between weights
 * matter). The five the guidance names are seeded with a {@code code} and take their name and hint
 * from the message bundle; those users add carry their own name and hint. Every criterion is scored
 * so that 5 favours giving the type priority.
 */
@Entity(name = "PriorityCriterion")
@Table(name = "typology_criterion")
@Audited
class Criterion extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(length = 30)
	private String code;

	@Column(length = 200)
	private String name;

	@Column(length = 1000)
	private String hint;

	@Column(nullable = false, precision = 9, scale = 3)
	private BigDecimal weight;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected Criterion() {
	}

	Criterion(long workspaceId, String code, int sortOrder) {
		this.workspaceId = workspaceId;
		this.code = code;
		this.sortOrder = sortOrder;
	}

	void describe(String name, String hint, BigDecimal weight) {
		if (code == null) {
			this.name = name.strip();
			this.hint = hint == null || hint.isBlank() ? null : hint.strip();
		}
		this.weight = weight;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	/** The code of a criterion the guidance names ({@code SEVERITY} …), or null for one a user added. */
	public String getCode() {
		return code;
	}

	/** The user's name; null for a seeded criterion, whose name is in the bundle. */
	public String getName() {
		return name;
	}

	public String getHint() {
		return hint;
	}

	public BigDecimal getWeight() {
		return weight;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	/** The message key of a seeded criterion's name ({@code typology.criterion.SEVERITY}). */
	public String getNameKey() {
		return code == null ? null : "typology.criterion." + code;
	}

	@Override
	public String historyLabel() {
		return code != null ? code : name;
	}
}
