package nngt.sim.api.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import nngt.graph.NetworkInstance;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Simulator;
import nngt.sim.api.io.ResultsFolder;

/**
 * A run whose network and plan are built and checked against its simulator ({@link RunService#prepare}), ready to
 * simulate into a results folder.
 */
public final class PreparedRun {

    private final String network;
    private final RunService.Built built;
    private final Simulator simulator;

    PreparedRun(String network, RunService.Built built, Simulator simulator) {
        this.network = network;
        this.built = built;
        this.simulator = simulator;
    }

    /**
     * @return the network's name
     */
    public String network() {
        return network;
    }

    /**
     * The concrete network with its edge columns, instantiated again on each call (the plan's edges are drawn
     * when read, not kept): for analysis that needs the instance, at the instance's memory cost.
     *
     * @return the concrete network, the one the plan describes
     */
    public NetworkInstance instance() {
        return built.instance();
    }

    /**
     * @return the number of neurons
     */
    public int neuronCount() {
        return plan().neuronCount();
    }

    /**
     * @return the number of edges, without drawing them
     */
    public long edgeCount() {
        return plan().edgeCount();
    }

    /**
     * @return the seed the network was drawn with
     */
    public long seed() {
        return plan().seed();
    }

    /**
     * @return the plan the simulator runs
     */
    public SimulationPlan plan() {
        return built.plan();
    }

    /**
     * @return the simulator
     */
    public Simulator simulator() {
        return simulator;
    }

    /**
     * @return the estimated wall-clock seconds of the simulation ({@link WallTime#estimateSeconds})
     */
    public double estimatedSeconds() {
        SimulationPlan plan = plan();
        return WallTime.estimateSeconds(plan.neuronCount(), plan.durationMs(), plan.resolutionMs(),
                plan.threads());
    }

    /**
     * @return for a run estimated to take more than {@link WallTime#LONG_RUN_SECONDS}, a sentence with the estimate
     *         and where it comes from, to show before it starts
     */
    public Optional<String> longRunNotice() {
        double seconds = estimatedSeconds();
        if (seconds <= WallTime.LONG_RUN_SECONDS) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "This run may take about %s: %,d neurons for %,.0f steps on "
                + "%d %s, at the %,.0f neuron updates per second and thread that the embedded simulator reaches on "
                + "NEST's Brunel network (docs/benchmarks.md).", WallTime.format(seconds),
                plan().neuronCount(), plan().durationMs() / plan().resolutionMs(), plan().threads(),
                plan().threads() == 1 ? "thread" : "threads", WallTime.NEURON_UPDATES_PER_SECOND));
    }

    /**
     * Simulates into a results folder, written atomically: a staging folder exists from before the simulation
     * starts, and replaces the destination only once every file is written; a failure or a cancellation leaves
     * the destination as it was.
     *
     * @param destination        the results folder to create or replace
     * @param foreign            what to do with entries of the destination that NNGT did not write: refuse the
     *                           folder before simulating, or keep them ({@code --force})
     * @param howToChooseAnother the end of the refusal of such entries, in the front end's words (e.g. "choose
     *                           another --out folder")
     * @param plots              draws the plots, or {@link ResultPlots#NONE}
     * @param listener           hears the progress and the end of the simulation
     * @param cancel             stops the simulation when cancelled
     * @return the finished run
     * @throws IOException when the destination may not be replaced or a file cannot be written
     * @throws nngt.sim.api.SimulationCancelledException when cancelled; nothing was written
     */
    public RunRecord execute(Path destination, ResultsFolder.Foreign foreign, String howToChooseAnother,
            ResultPlots plots, RunListener listener, CancellationToken cancel) throws IOException {
        try (ResultsFolder folder = ResultsFolder.create(destination, foreign, howToChooseAnother)) {
            SimulationResult result = simulate(listener, cancel);
            listener.simulated(result);
            RunSummary summary = RunSummary.of(network, edgeCount(), result);
            RunFiles.write(folder, plan(), result, summary, plots);
            folder.commit();
            return new RunRecord(folder.destination(), result, summary, plan().threads(), folder.warnings());
        }
    }

    SimulationResult simulate(ProgressListener listener, CancellationToken cancel) {
        try (PreparedSimulation prepared = simulator.prepare(plan())) {
            return prepared.run(listener, cancel);
        }
    }
}
