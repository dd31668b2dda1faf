package org.openasm.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A persistence or web test against a real database: H2 in the first test pass, PostgreSQL in the
 * second ({@code -Dopenasm.test.db=postgres}, tag {@code database}). Tests create their own workspace,
 * so they share one application context and never depend on each other's records.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("database")
@ExtendWith(TestDatabase.Condition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestDatabase.CleanMigrate.class)
public @interface OpenAsmTest {
}
