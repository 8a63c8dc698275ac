package nngt.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nngt.dsl.validation.IssueCodes;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.analysis.NetworkAnalysis;
import nngt.model.Network;
import nngt.model.NngtFactory;
import nngt.model.SimulationSettings;
import nngt.model.Unit;
import nngt.model.api.Units;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.SimulationPlanBuilder;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.RunFootprint;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Simulator;
import nngt.sim.api.Simulators;
import nngt.sim.api.io.ResultWriters;
import nngt.sim.api.io.ResultsFolder;

/**
 * {@code nngt run FILE}: builds the network, simulates it (embedded simulator by default) and writes a
 * results folder with spikes, summary.json and plots.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Build and simulate a model; write spikes, summary.json and plots to a results folder.")
final class RunCommand implements Callable<Integer> {

    /** How long Ctrl-C waits for the run to discard its unfinished results folder. */
    static final long CLEANUP_SECONDS = 10;

    @Parameters(index = "0", paramLabel = "FILE", description = ".nngt model (or .xmi network)")
    private Path file;

    @Option(names = "--simulator", defaultValue = "embedded", description = "Simulator id (default: ${DEFAULT-VALUE}).")
    private String simulatorId;

    @Option(names = "--threads", description = "Threads (default: the model's, else NEST's one thread per process).")
    private Integer threads;

    @Option(names = "--seed", description = "Seed overriding the model's.")
    private Long seed;

    @Option(names = "--time", converter = Durations.class, description = "Simulated time, e.g. 500ms or 2s.")
    private Double durationMs;

    @Option(names = "--out", description = "Results folder (default: results/<network name>).")
    private Path out;

    @Option(names = "--no-plots", description = "Skip the PNG and SVG plots.")
    private boolean noPlots;

    @Option(names = "--max-memory", paramLabel = "SIZE", converter = MemorySizes.class,
            description = "The most memory the run may use, e.g. 20g (default: 80 % of the machine's); a run whose "
                    + "estimate is larger is refused before the network is built.")
    private Long maxMemory;

    @Option(names = "--sim-option", paramLabel = "KEY=VALUE",
            description = "Simulator option, repeatable, e.g. nest.python=/opt/nest/bin/python3, nest.vars=FILE, "
                    + "nest.mpi=4.")
    private Map<String, String> simulatorOptions = new LinkedHashMap<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        // the run's own estimate (below) includes the network's, which the validator would check alone
        Network network = Models.load(file, spec.commandLine().getErr(), IssueCodes.NETWORK_BEYOND_MEMORY);
        applyOverrides(network);
        Simulator simulator = Simulators.byId(simulatorId, RunCommand.class.getClassLoader());
        MemoryLimit.refuseBeyond(RunFootprint.of(network, simulator), maxMemory);
        Path destination = out != null ? out : Path.of("results", network.getName());

        Progress progress = new Progress(console);
        progress.phase("Building network '" + network.getName() + "'");
        NetworkInstance instance = NetworkInstantiator.instantiate(network, instantiationOptions());
        progress.done(instance.neuronCount() + " neurons, " + instance.edgeCount() + " edges, seed "
                + instance.seed());

        CancellationToken cancel = new CancellationToken();
        CountDownLatch cleanedUp = new CountDownLatch(1);
        // Ctrl-C: stop the simulation, then let this thread discard the unfinished results before the
        // JVM halts (it halts as soon as the hooks return).
        Thread stopper = new Thread(() -> {
            cancel.cancel();
            try {
                cleanedUp.await(CLEANUP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "nngt-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try (ResultsFolder results = ResultsFolder.create(destination, "choose another --out folder")) {
            SimulationPlan request = SimulationPlanBuilder.build(network, instance).withOptions(simulatorOptions);
            // A simulator that cannot run every part of the model runs nothing and says which parts.
            simulator.capabilities().requireSupported(simulator.id(), request);
            SimulationResult result;
            try (PreparedSimulation prepared = simulator.prepare(request)) {
                progress.phase("Simulating " + Summary.number(request.durationMs()) + " ms on " + simulator.id()
                        + " (" + request.threads() + (request.threads() == 1 ? " thread)" : " threads)"));
                result = prepared.run(progress::update, cancel);
                progress.done(result.totalSpikes() + " spikes in " + Summary.number(result.metadata().runSeconds())
                        + " s");
            }
            writeResults(network, instance, result, results);
            results.commit();
            Summary summary = Summary.of(network, instance, result);
            summary.print(console);
            console.println("Results: " + destination);
        } finally {
            cleanedUp.countDown();
            removeHook(stopper);
        }
        return 0;
    }

    private void writeResults(Network network, NetworkInstance instance, SimulationResult result,
            ResultsFolder results) throws Exception {
        ResultWriters.writeRunFiles(results, result, instance.spatial() ? instance.x() : null,
                instance.spatial() ? instance.y() : null);
        Files.writeString(results.file("summary.json"), Json.write(Summary.of(network, instance, result).toMap())
                + "\n");
        Files.writeString(results.file("degrees.csv"), Summary.degreesCsv(NetworkAnalysis.inDegrees(instance),
                NetworkAnalysis.outDegrees(instance)));
        Raster raster = Raster.of(result);
        Files.writeString(results.file("groups.csv"), raster.groupsCsv());
        Files.writeString(results.file("run.csv"), raster.runCsv());
        if (!noPlots) {
            Plots.writeAll(raster, NetworkAnalysis.inDegrees(instance), NetworkAnalysis.outDegrees(instance),
                    results::file);
        }
    }

    private void applyOverrides(Network network) {
        if (seed != null) {
            network.setSeed(seed);
        }
        SimulationSettings settings = network.getSimulation();
        if (settings == null) {
            settings = NngtFactory.eINSTANCE.createSimulationSettings();
            settings.setDuration(Units.quantity(SimulationPlanBuilder.DEFAULT_DURATION_MS, Unit.MILLISECOND));
            network.setSimulation(settings);
        }
        if (durationMs != null) {
            settings.setDuration(Units.quantity(durationMs, Unit.MILLISECOND));
        }
        if (threads != null) {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads is " + threads + "; give 1 or more.");
            }
            settings.setThreads(threads);
        }
    }

    private InstantiationOptions instantiationOptions() {
        InstantiationOptions options = InstantiationOptions.defaults();
        return threads != null ? options.withThreads(threads) : options;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already stopping (Ctrl-C): the hook has run and cancelled the simulation.
        }
    }
}
