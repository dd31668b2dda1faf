package org.openasm.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the test database. {@code openasm.test.db=h2} (default): a fresh H2 file under
 * {@code target/h2}. {@code openasm.test.db=postgres}: the local server's database {@code test}, in a
 * schema of its own that is wiped and migrated at start. When PostgreSQL cannot be reached the
 * PostgreSQL pass is skipped, unless {@code openasm.test.postgres=required} or CI=true: then it fails.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String PG_URL = System.getProperty("openasm.test.pg-url", "jdbc:postgresql://127.0.0.1:5432/test");

	static final String PG_USER = System.getProperty("openasm.test.pg-user", "postgres");

	static final String PG_SCHEMA = System.getProperty("openasm.test.pg-schema", "openasm_test");

	public static boolean postgres() {
		return "postgres".equals(System.getProperty("openasm.test.db", "h2"));
	}

	static boolean postgresRequired() {
		return "required".equals(System.getProperty("openasm.test.postgres")) || "true".equalsIgnoreCase(System.getenv("CI"));
	}

	static boolean postgresReachable() {
		try (Connection ignored = DriverManager.getConnection(PG_URL, PG_USER, "")) {
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = postgres()
				? Map.of("spring.datasource.url", PG_URL + "?currentSchema=" + PG_SCHEMA, "spring.datasource.username", PG_USER,
						"spring.datasource.password", "", "spring.flyway.schemas", PG_SCHEMA, "spring.flyway.clean-disabled", "false")
				: Map.of("spring.datasource.url", "jdbc:h2:file:./target/h2/test-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "spring.datasource.username", "sa",
						"spring.datasource.password", "");
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("openasm-test-database", properties));
	}

	/** On PostgreSQL the schema may hold an earlier run's data: start from nothing. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class CleanMigrate {

		@Bean
		FlywayMigrationStrategy cleanMigrate() {
			return flyway -> {
				if (postgres()) {
					flyway.clean();
				}
				flyway.migrate();
			};
		}
	}

	/** Skips the PostgreSQL pass where no server is reachable, except where it is required. */
	public static class Condition implements ExecutionCondition {

		private static Boolean reachable;

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (!postgres()) {
				return ConditionEvaluationResult.enabled("H2");
			}
			if (reachable == null) {
				reachable = postgresReachable();
			}
			if (reachable || postgresRequired()) {
				// When required but unreachable, the context fails to start and the tests fail: never a silent skip.
				return ConditionEvaluationResult.enabled("PostgreSQL at " + PG_URL);
			}
			return ConditionEvaluationResult.disabled("PostgreSQL is not reachable at " + PG_URL
					+ "; start it or run .ci/run (set -Dopenasm.test.postgres=required to make this fail instead)");
		}
	}
}
