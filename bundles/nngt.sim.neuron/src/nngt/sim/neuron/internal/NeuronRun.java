package nngt.sim.neuron.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import nngt.sim.neuron.PynnInstallation;

/**
 * A written PyNN script, run once on pyNN.neuron in a Python process; the folder with the script and its data is
 * deleted on {@link #close()}.
 */
public final class NeuronRun implements PreparedSimulation {

    private final SimulationPlan plan;
    private final PynnInstallation installation;
    private final Path folder;
    private final Path script;
    private final double buildSeconds;
    private final String simulatorId;
    private boolean used;
    private boolean closed;

    /**
     * Creates the run.
     *
     * @param simulatorId  the id recorded in the metadata
     * @param plan         the plan the script was written for
     * @param installation the Python interpreter with PyNN and NEURON
     * @param folder       the folder holding the script and data, owned by this run
     * @param script       the script
     * @param buildSeconds time spent writing the script
     */
    public NeuronRun(String simulatorId, SimulationPlan plan, PynnInstallation installation, Path folder,
            Path script, double buildSeconds) {
        this.simulatorId = simulatorId;
        this.plan = plan;
        this.installation = installation;
        this.folder = folder;
        this.script = script;
        this.buildSeconds = buildSeconds;
    }

    @Override
    public double buildSeconds() {
        return buildSeconds;
    }

    /**
     * Runs the script with the installation's interpreter and reads the spikes and traces.
     *
     * @param progress receives the script's progress lines (50 per run) and the end of the run, on this thread
     * @param cancel   polled while Python runs; cancelling destroys the process and its children
     * @return the spikes of the recorded neurons in NNGT ids, and the traces in NEST's units
     * @throws SimulationCancelledException when cancelled
     * @throws IllegalStateException        when already run or closed, or when Python fails (the message ends
     *                                      with the tail of its output)
     */
    @Override
    public SimulationResult run(ProgressListener progress, CancellationToken cancel) {
        if (used || closed) {
            throw new IllegalStateException("this NEURON simulation was already run or closed");
        }
        used = true;
        long start = System.nanoTime();
        List<String> command = List.of(installation.python(), script.toString());
        ProgressLines progressLines = new ProgressLines(progress);
        ExternalProcess.Outcome outcome;
        try {
            outcome = ExternalProcess.run(command, folder, installation.environment(), progressLines, cancel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        }
        if (outcome.cancelled()) {
            throw new SimulationCancelledException(progressLines.reachedMs());
        }
        if (outcome.exitCode() != 0) {
            String tail = outcome.stderrTail().isBlank() ? outcome.stdoutTail() : outcome.stderrTail();
            String last = tail.lines().filter(l -> !l.isBlank()).reduce((x, y) -> y).orElse("no error output").trim();
            throw new IllegalStateException("PyNN/NEURON failed with exit code " + outcome.exitCode() + ": " + last
                    + "\ncommand: " + String.join(" ", command) + "\nPython's error output (last lines):\n" + tail);
        }
        try {
            SimulationResult result = readResult((System.nanoTime() - start) / 1e9);
            progress.progress(plan.durationMs(), plan.durationMs());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NEURON's results in " + folder, e);
        }
    }

    private SimulationResult readResult(double runSeconds) throws IOException {
        ByteBuffer idBytes = ByteBuffer.wrap(Files.readAllBytes(folder.resolve(PynnScriptWriter.SPIKE_IDS)))
                .order(ByteOrder.LITTLE_ENDIAN);
        int total = idBytes.remaining() / 4;
        int[] ids = new int[total];
        idBytes.asIntBuffer().get(ids);
        double[] times = readDoubles(folder.resolve(PynnScriptWriter.SPIKE_TIMES));
        int n = plan.neuronCount();
        int[] recorded = plan.spikeRecorded().clone();
        Arrays.sort(recorded);
        int[] offsets = new int[n + 1];
        for (int id : ids) {
            offsets[id + 1]++;
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        double[] sorted = new double[total];
        for (int k = 0; k < total; k++) {
            sorted[fill[ids[k]]++] = times[k];
        }
        for (int i = 0; i < n; i++) {
            Arrays.sort(sorted, offsets[i], offsets[i + 1]);
        }
        List<SimulationResult.Group> groups = new ArrayList<>();
        for (SimulationPlan.NeuronRange range : plan.ranges()) {
            groups.add(new SimulationResult.Group(range.group(), range.firstId(), range.size(), range.neuronType()));
        }
        RunMetadata metadata = new RunMetadata(simulatorId, installation.version().orElse("?"), plan.seed(), 1,
                plan.resolutionMs(), plan.durationMs(), buildSeconds, runSeconds);
        return new SimulationResult(n, offsets, sorted, recorded, groups, readTraces(), metadata);
    }

    /** Traces in multimeter order, then the multimeter's neuron order (first occurrence), then recordable. */
    private List<Trace> readTraces() throws IOException {
        List<Trace> traces = new ArrayList<>();
        int[] rangeOf = PynnScriptWriter.rangeOfNeuron(plan);
        List<SimulationPlan.NeuronRange> ranges = plan.ranges();
        int steps = (int) Math.round(plan.durationMs() / plan.resolutionMs());
        for (int m = 0; m < plan.multimeters().size(); m++) {
            SimulationPlan.Multimeter multimeter = plan.multimeters().get(m);
            int every = PynnScriptWriter.samplingSteps(multimeter, plan.resolutionMs());
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
                    String file = PynnScriptWriter.traceFile(m, r, recordable);
                    double[] matrix = matrices.get(file);
                    if (matrix == null) {
                        matrix = readDoubles(folder.resolve(file));
                        matrices.put(file, matrix);
                    }
                    traces.add(new Trace(id, recordable, sampleTimes,
                            Arrays.copyOfRange(matrix, row * samples, (row + 1) * samples)));
                }
            }
        }
        return traces;
    }

    private static double[] readDoubles(Path path) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[bytes.remaining() / 8];
        bytes.asDoubleBuffer().get(values);
        return values;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            ResultsFolder.deleteTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the NEURON work folder " + folder, e);
        }
    }
}
