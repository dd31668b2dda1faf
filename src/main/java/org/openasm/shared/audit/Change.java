package org.openasm.shared.audit;

/** One field of a record as it was before a revision and after it. */
public record Change(String field, String before, String after) {
}
