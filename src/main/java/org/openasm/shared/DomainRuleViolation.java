package org.openasm.shared;

/**
 * A request was well-formed but a domain rule refuses it (a duplicate, a record still in use). The
 * field, if any, names what the user should change; the message key and arguments explain why.
 */
public class DomainRuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] args;

	public DomainRuleViolation(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args;
	}
}
