package org.openasm.shared.audit;

import java.time.Instant;
import java.util.List;

/** One revision of a record: who, when, what kind of change and which fields changed. */
public record HistoryEntry(int revision, Instant at, String by, String action, List<Change> changes) {
}
