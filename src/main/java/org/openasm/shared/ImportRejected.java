package org.openasm.shared;

import java.util.List;

/**
 * A file import refused as a whole because some rows are wrong: every wrong row is reported (row
 * number as the user counts it, header being row 1; the column; why), and nothing was saved.
 */
public class ImportRejected extends RuntimeException {

	/** One wrong cell: the row as the user sees it in a spreadsheet, the column header, and why. */
	public record RowError(int row, String column, String messageKey, Object... args) {
	}

	private final List<RowError> errors;

	public ImportRejected(List<RowError> errors) {
		super(errors.size() + " rows refused");
		this.errors = List.copyOf(errors);
	}

	public List<RowError> errors() {
		return errors;
	}

	/** Each wrong cell as the user reads it (“Row 3, gender: …”), in the given language. */
	public List<String> describe(org.springframework.context.MessageSource messages, java.util.Locale locale) {
		return errors.stream()
			.map(e -> messages.getMessage("import.row",
					new Object[] { e.row(), e.column(), messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale) }, locale))
			.toList();
	}
}
