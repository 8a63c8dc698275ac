/**
 * Running models from the workspace without any user interface: loading {@code .nngt} files
 * ({@link nngt.workbench.ui.run.WorkspaceModels}), finding the installed simulators
 * ({@link nngt.workbench.ui.run.InstalledSimulators}), running a simulation into an atomically written
 * results folder ({@link nngt.workbench.ui.run.SimulationRun}, {@link nngt.workbench.ui.run.SimulationJob})
 * and keeping the last run for the views ({@link nngt.workbench.ui.run.LastRun}).
 */
package nngt.workbench.ui.run;
