package org.openasm.vision;

import java.util.Set;

/** A goal of the vision and the ids of the significant issues it answers. */
public record GoalFacts(long id, String title, Set<Long> issueIds) {
}
