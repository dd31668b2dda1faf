package org.openasm.vision;

/** The kinds of problem a significant issue (or a technique) bears on. */
public enum IssueKind {
	MERCURY, CHILD_LABOUR, LAND_CONFLICT, LOST_REVENUE, DEFORESTATION, WATER_POLLUTION, HEALTH_AND_SAFETY, GENDER_INEQUALITY,
	CONFLICT_FINANCING, OTHER
}
