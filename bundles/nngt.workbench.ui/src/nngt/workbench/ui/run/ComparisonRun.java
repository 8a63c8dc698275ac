package nngt.workbench.ui.run;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import nngt.model.Network;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.SimulationCancelledException;
import nngt.sim.api.Simulator;
import nngt.sim.api.run.RunOverrides;
import nngt.sim.api.run.RunService;
import nngt.sim.api.run.SimulatorComparison;

/**
 * "Compare Simulators" on a workspace model: the same network on two simulators through the run service, which
 * builds it once, checks both simulators before either runs, and gives the verdict that {@code nngt compare} prints
 * (default tolerances: rates, CVs and, for deterministic inputs, spike times within one step).
 */
public final class ComparisonRun {

    private static final int TICKS_PER_SIMULATOR = 1000;

    private ComparisonRun() {
    }

    /**
     * Runs the comparison.
     *
     * @param model    a {@code .nngt} file of the workspace
     * @param firstId  the reference simulator's id
     * @param secondId the other simulator's id
     * @param monitor  progress and cancellation
     * @param cancel   stops the running simulation when cancelled
     * @return the verdict
     * @throws CoreException              when both ids are the same, the model has errors, a simulator is not
     *                                    installed, or a simulator cannot run a part of the model (the status lists
     *                                    them; nothing ran)
     * @throws OperationCanceledException when cancelled
     */
    public static SimulatorComparison run(IFile model, String firstId, String secondId, IProgressMonitor monitor,
            CancellationToken cancel) throws CoreException {
        if (firstId.equals(secondId)) {
            throw new CoreException(Status.error("Both simulators are '" + firstId + "'; choose two different ones."));
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Comparing " + firstId + " and " + secondId,
                2 * TICKS_PER_SIMULATOR);
        Network network = WorkspaceModels.load(model);
        List<Simulator> simulators = List.of(
                SimulationRun.refusalsAsStatus(() -> InstalledSimulators.byId(firstId)),
                SimulationRun.refusalsAsStatus(() -> InstalledSimulators.byId(secondId)));
        SimulationRun.MonitorListener listener = new SimulationRun.MonitorListener(progress, firstId + " and "
                + secondId, null, cancel, RunLog.NONE);
        try {
            return SimulationRun.refusalsAsStatus(() -> RunService.compare(network, RunOverrides.none(), simulators,
                    SimulatorComparison.Tolerances.defaults(), listener, cancel));
        } catch (SimulationCancelledException e) {
            throw new OperationCanceledException(e.getMessage());
        }
    }
}
