package org.openasm.registry;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.Locale;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A person, group or company that holds or seeks a licence. An individual is known by a national ID
 * (unique in the workspace), a company by its registration number (unique too); a group has members,
 * who are individuals ({@code registry_operator_member}). {@code nameKey} is the name reduced for
 * matching (see {@link #keyOf}).
 */
@Entity(name = "Operator")
@Table(name = "registry_operator")
@Audited
class Operator extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private OperatorKind kind;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(name = "name_key", nullable = false, length = 300)
	private String nameKey;

	@Column(name = "national_id", length = 60)
	private String nationalId;

	@Column(name = "registration_number", length = 60)
	private String registrationNumber;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private Gender gender;

	@Column(name = "birth_year")
	private Integer birthYear;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Citizenship citizenship;

	@Column(name = "residence_area_id")
	private Long residenceAreaId;

	@Column(length = 60)
	private String phone;

	@NotAudited
	@Column(name = "photo_type", length = 100)
	private String photoType;

	@NotAudited
	@Basic(fetch = FetchType.LAZY)
	@Column(name = "photo")
	private byte[] photo;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private OperatorReview review = OperatorReview.NONE;

	@Column(name = "similar_to_id")
	private Long similarToId;

	@Column(name = "import_key", length = 100)
	private String importKey;

	protected Operator() {
	}

	Operator(long workspaceId, OperatorKind kind) {
		this.workspaceId = workspaceId;
		this.kind = kind;
	}

	/**
	 * The name as matching sees it: accents dropped, lower case, anything but letters and digits turned
	 * into single spaces, so “Aïcha  Traoré-Diallo” and “aicha traore diallo” are the same key.
	 */
	static String keyOf(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	void describe(String name, String nationalId, String registrationNumber, Gender gender, Integer birthYear, Citizenship citizenship,
			Long residenceAreaId, String phone) {
		this.name = name.strip();
		this.nameKey = keyOf(name);
		this.nationalId = blankToNull(nationalId);
		this.registrationNumber = blankToNull(registrationNumber);
		this.gender = gender;
		this.birthYear = birthYear;
		this.citizenship = citizenship;
		this.residenceAreaId = residenceAreaId;
		this.phone = blankToNull(phone);
	}

	void photograph(String type, byte[] bytes) {
		this.photoType = type;
		this.photo = bytes;
	}

	void flagSimilarTo(Long otherId) {
		this.review = otherId == null ? OperatorReview.NONE : OperatorReview.FLAGGED;
		this.similarToId = otherId;
	}

	void clearReview() {
		this.review = OperatorReview.CLEARED;
	}

	void importedAs(String importKey) {
		this.importKey = importKey;
	}

	/** The operator as other modules read it. */
	OperatorFacts facts() {
		return new OperatorFacts(getId(), kind, name, nationalId, registrationNumber, gender, birthYear, citizenship, residenceAreaId, review);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return name;
	}

	public OperatorKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getNameKey() {
		return nameKey;
	}

	public String getNationalId() {
		return nationalId;
	}

	public String getRegistrationNumber() {
		return registrationNumber;
	}

	public Gender getGender() {
		return gender;
	}

	public Integer getBirthYear() {
		return birthYear;
	}

	public Citizenship getCitizenship() {
		return citizenship;
	}

	public Long getResidenceAreaId() {
		return residenceAreaId;
	}

	public String getPhone() {
		return phone;
	}

	public String getPhotoType() {
		return photoType;
	}

	byte[] getPhoto() {
		return photo;
	}

	public OperatorReview getReview() {
		return review;
	}

	public Long getSimilarToId() {
		return similarToId;
	}

	public String getImportKey() {
		return importKey;
	}
}
