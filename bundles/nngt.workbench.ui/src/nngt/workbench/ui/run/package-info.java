/**
 * Running models from the workspace without any user interface, through the run service of {@code nngt.sim.api}:
 * loading {@code .nngt} files ({@link nngt.workbench.ui.run.WorkspaceModels}), finding the installed simulators
 * ({@link nngt.workbench.ui.run.InstalledSimulators}), running a simulation into a results folder
 * ({@link nngt.workbench.ui.run.SimulationRun}), comparing two simulators ({@link nngt.workbench.ui.run.ComparisonRun})
 * and keeping the last run for the views ({@link nngt.workbench.ui.run.LastRun}).
 */
package nngt.workbench.ui.run;
