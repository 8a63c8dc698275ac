package nngt.workbench.ui.run;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import nngt.graph.NetworkInstance;
import nngt.model.Network;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.SimulationPlanBuilder;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.SimulationCancelledException;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Simulator;
import nngt.workbench.ui.WorkbenchIds;

/**
 * The same network run on two simulators, as {@code nngt compare} does: the network is built once with the
 * model's seed, both simulators' capabilities are checked before either runs, then each runs it.
 *
 * @param network the network's name
 * @param first   the figures of the first simulator
 * @param second  the figures of the second simulator
 */
public record SimulatorComparison(String network, RunSummary first, RunSummary second) {

    /**
     * Runs the comparison.
     *
     * @param model    a {@code .nngt} file of the workspace
     * @param firstId  the first simulator's id
     * @param secondId the second simulator's id
     * @param monitor  progress and cancellation
     * @param cancel   stops the running simulation when cancelled
     * @return the figures of both runs
     * @throws CoreException              when the model has errors, a simulator is not installed, or a simulator
     *                                    cannot run a part of the model (the status lists them; nothing ran)
     * @throws OperationCanceledException when cancelled
     */
    public static SimulatorComparison run(IFile model, String firstId, String secondId, IProgressMonitor monitor,
            CancellationToken cancel) throws CoreException {
        if (firstId.equals(secondId)) {
            throw new CoreException(Status.error("Both simulators are '" + firstId + "'; choose two different ones."));
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Comparing " + firstId + " and " + secondId, 3);
        RunSettings settings = new RunSettings(model, firstId, 0, null, null, "");
        Network network = WorkspaceModels.load(model);
        SimulationRun.applyOverrides(network, settings);
        NetworkInstance instance = SimulationRun.build(network, 0);
        progress.worked(1);
        List<Simulator> simulators = new ArrayList<>();
        MultiStatus refusals = new MultiStatus(WorkbenchIds.PLUGIN_ID, 0, "The simulators cannot both run network '"
                + network.getName() + "'; nothing was run.");
        for (String id : List.of(firstId, secondId)) {
            Simulator simulator;
            try {
                simulator = InstalledSimulators.byId(id);
            } catch (IllegalArgumentException e) {
                throw new CoreException(Status.error(e.getMessage(), e));
            }
            for (String part : simulator.capabilities().unsupportedParts(SimulationPlanBuilder.build(network, instance))) {
                refusals.add(Status.error(id + ": " + part));
            }
            simulators.add(simulator);
        }
        if (!refusals.isOK()) {
            throw new CoreException(refusals);
        }
        List<RunSummary> summaries = new ArrayList<>();
        for (Simulator simulator : simulators) {
            progress.subTask("Simulating on " + simulator.id());
            try (PreparedSimulation prepared = simulator.prepare(SimulationPlanBuilder.build(network, instance))) {
                SimulationResult result = prepared.run((simulated, total) -> {
                    if (progress.isCanceled()) {
                        cancel.cancel();
                    }
                }, cancel);
                summaries.add(RunSummary.of(network.getName(), instance.edgeCount(), result));
            } catch (SimulationCancelledException e) {
                throw new OperationCanceledException(e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new CoreException(Status.error(simulator.id() + " refused network '" + network.getName()
                        + "': " + e.getMessage(), e));
            }
            progress.worked(1);
        }
        return new SimulatorComparison(network.getName(), summaries.get(0), summaries.get(1));
    }
}
