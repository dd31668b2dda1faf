package org.openasm.shared.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.web.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "History", description = "The audit trail of any record")
class HistoryApi {

	private final RecordHistory history;

	HistoryApi(RecordHistory history) {
		this.history = history;
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/history/{recordType}/{recordId}")
	@Access.Government
	@Operation(summary = "Every change to a record, oldest first: who, when, and each field before and after")
	List<HistoryEntry> history(@PathVariable long workspaceId, @PathVariable String recordType, @PathVariable long recordId) {
		List<HistoryEntry> entries = history.of(workspaceId, recordType, recordId);
		if (entries.isEmpty()) {
			throw new RecordNotFoundException(recordType, recordId);
		}
		return entries;
	}
}
