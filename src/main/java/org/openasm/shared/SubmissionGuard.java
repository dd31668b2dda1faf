package org.openasm.shared;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a create happen once per submission token: a form posted twice, or an API call retried with
 * the same Idempotency-Key, returns the first result instead of creating a second record. The token
 * is claimed in the same transaction as the create, so a failed create releases it.
 */
@Component
public class SubmissionGuard {

	private final JdbcTemplate jdbc;

	public SubmissionGuard(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Runs {@code create} unless this token was already used for this scope; returns the reference of
	 * the record created (now or the first time).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public String once(String token, String scope, Supplier<String> create) {
		if (token == null || token.isBlank()) {
			return create.get();
		}
		String key = scope + ":" + token.strip();
		if (key.length() > 200) {
			throw new DomainRuleViolation("token", "validation.token.tooLong");
		}
		int claimed = jdbc.update("insert into submission_token (token, created_at) values (?, ?) on conflict do nothing", key,
				Timestamp.from(Instant.now()));
		if (claimed == 0) {
			String previous = jdbc.queryForObject("select result_ref from submission_token where token = ?", String.class, key);
			if (previous == null) {
				// Claimed by a create that has not finished: never run it a second time.
				throw new DomainRuleViolation("token", "validation.token.inFlight");
			}
			return previous;
		}
		String result = create.get();
		jdbc.update("update submission_token set result_ref = ? where token = ?", result, key);
		return result;
	}
}
