/**
 * The process spine: workspaces (one jurisdiction's strategy cycle each), the guidance's three phases
 * and eleven steps as reference data, step status derived from the readiness checks each module
 * contributes, and the seven outputs. Other modules plug in through {@link org.openasm.workspace.StepReadiness}
 * and {@link org.openasm.workspace.OutputProvider} and learn of new workspaces from
 * {@link org.openasm.workspace.WorkspaceCreated}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace and process spine")
package org.openasm.workspace;
