package org.openasm;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold in every build, and the module diagrams stay current. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(OpenAsmApplication.class);

	@Test
	void noModuleReachesIntoAnotherModulesInternalsAndThereAreNoCycles() {
		modules.verify();
	}

	@Test
	void theModuleDocumentationIsWritten() {
		new Documenter(modules).writeDocumentation();
	}
}
