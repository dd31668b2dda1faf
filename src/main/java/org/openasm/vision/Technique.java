package org.openasm.vision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.openasm.context.Commodity;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A way of mining, processing, selling or running a site. A catalogue entry carries the code of
 * {@link TechniqueCatalogue} and reads its name, description and reason from the bundles; one the
 * government added has a name and no code. The government's grade and its rationale are set together;
 * the suggested grade is the catalogue's starting point.
 */
@Entity(name = "Technique")
@Table(name = "vision_technique")
@Audited
class Technique extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(length = 60)
	private String code;

	@Column(length = 200)
	private String name;

	@Column(length = 2000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private TechniqueStage stage;

	@Column(nullable = false, length = 300)
	private String commodities = "";

	@Column(name = "issue_kinds", nullable = false, length = 300)
	private String issueKinds = "";

	@Enumerated(EnumType.STRING)
	@Column(name = "suggested_grade", length = 20)
	private TechniqueGrade suggestedGrade;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private TechniqueGrade grade;

	@Column(length = 4000)
	private String rationale;

	protected Technique() {
	}

	/** A catalogue entry, as shipped. */
	static Technique catalogued(long workspaceId, TechniqueCatalogue.Entry entry) {
		Technique t = new Technique();
		t.workspaceId = workspaceId;
		t.code = entry.code();
		t.stage = entry.stage();
		t.commodities = Columns.enums(entry.commodities());
		t.issueKinds = Columns.enums(entry.issues());
		t.suggestedGrade = entry.suggested();
		return t;
	}

	/** One the government adds: no code, no suggested grade. */
	static Technique own(long workspaceId) {
		Technique t = new Technique();
		t.workspaceId = workspaceId;
		return t;
	}

	void describe(String name, String description, TechniqueStage stage, Set<Commodity> commodities, Set<IssueKind> issues) {
		this.name = name.strip();
		this.description = Columns.blankToNull(description);
		this.stage = stage;
		this.commodities = Columns.enums(commodities);
		this.issueKinds = Columns.enums(issues);
	}

	void grade(TechniqueGrade grade, String rationale) {
		this.grade = grade;
		this.rationale = grade == null ? Columns.blankToNull(rationale) : rationale.strip();
	}

	/** A technique of the reference catalogue (its texts come from the bundles) rather than one the government added. */
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

	public TechniqueStage getStage() {
		return stage;
	}

	public Set<Commodity> getCommoditySet() {
		return Columns.enums(commodities, Commodity.class);
	}

	public Set<IssueKind> getIssueSet() {
		return Columns.enums(issueKinds, IssueKind.class);
	}

	public TechniqueGrade getSuggestedGrade() {
		return suggestedGrade;
	}

	public TechniqueGrade getGrade() {
		return grade;
	}

	public String getRationale() {
		return rationale;
	}
}
