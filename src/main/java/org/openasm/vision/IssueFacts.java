package org.openasm.vision;

import java.util.Set;

/** A significant issue as other modules read it, with the ids of the mine sites given as its evidence. */
public record IssueFacts(long id, IssueKind kind, String title, Significance significance, Set<Long> evidenceSiteIds) {
}
