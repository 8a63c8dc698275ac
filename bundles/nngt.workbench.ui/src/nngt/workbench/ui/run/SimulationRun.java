package nngt.workbench.ui.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.analysis.NetworkAnalysis;
import nngt.model.Network;
import nngt.model.NngtFactory;
import nngt.model.NngtPackage;
import nngt.model.SimulationSettings;
import nngt.model.Unit;
import nngt.model.api.Units;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.SimulationPlanBuilder;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.SimulationCancelledException;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Simulator;
import nngt.sim.api.io.ResultWriters;
import nngt.sim.api.io.ResultsFolder;
import nngt.workbench.ui.WorkbenchIds;

/**
 * One simulation of a workspace model, the way {@code nngt run} does it: load and validate the model, apply
 * the overrides, build the network, refuse it when the simulator lacks a part (before anything runs), simulate
 * with progress and cancellation, and write the results folder atomically ({@code spikes.txt} in NNGT's format,
 * {@code summary.json}, {@code degrees.csv}, {@code traces.csv} when traces were recorded), then refresh it.
 */
public final class SimulationRun {

    /** The folder, inside the model's project, that holds one results folder per network by default. */
    public static final String DEFAULT_RESULTS_FOLDER = "results";

    private static final int TOTAL_TICKS = 1000;
    private static final int LOAD_TICKS = 50;
    private static final int BUILD_TICKS = 200;
    private static final int SIMULATE_TICKS = 650;
    private static final int WRITE_TICKS = 100;

    private SimulationRun() {
    }

    /**
     * Runs the settings to completion.
     *
     * @param settings what to run
     * @param monitor  receives progress; cancelling it stops the run
     * @param cancel   a token that stops the simulation when cancelled from another thread
     * @return the finished run
     * @throws CoreException              when the model has errors, the simulator is not installed or cannot run
     *                                    a part of the model (the status lists every such part; nothing ran), the
     *                                    network cannot be built, or the results cannot be written
     * @throws OperationCanceledException when the run was cancelled; no results folder was written
     */
    public static RunOutcome execute(RunSettings settings, IProgressMonitor monitor, CancellationToken cancel)
            throws CoreException {
        IFile file = settings.model();
        SubMonitor progress = SubMonitor.convert(monitor, "Simulating " + file.getName(), TOTAL_TICKS);
        progress.subTask("Loading " + file.getFullPath());
        Network network = WorkspaceModels.load(file);
        applyOverrides(network, settings);
        Simulator simulator = simulator(settings.simulatorId());
        IContainer destination = destination(file, settings.output(), network.getName());
        progress.worked(LOAD_TICKS);
        checkCancelled(progress, cancel);

        progress.subTask("Building network '" + network.getName() + "'");
        NetworkInstance instance = build(network, settings.threads());
        SimulationPlan request = request(network, instance);
        List<String> unsupported = simulator.capabilities().unsupportedParts(request);
        if (!unsupported.isEmpty()) {
            MultiStatus status = new MultiStatus(WorkbenchIds.PLUGIN_ID, 0, "Simulator '" + simulator.id()
                    + "' cannot run network '" + network.getName() + "'; nothing was run. Unsupported: "
                    + String.join(", ", unsupported) + ".");
            for (String part : unsupported) {
                status.add(Status.error(part));
            }
            throw new CoreException(status);
        }
        progress.worked(BUILD_TICKS);
        checkCancelled(progress, cancel);

        try (ResultsFolder results = ResultsFolder.create(destination.getLocation().toPath(),
                "choose another output folder in the launch configuration")) {
            SimulationResult result = simulate(simulator, request, progress.split(SIMULATE_TICKS), cancel);
            progress.subTask("Writing " + destination.getFullPath());
            RunSummary summary = RunSummary.of(network.getName(), instance.edgeCount(), result);
            write(results, instance, result, summary);
            checkCancelled(progress, cancel);
            results.commit();
            progress.worked(WRITE_TICKS / 2);
            refresh(destination, progress.split(WRITE_TICKS / 2));
            return new RunOutcome(file, destination, result, summary);
        } catch (IOException e) {
            throw new CoreException(Status.error("The results of '" + network.getName() + "' cannot be written to "
                    + destination.getFullPath() + ": " + e.getMessage(), e));
        }
    }

    private static Simulator simulator(String id) throws CoreException {
        try {
            return InstalledSimulators.byId(id);
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
    }

    /**
     * Builds the network with the model's seed.
     *
     * @param network the model
     * @param threads worker threads, or 0 for all cores (the network does not depend on it)
     * @return the concrete network
     * @throws CoreException when a connection rule cannot be realised
     */
    static NetworkInstance build(Network network, int threads) throws CoreException {
        InstantiationOptions options = InstantiationOptions.defaults();
        if (threads > 0) {
            options = options.withThreads(threads);
        }
        try {
            return NetworkInstantiator.instantiate(network, options);
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error("Network '" + network.getName() + "' cannot be built: "
                    + e.getMessage(), e));
        }
    }

