package org.openasm.stakeholders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An input recorded by the secretariat: raised at a meeting, or in writing when no meeting is given. */
public class InputForm {

	@NotNull
	private Long stakeholderId;

	private Long meetingId;

	@NotNull
	private LocalDate raisedOn;

	@NotBlank
	@Size(max = 200)
	private String topic;

	@NotBlank
	@Size(max = 8000)
	private String body;

	private String token;

	public Long getStakeholderId() {
		return stakeholderId;
	}

	public void setStakeholderId(Long stakeholderId) {
		this.stakeholderId = stakeholderId;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public void setMeetingId(Long meetingId) {
		this.meetingId = meetingId;
	}

	public LocalDate getRaisedOn() {
		return raisedOn;
	}

	public void setRaisedOn(LocalDate raisedOn) {
		this.raisedOn = raisedOn;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
