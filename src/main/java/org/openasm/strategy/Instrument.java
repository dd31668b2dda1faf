package org.openasm.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;
import org.openasm.vision.IssueKind;
import org.openasm.vision.TechniqueStage;

/**
 * A programme or measure the government can use on a type of ASM: its mode, the stages of the work it
 * can act on, the kinds of issue it can address, and whether it addresses cross-border trade or
 * security. A catalogue entry carries the code of {@link InstrumentCatalogue} and reads its name and
 * description from the bundles; one the government added has a name and no code.
 */
@Entity(name = "StrategyInstrument")
@Table(name = "strategy_instrument")
@Audited
class Instrument extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(length = 60)
	private String code;

	@Column(length = 200)
	private String name;

	@Column(length = 2000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private InstrumentMode mode;

	@Column(nullable = false, length = 300)
	private String stages = "";

	@Column(name = "issue_kinds", nullable = false, length = 300)
	private String issueKinds = "";

	@Column(nullable = false)
	private boolean transboundary;

	protected Instrument() {
	}

	/** A catalogue entry, as shipped. */
	static Instrument catalogued(long workspaceId, InstrumentCatalogue.Entry entry) {
		Instrument i = new Instrument();
		i.workspaceId = workspaceId;
		i.code = entry.code();
		i.mode = entry.mode();
		i.stages = Columns.enums(entry.stages());
		i.issueKinds = Columns.enums(entry.issues());
		i.transboundary = entry.transboundary();
		return i;
	}

	/** One the government adds: no code. */
	static Instrument own(long workspaceId) {
		Instrument i = new Instrument();
		i.workspaceId = workspaceId;
		return i;
	}

	void describe(String name, String description, InstrumentMode mode, Set<TechniqueStage> stages, Set<IssueKind> issues,
			boolean transboundary) {
		this.name = name.strip();
		this.description = Columns.blankToNull(description);
		this.mode = mode;
		this.stages = Columns.enums(stages);
		this.issueKinds = Columns.enums(issues);
		this.transboundary = transboundary;
	}

	/** An instrument of the reference catalogue (its texts come from the bundles) rather than one the government added. */
	public boolean isCatalogued() {
		return code != null;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return name != null ? name : code;
	}

	public String getCode() {
		return code;
	}

	/** The name the government gave; null for a catalogue entry, whose name is in the bundles. */
	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public InstrumentMode getMode() {
		return mode;
	}

	public Set<TechniqueStage> getStageSet() {
		return Columns.enums(stages, TechniqueStage.class);
	}

	public Set<IssueKind> getIssueSet() {
		return Columns.enums(issueKinds, IssueKind.class);
	}

	public boolean isTransboundary() {
		return transboundary;
	}
}
