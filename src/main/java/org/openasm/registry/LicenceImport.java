package org.openasm.registry;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.ImportRejected.RowError;
import org.springframework.stereotype.Component;

/** Licences from a file (an earlier cadastre's register). Not yet written: every file is refused, saying so. */
@Component
class LicenceImport {

	/** Checks and writes the file in the caller's transaction; returns added, skipped and 0. */
	int[] run(long workspaceId, ImportTable table, Map<String, Integer> mapping, String actor, IntConsumer checking, IntConsumer writing) {
		throw new ImportRejected(List.of(new RowError(1, "file", "registry.import.licences.unavailable")));
	}
}
