package org.openasm.taskforce;

import jakarta.validation.constraints.NotEmpty;
import java.util.EnumSet;
import java.util.Set;

/** Which kinds of agency must sit on the task force in this workspace. */
public class RequirementsForm {

	@NotEmpty(message = "{requirements.none}")
	private Set<AgencyKind> requiredKinds = EnumSet.noneOf(AgencyKind.class);

	private Long version;

	static RequirementsForm of(TaskForce tf) {
		RequirementsForm form = new RequirementsForm();
		form.requiredKinds = tf.getRequiredKindSet();
		form.version = tf.getVersion();
		return form;
	}

	public Set<AgencyKind> getRequiredKinds() {
		return requiredKinds;
	}

	public void setRequiredKinds(Set<AgencyKind> requiredKinds) {
		this.requiredKinds = requiredKinds == null ? EnumSet.noneOf(AgencyKind.class) : requiredKinds;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
