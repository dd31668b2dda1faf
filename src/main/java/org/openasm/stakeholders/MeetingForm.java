package org.openasm.stakeholders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A forum meeting as a form or an API body gives it; minutes can be added after it is held. */
public class MeetingForm {

	@NotNull
	private LocalDate heldOn;

	@NotBlank
	@Size(max = 200)
	private String place;

	@Size(max = 4000)
	private String agenda;

	@Size(max = 20000)
	private String minutes;

	private Long version;

	private String token;

	static MeetingForm of(Meeting m) {
		MeetingForm f = new MeetingForm();
		f.heldOn = m.getHeldOn();
		f.place = m.getPlace();
		f.agenda = m.getAgenda();
		f.minutes = m.getMinutes();
		f.version = m.getVersion();
		return f;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getAgenda() {
		return agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	public String getMinutes() {
		return minutes;
	}

	public void setMinutes(String minutes) {
		this.minutes = minutes;
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
