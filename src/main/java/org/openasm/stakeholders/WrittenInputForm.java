package org.openasm.stakeholders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A written input a stakeholder user submits through the portal. */
public class WrittenInputForm {

	@NotBlank
	@Size(max = 200)
	private String topic;

	@NotBlank
	@Size(max = 8000)
	private String body;

	private String token;

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