    private static SimulationPlan request(Network network, NetworkInstance instance) throws CoreException {
        try {
            return SimulationPlanBuilder.build(network, instance);
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error("Network '" + network.getName() + "' cannot be simulated: "
                    + e.getMessage(), e));
        }
    }

    private static SimulationResult simulate(Simulator simulator, SimulationPlan request, SubMonitor monitor,
            CancellationToken cancel) {
        monitor.setWorkRemaining(TOTAL_TICKS);
        monitor.subTask("Preparing the simulation on " + simulator.id());
        try (PreparedSimulation prepared = simulator.prepare(request)) {
            int[] reported = {0};
            return prepared.run((simulatedMs, totalMs) -> {
                // called on the simulating thread: forward the user's cancel and report whole ticks only
                if (monitor.isCanceled()) {
                    cancel.cancel();
                }
                int ticks = (int) Math.min(TOTAL_TICKS, Math.floor(TOTAL_TICKS * simulatedMs / totalMs));
                if (ticks > reported[0]) {
                    monitor.subTask(String.format(java.util.Locale.ROOT, "Simulated %.0f of %.0f ms on %s",
                            simulatedMs, totalMs, simulator.id()));
                    monitor.worked(ticks - reported[0]);
                    reported[0] = ticks;
                }
            }, cancel);
        } catch (SimulationCancelledException e) {
            throw new OperationCanceledException(e.getMessage());
        }
    }

    private static void write(ResultsFolder results, NetworkInstance instance, SimulationResult result,
            RunSummary summary) throws IOException {
        ResultWriters.writeRunFiles(results, result, instance.spatial() ? instance.x() : null,
                instance.spatial() ? instance.y() : null);
        Files.writeString(results.file("summary.json"), summary.toJson(), StandardCharsets.UTF_8);
        int[] in = NetworkAnalysis.inDegrees(instance);
        int[] out = NetworkAnalysis.outDegrees(instance);
        try (BufferedWriter writer = Files.newBufferedWriter(results.file("degrees.csv"), StandardCharsets.UTF_8)) {
            writer.write("neuron,in_degree,out_degree\n");
            for (int n = 0; n < in.length; n++) {
                writer.write(n + "," + in[n] + "," + out[n] + "\n");
            }
        }
    }

    /**
     * Applies the launch overrides to a freshly loaded model, with the command line's defaults.
     *
     * @param network  the model, changed in place
     * @param settings the overrides
     */
    static void applyOverrides(Network network, RunSettings settings) {
        if (settings.seed() != null) {
            network.setSeed(settings.seed());
        }
        SimulationSettings simulation = network.getSimulation();
        if (simulation == null) {
            simulation = NngtFactory.eINSTANCE.createSimulationSettings();
            simulation.setDuration(Units.quantity(SimulationPlanBuilder.DEFAULT_DURATION_MS, Unit.MILLISECOND));
            network.setSimulation(simulation);
        }
        if (settings.durationMs() != null) {
            simulation.setDuration(Units.quantity(settings.durationMs(), Unit.MILLISECOND));
        }
        if (settings.threads() > 0) {
            simulation.setThreads(settings.threads());
        }
    }

    /**
     * The results folder of a run.
     *
     * @param model       the model file
     * @param output      a folder relative to the model's project, or empty
     * @param networkName the network's name, used when {@code output} is empty
     * @return the folder, which need not exist yet
     * @throws CoreException when {@code output} is absolute, leaves the project or names the project itself
     */
    public static IContainer destination(IFile model, String output, String networkName) throws CoreException {
        String relative = output == null || output.isBlank() ? DEFAULT_RESULTS_FOLDER + "/" + networkName : output;
        IPath path = IPath.fromPortableString(relative);
        if (path.isAbsolute() || path.segmentCount() == 0 || List.of(path.segments()).contains("..")) {
            throw new CoreException(Status.error("Output folder '" + output
                    + "' is not a folder inside the project; give a relative path such as results/"
                    + networkName + "."));
        }
        return model.getProject().getFolder(path);
    }

    private static void refresh(IContainer destination, IProgressMonitor monitor) throws CoreException {
        IResource existing = destination;
        while (existing.getParent() != null && !existing.getParent().exists()) {
            existing = existing.getParent();
        }
        // refreshing from the nearest existing parent makes the new folders and files known to the workspace
        IContainer parent = existing.getParent() != null ? existing.getParent() : destination;
        parent.refreshLocal(IResource.DEPTH_INFINITE, monitor);
    }

    private static void checkCancelled(IProgressMonitor monitor, CancellationToken cancel) {
        if (monitor.isCanceled() || cancel.isCancelled()) {
            throw new OperationCanceledException();
        }
    }
}
