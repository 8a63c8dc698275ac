/**
 * The one run service under the command line and the workbench ({@link nngt.sim.api.run.RunService}): overrides
 * ({@link nngt.sim.api.run.RunOverrides}), a run into a results folder that holds the same files whoever started it
 * ({@link nngt.sim.api.run.RunFiles}, {@link nngt.sim.api.run.RunSummary}), the wall-time estimate
 * ({@link nngt.sim.api.run.WallTime}) and the comparison verdict of several simulators
 * ({@link nngt.sim.api.run.SimulatorComparison}).
 */
package nngt.sim.api.run;
