package nngt.workbench.ui.run;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

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

import nngt.model.Network;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.SimulationCancelledException;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Simulator;
import nngt.sim.api.io.ResultsFolder;
import nngt.sim.api.run.PreparedRun;
import nngt.sim.api.run.ResultPlots;
import nngt.sim.api.run.RunListener;
import nngt.sim.api.run.RunRecord;
import nngt.sim.api.run.RunService;
import nngt.sim.api.run.UnsupportedPartsException;
import nngt.sim.api.run.WallTime;
import nngt.workbench.ui.WorkbenchIds;

/**
 * One simulation of a workspace model through the run service that {@code nngt run} uses ({@link RunService}): load
 * and validate the model, then let the service apply the launch configuration's overrides, build the network, refuse
 * it when the simulator lacks a part (before anything runs), simulate with progress and cancellation and write the
 * results folder atomically, the same files as the command line's ({@link nngt.sim.api.run.RunFiles}; the views
 * draw the plots); then refresh the folder.
 */
public final class SimulationRun {

    /** The folder, inside the model's project, that holds one results folder per network by default. */
    public static final String DEFAULT_RESULTS_FOLDER = "results";

    private static final int TOTAL_TICKS = 1000;
    private static final int LOAD_TICKS = 50;
    private static final int BUILD_TICKS = 200;
    private static final int SIMULATE_TICKS = 650;
    private static final int WRITE_TICKS = 100;
    private static final int QUARTERS = 4;

    private SimulationRun() {
    }

    /**
     * Runs the settings to completion.
     *
     * @param settings what to run
     * @param monitor  receives progress; cancelling it stops the run
     * @param cancel   a token that stops the simulation when cancelled from another thread
     * @return the finished run
     * @throws CoreException              when the model has errors, a setting is out of range, the simulator is not
     *                                    installed or cannot run a part of the model (the status lists every such
     *                                    part; nothing ran), the network cannot be built, or the results cannot be
     *                                    written
     * @throws OperationCanceledException when the run was cancelled; no results folder was written
     */
    public static RunOutcome execute(RunSettings settings, IProgressMonitor monitor, CancellationToken cancel)
            throws CoreException {
        return execute(settings, monitor, cancel, RunLog.NONE);
    }

    /**
     * Runs the settings to completion and describes the run, line by line, as {@code nngt run} does.
     *
     * @param settings what to run
     * @param monitor  receives progress; cancelling it stops the run
     * @param cancel   a token that stops the simulation when cancelled from another thread
     * @param log      receives the phases, the progress lines, the summary table and the results folder
     * @return the finished run
     * @throws CoreException              as {@link #execute(RunSettings, IProgressMonitor, CancellationToken)}
     * @throws OperationCanceledException when the run was cancelled; no results folder was written
     */
    public static RunOutcome execute(RunSettings settings, IProgressMonitor monitor, CancellationToken cancel,
            RunLog log) throws CoreException {
        IFile file = settings.model();
        SubMonitor progress = SubMonitor.convert(monitor, "Simulating " + file.getName(), TOTAL_TICKS);
        progress.subTask("Loading " + file.getFullPath());
        log.line("Loading " + file.getFullPath());
        Network network = WorkspaceModels.load(file);
        Simulator simulator = refusalsAsStatus(() -> InstalledSimulators.byId(settings.simulatorId()));
        IContainer destination = destination(file, settings.output(), network.getName());
        progress.worked(LOAD_TICKS);
        checkCancelled(progress, cancel);

        progress.subTask("Building network '" + network.getName() + "'");
        long buildStart = System.nanoTime();
        PreparedRun run = refusalsAsStatus(() -> RunService.prepare(network, settings.overrides(), simulator));
        log.line(String.format(Locale.ROOT, "Building network '%s': %d neurons, %d edges, seed %d (%.2f s)",
                network.getName(), run.instance().neuronCount(), run.instance().edgeCount(), run.instance().seed(),
                (System.nanoTime() - buildStart) / 1e9));
        run.longRunNotice().ifPresent(notice -> {
            progress.setTaskName("Simulating " + file.getName() + ". " + notice);
            log.line(notice);
        });
        progress.worked(BUILD_TICKS);
        checkCancelled(progress, cancel);

        try {
            log.line(String.format(Locale.ROOT, "Simulating %.0f ms on %s ...", run.plan().durationMs(),
                    simulator.id()));
            RunRecord record = run.execute(destination.getLocation().toPath(), ResultsFolder.Foreign.REFUSE,
                    "choose another output folder in the launch configuration", ResultPlots.NONE,
                    new MonitorListener(progress.split(SIMULATE_TICKS), simulator.id(), destination, cancel, log),
                    cancel);
            record.threadsNote().ifPresent(log::line);
            record.warnings().forEach(warning -> log.line("Warning: " + warning));
            record.summary().table().lines().forEach(log::line);
            refresh(destination, progress.split(WRITE_TICKS));
            log.line("Results: " + destination.getFullPath());
            return new RunOutcome(file, destination, record.result(), record.summary());
        } catch (SimulationCancelledException e) {
            throw new OperationCanceledException(e.getMessage());
        } catch (IOException e) {
            throw new CoreException(Status.error("The results of '" + network.getName() + "' cannot be written to "
                    + destination.getFullPath() + ": " + e.getMessage(), e));
        }
    }

