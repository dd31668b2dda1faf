package org.openasm.shared.audit;

import java.util.List;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.web.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The history page of any audited record in a workspace. */
@Controller
class HistoryController {

	private final RecordHistory history;

	HistoryController(RecordHistory history) {
		this.history = history;
	}

	@GetMapping("/workspaces/{workspaceId}/history/{recordType}/{recordId}")
	@Access.Government
	String history(@PathVariable long workspaceId, @PathVariable String recordType, @PathVariable long recordId, Model model) {
		List<HistoryEntry> entries = history.of(workspaceId, recordType, recordId);
		if (entries.isEmpty()) {
			throw new RecordNotFoundException(recordType, recordId);
		}
		model.addAttribute("recordType", recordType);
		model.addAttribute("recordId", recordId);
		List<HistoryEntry> newestFirst = new java.util.ArrayList<>(entries);
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("entries", newestFirst);
		return "shared/history";
	}
}
