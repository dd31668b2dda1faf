package org.openasm.vision;

import java.util.Set;
import org.openasm.context.Commodity;

/**
 * A technique as other modules read it. {@code code} is null for a technique the government added;
 * {@code name} is in the given locale for catalogue entries; {@code commodities} empty means any
 * commodity; {@code grade} null means not graded yet; {@code rationale} is the government's reason for
 * its grade.
 */
public record TechniqueFacts(long id, String code, String name, TechniqueStage stage, Set<Commodity> commodities,
		TechniqueGrade suggestedGrade, TechniqueGrade grade, String rationale, Set<IssueKind> issues) {
}