    /** Something the run service does that may refuse the model. */
    @FunctionalInterface
    interface ServiceCall<T> {
        /**
         * @return the service's answer
         */
        T call();
    }

    /**
     * Calls the run service (or looks up a simulator) and turns a refusal into a status: one child per unsupported
     * part, or the one-line reason of a setting out of range, a network that cannot be built or a simulator that is
     * not installed.
     *
     * @param call the service call
     * @param <T>  its result
     * @return its result
     * @throws CoreException when the service refused
     */
    static <T> T refusalsAsStatus(ServiceCall<T> call) throws CoreException {
        try {
            return call.call();
        } catch (UnsupportedPartsException e) {
            MultiStatus status = new MultiStatus(WorkbenchIds.PLUGIN_ID, 0, e.getMessage());
            e.parts().forEach(part -> status.add(Status.error(part)));
            throw new CoreException(status);
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
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

    /**
     * Forwards the simulation's progress to a monitor in whole ticks, with the time left, and the monitor's cancel to
     * the simulation; called on the simulating thread.
     */
    static final class MonitorListener implements RunListener {

        private final SubMonitor monitor;
        private final String simulatorId;
        private final IContainer destination;
        private final CancellationToken cancel;
        private final RunLog log;
        private long start = System.nanoTime();
        private int reported;

        /**
         * @param monitor     the simulation's share of the progress
         * @param simulatorId the simulator's id, for the messages
         * @param destination the results folder, named while it is written; null when nothing is written
         * @param cancel      cancelled when the monitor is
         * @param log         receives a line at each quarter of the simulated time and when the simulation ends
         */
        MonitorListener(SubMonitor monitor, String simulatorId, IContainer destination, CancellationToken cancel,
                RunLog log) {
            this.monitor = monitor;
            this.simulatorId = simulatorId;
            this.destination = destination;
            this.cancel = cancel;
            this.log = log;
            monitor.setWorkRemaining(TOTAL_TICKS);
            monitor.subTask("Preparing the simulation on " + simulatorId);
        }

        @Override
        public void progress(double simulatedMs, double totalMs) {
            if (monitor.isCanceled()) {
                cancel.cancel();
            }
            double fraction = totalMs <= 0 ? 1 : Math.min(1, simulatedMs / totalMs);
            int ticks = (int) Math.floor(TOTAL_TICKS * fraction);
            if (ticks < reported) {
                // the next simulator of a comparison has started: its progress starts over
                monitor.setWorkRemaining(TOTAL_TICKS);
                start = System.nanoTime();
                reported = 0;
            }
            if (ticks > reported) {
                double left = WallTime.remainingSeconds((System.nanoTime() - start) / 1e9, fraction);
                monitor.subTask(String.format(Locale.ROOT, "Simulated %.0f of %.0f ms on %s, %s left", simulatedMs,
                        totalMs, simulatorId, WallTime.format(left)));
                monitor.worked(ticks - reported);
                // a line per quarter, as nngt run prints when its output is not a terminal
                int quarter = QUARTERS * ticks / TOTAL_TICKS;
                if (quarter > QUARTERS * reported / TOTAL_TICKS && quarter < QUARTERS) {
                    log.line(String.format(Locale.ROOT, "  %d%%, %.0f of %.0f ms, %s left", 100 * quarter / QUARTERS,
                            simulatedMs, totalMs, WallTime.format(left)));
                }
                reported = ticks;
            }
        }

        @Override
        public void simulated(SimulationResult result) {
            int threads = result.metadata().threads();
            log.line(String.format(Locale.ROOT, "Simulated on %s: %d spikes in %.2f s on %d %s", simulatorId,
                    result.totalSpikes(), result.metadata().runSeconds(), threads, threads == 1 ? "thread" : "threads"));
            if (destination != null) {
                monitor.subTask("Writing " + destination.getFullPath());
            }
        }
    }
}
