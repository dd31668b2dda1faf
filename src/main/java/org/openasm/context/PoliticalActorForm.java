package org.openasm.context;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A political-economy actor as a form or an API body gives it. */
public class PoliticalActorForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private PoliticalKind kind;

	@Size(max = 4000)
	private String interests;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer influence = 3;

	@NotNull
	private PoliticalStance stance = PoliticalStance.NEUTRAL;

	@Size(max = 4000)
	private String riskNotes;

	private Long version;

	private String token;

	static PoliticalActorForm of(PoliticalActor a) {
		PoliticalActorForm f = new PoliticalActorForm();
		f.name = a.getName();
		f.kind = a.getKind();
		f.interests = a.getInterests();
		f.influence = a.getInfluence();
		f.stance = a.getStance();
		f.riskNotes = a.getRiskNotes();
		f.version = a.getVersion();
		return f;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public PoliticalKind getKind() {
		return kind;
	}

	public void setKind(PoliticalKind kind) {
		this.kind = kind;
	}

	public String getInterests() {
		return interests;
	}

	public void setInterests(String interests) {
		this.interests = interests;
	}

	public Integer getInfluence() {
		return influence;
	}

	public void setInfluence(Integer influence) {
		this.influence = influence;
	}

	public PoliticalStance getStance() {
		return stance;
	}

	public void setStance(PoliticalStance stance) {
		this.stance = stance;
	}

	public String getRiskNotes() {
		return riskNotes;
	}

	public void setRiskNotes(String riskNotes) {
		this.riskNotes = riskNotes;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
