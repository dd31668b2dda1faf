package org.openasm.taskforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.WorkspaceRecord;

/**
 * The task force of one workspace: its mandate, its resources, its political sponsor and which
 * agencies must sit on it for step 1.1 to be ready.
 */
@Entity
@Table(name = "taskforce")
@Audited
class TaskForce extends AuditedEntity implements WorkspaceRecord {

	static final Set<AgencyKind> GUIDANCE_MINIMUM = EnumSet.of(AgencyKind.MINING, AgencyKind.LAND, AgencyKind.ENVIRONMENT,
			AgencyKind.FINANCE);

	@Column(name = "workspace_id", nullable = false, unique = true)
	private Long workspaceId;

	@Column(name = "terms_of_reference", length = 20000)
	private String termsOfReference;

	@Column(name = "approval_date")
	private LocalDate approvalDate;

	@Column(name = "approving_authority", length = 200)
	private String approvingAuthority;

	@Column(name = "budget_amount", precision = 18, scale = 2)
	private BigDecimal budgetAmount;

	@Column(name = "budget_currency", length = 3)
	private String budgetCurrency;

	@Column(name = "staff_count")
	private Integer staffCount;

	@Column(name = "resource_notes", length = 4000)
	private String resourceNotes;

	@Column(name = "sponsor_name", length = 200)
	private String sponsorName;

	@Column(name = "sponsor_office", length = 200)
	private String sponsorOffice;

	/** Agency kinds that must be represented, comma-separated. */
	@Column(name = "required_kinds", nullable = false, length = 200)
	private String requiredKinds;

	protected TaskForce() {
	}

	TaskForce(Long workspaceId, String currency) {
		this.workspaceId = workspaceId;
		this.budgetCurrency = currency;
		requireKinds(GUIDANCE_MINIMUM);
	}

	void mandate(String termsOfReference, LocalDate approvalDate, String approvingAuthority) {
		this.termsOfReference = TaskForceMember.blankToNull(termsOfReference);
		this.approvalDate = approvalDate;
		this.approvingAuthority = TaskForceMember.blankToNull(approvingAuthority);
	}

	void resources(BigDecimal budgetAmount, String budgetCurrency, Integer staffCount, String notes, String sponsorName,
			String sponsorOffice) {
		this.budgetAmount = budgetAmount;
		this.budgetCurrency = budgetCurrency == null ? null : budgetCurrency.strip().toUpperCase();
		this.staffCount = staffCount;
		this.resourceNotes = TaskForceMember.blankToNull(notes);
		this.sponsorName = TaskForceMember.blankToNull(sponsorName);
		this.sponsorOffice = TaskForceMember.blankToNull(sponsorOffice);
	}

	void requireKinds(Set<AgencyKind> kinds) {
		this.requiredKinds = kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	public Set<AgencyKind> getRequiredKindSet() {
		Set<AgencyKind> kinds = EnumSet.noneOf(AgencyKind.class);
		Arrays.stream(requiredKinds.split(",")).filter(s -> !s.isBlank()).map(AgencyKind::valueOf).forEach(kinds::add);
		return kinds;
	}

	boolean mandateApproved() {
		return termsOfReference != null && approvalDate != null && approvingAuthority != null;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public String getTermsOfReference() {
		return termsOfReference;
	}

	public LocalDate getApprovalDate() {
		return approvalDate;
	}

	public String getApprovingAuthority() {
		return approvingAuthority;
	}

	public BigDecimal getBudgetAmount() {
		return budgetAmount;
	}

	public String getBudgetCurrency() {
		return budgetCurrency;
	}

	public Integer getStaffCount() {
		return staffCount;
	}

	public String getResourceNotes() {
		return resourceNotes;
	}

	public String getSponsorName() {
		return sponsorName;
	}

	public String getSponsorOffice() {
		return sponsorOffice;
	}
}
