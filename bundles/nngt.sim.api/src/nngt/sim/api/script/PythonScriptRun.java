package nngt.sim.api.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import nngt.sim.api.CancellationToken;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.RunMetadata;
import nngt.sim.api.SimulationCancelledException;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Trace;
import nngt.sim.api.io.ResultsFolder;
import nngt.sim.api.process.ExternalProcess;
import nngt.sim.api.process.ProgressLines;

/**
 * A written Python script, run once in a Python process, whose spikes and traces are read back from the
 * little-endian files it writes ({@link DataFiles}); the folder with the script and its data is owned by the run and
 * deleted on {@link #close()}. Every backend that simulates by writing a script (Brian2, NEURON through PyNN) runs
 * it this way, so progress, cancellation, failure messages and result reading are the same everywhere; a backend
 * only says where its script puts its files and which version it ran.
 *
 * @param <I> the backend's installation
 */
public abstract class PythonScriptRun<I extends PythonInstallation> implements PreparedSimulation {

    /**
     * How a backend is named.
     *
     * @param simulatorId the id recorded in the metadata and quoted in installation errors (e.g. {@code brian2})
     * @param name        the engine in messages (e.g. {@code Brian2}, {@code NEURON})
     * @param failing     what failed when Python exits with an error (e.g. {@code Brian2}, {@code PyNN/NEURON})
     */
    public record Engine(String simulatorId, String name, String failing) {
    }

    /**
     * A script written into its own work folder.
     *
     * @param folder       the folder holding the script and data, owned by the run made from it
     * @param script       the script
     * @param buildSeconds time spent writing the script
     */
    public record Work(Path folder, Path script, double buildSeconds) {
    }

    private final Engine engine;
    private final SimulationPlan plan;
    private final I installation;
    private final Work work;
    private boolean used;
    private boolean closed;

    /**
     * Creates the run.
     *
     * @param engine       how the backend is named
     * @param plan         the plan the script was written for
     * @param installation the interpreter that runs the script
     * @param work         the written script, whose folder this run owns
     */
    protected PythonScriptRun(Engine engine, SimulationPlan plan, I installation, Work work) {
        this.engine = engine;
        this.plan = plan;
        this.installation = installation;
        this.work = work;
    }

