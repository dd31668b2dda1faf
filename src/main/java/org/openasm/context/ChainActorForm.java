package org.openasm.context;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A supply-chain actor as a form or an API body gives it. */
public class ChainActorForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private ChainActorKind kind;

	private Long areaId;

	@Size(max = 4000)
	private String notes;

	private Long version;

	private String token;

	static ChainActorForm of(ChainActor a) {
		ChainActorForm f = new ChainActorForm();
		f.name = a.getName();
		f.kind = a.getKind();
		f.areaId = a.getAreaId();
		f.notes = a.getNotes();
		f.version = a.getVersion();
		return f;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ChainActorKind getKind() {
		return kind;
	}

	public void setKind(ChainActorKind kind) {
		this.kind = kind;
	}

	public Long getAreaId() {
		return areaId;
	}

	public void setAreaId(Long areaId) {
		this.areaId = areaId;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
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
