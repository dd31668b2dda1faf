package org.openasm.workspace;

/**
 * Implemented by the module that owns a step, to say how far a workspace has got with it. The
 * workspace module derives the step's status from this alone.
 */
public interface StepReadiness {

	Step step();

	StepAssessment assess(long workspaceId);

	/** The page where the work of this step is done. */
	String workPath(long workspaceId);
}