    /**
     * Writes a plan's script into a fresh temporary folder and checks the installation, in that order so that
     * invalid parameters are reported even where the engine is not installed; the folder is deleted when either
     * fails. The caller has already checked the plan against its capabilities.
     *
     * @param <I>          the installation type
     * @param <R>          the run type
     * @param engine       how the backend is named
     * @param plan         the plan
     * @param writer       writes the script and its data of a plan into an empty folder and returns the script
     * @param detect       finds the installation (after writing)
     * @param installHint  how to install the engine, appended to the error when the installation is unusable
     * @param runs         makes the run of the usable installation and the written script
     * @return the prepared run; close it to delete its folder
     * @throws IllegalArgumentException when the writer refuses the plan
     * @throws IllegalStateException    when the installation is unusable
     * @throws UncheckedIOException     when the work folder cannot be written
     */
    public static <I extends PythonInstallation, R extends PythonScriptRun<I>> R prepare(Engine engine,
            SimulationPlan plan, BiFunction<SimulationPlan, Path, Path> writer, Supplier<I> detect,
            String installHint, BiFunction<I, Work, R> runs) {
        long start = System.nanoTime();
        Path folder;
        try {
            folder = Files.createTempDirectory("nngt-" + engine.simulatorId() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder for " + engine.name(), e);
        }
        Path script;
        try {
            script = writer.apply(plan, folder);
        } catch (RuntimeException e) {
            delete(engine, folder);
            throw e;
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        I installation = detect.get();
        if (!installation.usable()) {
            delete(engine, folder);
            throw new IllegalStateException(engine.simulatorId() + " simulator: " + installation.problem() + "; "
                    + installHint);
        }
        return runs.apply(installation, new Work(folder, script, buildSeconds));
    }

    @Override
    public double buildSeconds() {
        return work.buildSeconds();
    }

    /**
     * Runs the script with the installation's interpreter and reads the spikes and traces.
     *
     * @param progress receives the script's progress lines and the end of the run, on this thread
     * @param cancel   polled while Python runs; cancelling destroys the process and its children
     * @return the spikes of the recorded neurons in NNGT ids and NEST's time convention, and the traces in NEST's
     *         units
     * @throws SimulationCancelledException when cancelled
     * @throws IllegalStateException        when already run or closed, or when Python fails (the message ends
     *                                      with the tail of its output)
     */
    @Override
    public SimulationResult run(ProgressListener progress, CancellationToken cancel) {
        if (used || closed) {
            throw new IllegalStateException("this " + engine.name() + " simulation was already run or closed");
        }
        used = true;
        long start = System.nanoTime();
        List<String> command = List.of(installation.python(), work.script().toString());
        ProgressLines progressLines = new ProgressLines(progress);
        ExternalProcess.Outcome outcome;
        try {
            outcome = ExternalProcess.run(command, work.folder(), installation.environment(), progressLines,
                    cancel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        }
        if (outcome.cancelled()) {
            throw new SimulationCancelledException(progressLines.reachedMs());
        }
        if (outcome.exitCode() != 0) {
            String tail = outcome.stderrTail().isBlank() ? outcome.stdoutTail() : outcome.stderrTail();
            String last = tail.lines().filter(l -> !l.isBlank()).reduce((x, y) -> y).orElse("no error output").trim();
            throw new IllegalStateException(engine.failing() + " failed with exit code " + outcome.exitCode() + ": "
                    + last + "\ncommand: " + String.join(" ", command) + "\nPython's error output (last lines):\n"
                    + tail);
        }
        try {
            SimulationResult result = readResult((System.nanoTime() - start) / 1e9);
            progress.progress(plan.durationMs(), plan.durationMs());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + engine.name() + "'s results in " + work.folder(), e);
        }
    }

    /** @return the file of spike senders (int32, NNGT ids) the script writes, relative to its folder */
    protected abstract String spikeIdsFile();

    /** @return the file of spike times (float64, ms) the script writes, relative to its folder */
    protected abstract String spikeTimesFile();

    /**
     * The file of one recordable of one range's neurons recorded by a multimeter: float64, one row of samples per
     * recorded neuron in the order of their sorted indices within the range.
     *
     * @param multimeter the multimeter's index in the plan
     * @param range      the range's index in the plan
     * @param recordable the recordable
     * @return the file, relative to the script's folder
     */
    protected abstract String traceFile(int multimeter, int range, String recordable);

    /**
     * @param multimeter   a multimeter of the plan
     * @param resolutionMs the plan's resolution
     * @return the multimeter's sampling interval in resolution steps, as the script samples it
     */
    protected abstract int samplingSteps(SimulationPlan.Multimeter multimeter, double resolutionMs);

    /** @return the version recorded in the metadata */
    protected abstract String engineVersion();

    /** @return the installation the script runs with */
    protected final I installation() {
        return installation;
    }

    private SimulationResult readResult(double runSeconds) throws IOException {
        int[] ids = DataFiles.readInts(work.folder().resolve(spikeIdsFile()));
        double[] times = DataFiles.readDoubles(work.folder().resolve(spikeTimesFile()));
        int total = ids.length;
        int n = plan.neuronCount();
        int[] recorded = plan.spikeRecorded().clone();
        Arrays.sort(recorded);
        // a script may record a whole population for speed; only the neurons the plan records are kept
        boolean[] keep = new boolean[n];
        for (int id : recorded) {
            keep[id] = true;
        }
        int[] offsets = new int[n + 1];
        for (int id : ids) {
            if (keep[id]) {
                offsets[id + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        double[] sorted = new double[offsets[n]];
        for (int k = 0; k < total; k++) {
            if (keep[ids[k]]) {
                sorted[fill[ids[k]]++] = times[k];
            }
        }
        for (int i = 0; i < n; i++) {
            Arrays.sort(sorted, offsets[i], offsets[i + 1]);
        }
        List<SimulationResult.Group> groups = new ArrayList<>();
        for (SimulationPlan.NeuronRange range : plan.ranges()) {
            groups.add(new SimulationResult.Group(range.group(), range.firstId(), range.size(), range.neuronType()));
        }
        RunMetadata metadata = new RunMetadata(engine.simulatorId(), engineVersion(), plan.seed(), 1,
                plan.resolutionMs(), plan.durationMs(), work.buildSeconds(), runSeconds);
        return new SimulationResult(n, offsets, sorted, recorded, groups, readTraces(), metadata);
    }

    /** Traces in multimeter order, then the multimeter's neuron order (first occurrence), then recordable. */
    private List<Trace> readTraces() throws IOException {
        List<Trace> traces = new ArrayList<>();
        List<SimulationPlan.NeuronRange> ranges = plan.ranges();
        int[] rangeOf = new int[plan.neuronCount()];
        for (int r = 0; r < ranges.size(); r++) {
            Arrays.fill(rangeOf, ranges.get(r).firstId(), ranges.get(r).firstId() + ranges.get(r).size(), r);
        }
        int steps = (int) Math.round(plan.durationMs() / plan.resolutionMs());
        for (int m = 0; m < plan.multimeters().size(); m++) {
            SimulationPlan.Multimeter multimeter = plan.multimeters().get(m);
            int every = samplingSteps(multimeter, plan.resolutionMs());
            int samples = steps / every;
            double[] sampleTimes = new double[samples];
            for (int j = 0; j < samples; j++) {
                sampleTimes[j] = (j + 1) * every * plan.resolutionMs();
            }
            Map<String, double[]> matrices = new HashMap<>();
            for (int id : Arrays.stream(multimeter.neurons()).distinct().toArray()) {
                int r = rangeOf[id];
                int first = ranges.get(r).firstId();
                int[] local = Arrays.stream(multimeter.neurons()).filter(i -> rangeOf[i] == r).map(i -> i - first)
                        .distinct().sorted().toArray();
                int row = Arrays.binarySearch(local, id - first);
                for (String recordable : multimeter.recordFrom()) {
                    String file = traceFile(m, r, recordable);
                    double[] matrix = matrices.get(file);
                    if (matrix == null) {
                        matrix = DataFiles.readDoubles(work.folder().resolve(file));
                        matrices.put(file, matrix);
                    }
                    traces.add(new Trace(id, recordable, sampleTimes,
                            Arrays.copyOfRange(matrix, row * samples, (row + 1) * samples)));
                }
            }
        }
        return traces;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        delete(engine, work.folder());
    }

    private static void delete(Engine engine, Path folder) {
        try {
            ResultsFolder.deleteTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the " + engine.name() + " work folder " + folder, e);
        }
    }
}
