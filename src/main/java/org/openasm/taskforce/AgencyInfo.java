package org.openasm.taskforce;

/** What other modules may know of a task-force agency: its id, name and kind ({@link AgencyKind} name). */
public record AgencyInfo(long id, String name, String kind) {
}
