package nngt.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nngt.dsl.validation.IssueCodes;
import nngt.model.Network;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.RunFootprint;
import nngt.sim.api.Simulator;
import nngt.sim.api.Simulators;
import nngt.sim.api.io.ResultsFolder;
import nngt.sim.api.run.PreparedRun;
import nngt.sim.api.run.ResultPlots;
import nngt.sim.api.run.RunOverrides;
import nngt.sim.api.run.RunRecord;
import nngt.sim.api.run.RunService;

/**
 * {@code nngt run FILE}: builds the network, simulates it (embedded simulator by default) and writes a results folder
 * with spikes, summary.json and plots, through the run service the workbench uses too ({@link RunService}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Build and simulate a model; write spikes, summary.json and plots to a results folder.")
final class RunCommand implements Callable<Integer> {

    /** How long Ctrl-C waits for the run to discard its unfinished results folder. */
    static final long CLEANUP_SECONDS = 10;

    @Mixin
    private ModelFile model;

    @Option(names = "--simulator", defaultValue = "embedded", description = "Simulator id (default: ${DEFAULT-VALUE}).")
    private String simulatorId;

    @Option(names = "--threads", description = "Threads, 1 to 511 (default: the model's, else NEST's one thread "
            + "per process).")
    private Integer threads;

    @Mixin
    private SeedOption seed;

    @Option(names = "--time", converter = Durations.class, description = "Simulated time, e.g. 500ms or 2s.")
    private Double durationMs;

    @Option(names = "--out", description = "Results folder (default: results/<network name>).")
    private Path out;

    @Option(names = "--no-plots", description = "Skip the PNG and SVG plots.")
    private boolean noPlots;

    @Option(names = "--force", description = "Write into a results folder that holds files nngt did not write: they "
            + "are kept, and only nngt's own files are replaced.")
    private boolean force;

    @Option(names = "--max-memory", paramLabel = "SIZE", converter = MemorySizes.class,
            description = "The most memory the run may use, e.g. 20g (default: 80 %% of the machine's); a run whose "
                    + "estimate is larger is refused before the network is built.")
    private Long maxMemory;

    @Mixin
    private SimulatorOptions simulatorOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        // the run's own estimate (below) includes the network's, which the validator would check alone
        Network network = model.load(spec.commandLine().getErr(), IssueCodes.NETWORK_BEYOND_MEMORY);
        Simulator simulator = Simulators.byId(simulatorId, RunCommand.class.getClassLoader());
        MemoryLimit.refuseBeyond(RunFootprint.of(network, simulator), maxMemory);
        Path destination = out != null ? out : Path.of("results", network.getName());

        Progress progress = new Progress(console);
        progress.phase("Building network '" + network.getName() + "'");
        PreparedRun run = RunService.prepare(network, overrides(), simulator);
        progress.done(run.neuronCount() + " neurons, " + run.edgeCount() + " edges, seed " + run.seed());
        run.longRunNotice().ifPresent(console::println);

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
        try {
            progress.phase("Simulating " + Numbers.number(run.plan().durationMs()) + " ms on " + simulator.id());
            RunRecord record = run.execute(destination, force ? ResultsFolder.Foreign.KEEP : ResultsFolder.Foreign.REFUSE,
                    "choose another --out folder, or use --force to keep them and replace only nngt's files",
                    noPlots ? ResultPlots.NONE : Plots::writeAll, progress, cancel);
            record.threadsNote().ifPresent(console::println);
            record.warnings().forEach(warning -> spec.commandLine().getErr().println("nngt: " + warning));
            console.print(record.summary().table());
            console.flush();
            console.println("Results: " + destination);
        } finally {
            cleanedUp.countDown();
            removeHook(stopper);
        }
        return 0;
    }

    private RunOverrides overrides() {
        RunOverrides overrides = seed.addTo(RunOverrides.none()).withSimulatorOptions(simulatorOptions.options());
        if (threads != null) {
            overrides = overrides.withThreads(threads, "--threads");
        }
        return durationMs == null ? overrides : overrides.withDuration(durationMs, "--time");
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already stopping (Ctrl-C): the hook has run and cancelled the simulation.
        }
    }
}
