package org.openasm.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
	 * the record created (now or the first time). {@code content} is what the request asks for (the
	 * fields that make the record, never a password): the same token with other content is refused,
	 * since a retry that says something else is not a retry.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public String once(String token, String scope, List<?> content, Supplier<String> create) {
		if (token == null || token.isBlank()) {
			return create.get();
		}
		String key = scope + ":" + token.strip();
		if (key.length() > 200) {
			throw new DomainRuleViolation("token", "validation.token.tooLong");
		}
		String fingerprint = fingerprint(content);
		int claimed = jdbc.update(
				"insert into submission_token (token, fingerprint, created_at) values (?, ?, ?) on conflict do nothing", key,
				fingerprint, Timestamp.from(Instant.now()));
		if (claimed == 0) {
			Map<String, Object> first = jdbc.queryForMap("select result_ref, fingerprint from submission_token where token = ?", key);
			if (!fingerprint.equals(first.get("fingerprint"))) {
				throw new DomainRuleViolation("token", "validation.token.reused");
			}
			String previous = (String) first.get("result_ref");
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

	private static String fingerprint(List<?> content) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (Object part : content) {
				sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
