package nngt.workbench.ui.run;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;

import nngt.sim.api.SimulationResult;
import nngt.sim.api.run.RunSummary;

/**
 * A finished run as the views show it.
 *
 * @param model   the model file that was run
 * @param folder  the results folder in the workspace
 * @param result  the spikes and metadata
 * @param summary the per-group figures written to {@code summary.json}
 */
public record RunOutcome(IFile model, IContainer folder, SimulationResult result, RunSummary summary) {
}
