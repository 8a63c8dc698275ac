package nngt.sim.neuron.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlan.NeuronRange;
import nngt.sim.api.script.DataFiles;

/**
 * Writes a PyNN 0.10 script ({@value #SCRIPT}) and its data files for a plan: one {@code Population} per neuron
 * range with the {@link PynnCell} standing for its NEST model, one {@code Projection} per (source range, target
 * range, synapse model, receptor) from a list of edges, stimuli as PyNN current and spike sources, recorders as
 * {@code record} calls. The script runs on {@code pyNN.neuron} by hand ({@code python3 run.py}) and writes the
 * spikes and traces back as binary files in NNGT ids and NEST's units.
 *
 * <p>Data files are little-endian arrays: {@code .f64} float64, {@code .i32} int32. Edge lists are float64
 * matrices with the columns PyNN's {@code FromListConnector} reads: presynaptic index, postsynaptic index, weight
 * (PyNN unit), delay (ms), then the synapse parameters that differ between the edges of the projection
 * ({@link PynnSynapse}).
 */
public final class PynnScriptWriter {

    /** Name of the script inside the folder. */
    public static final String SCRIPT = "run.py";
    /** Spike senders written by the script (int32, NNGT ids). */
    public static final String SPIKE_IDS = "spikes.i32";
    /** Spike times written by the script (float64, ms). */
    public static final String SPIKE_TIMES = "spikes.f64";
    /** The version written into every script's header. */
    public static final String VERSION = "0.1.0";
    /** flake8's default line length, which the script keeps to. */
    private static final int MAX_LINE = 79;

    private static final String PREAMBLE = """
            import os
            import warnings

            import numpy as np

            warnings.filterwarnings('ignore')
            import pyNN.neuron as sim  # noqa: E402
            from neuron import h  # noqa: E402

            DATA = os.path.dirname(os.path.abspath(__file__))


            def load(name, dtype='<f8'):
                return np.fromfile(os.path.join(DATA, name), dtype=dtype)


            def save(name, values, dtype):
                np.asarray(values, dtype=dtype).tofile(os.path.join(DATA, name))


            def connect(pre, post, name, receptor, synapse, columns=()):
                # columns: per-connection synapse parameters after the delay
                names = ['weight', 'delay'] + list(columns)
                rows = load(name).reshape(-1, 2 + len(names))
                connector = sim.FromListConnector(rows, column_names=names)
                return sim.Projection(pre, post, connector, synapse,
                                      receptor_type=receptor)


            def adjust(projection, name, value):
                # a value PyNN sets on every connection's weight adjuster
                # itself, which NEST's synapse model needs changed
                for connection in projection.connections:
                    setattr(connection.weight_adjuster, name, value)


            GATING = []  # NEURON keeps only referenced initialisation handlers


            def set_gating(population, **values):
                # hh_traub's INITIAL block sets m, h and n to 0; NEST starts them
                # elsewhere, so they are set again once NEURON has initialised
                def start():
                    for index, cell in enumerate(population):
                        for name, value in values.items():
                            value = np.broadcast_to(value, len(population))[index]
                            setattr(cell._cell.seg.hh_traub, name, value)
                GATING.append(h.FInitializeHandler(1, start))


            def cells(population, name):
                # a view of some neurons of a population; None for all of them
                return population if name is None else population[load(name, '<i4')]


            """;

    private final SimulationPlan plan;
    private final Path folder;
    private final double h;
    private final StringBuilder script = new StringBuilder();
    private final List<PynnCell> cells = new ArrayList<>();
    private final int[] rangeOf;

    private PynnScriptWriter(SimulationPlan plan, Path folder) {
        this.plan = plan;
        this.folder = folder;
        this.h = plan.resolutionMs();
        this.rangeOf = rangeOfNeuron(plan);
    }

    /**
     * Writes the script and its data.
     *
     * @param plan   a plan whose parts the backend supports (checked by the caller)
     * @param folder an existing, empty folder
     * @return the script's path
     * @throws IllegalArgumentException when a value cannot be reproduced with PyNN; the message names the
     *                                  parameter, the group and what is valid
     * @throws UncheckedIOException     when a file cannot be written
     */
    public static Path write(SimulationPlan plan, Path folder) {
        return new PynnScriptWriter(plan, folder).writeAll();
    }

    private Path writeAll() {
        if (plan.shards() != null && plan.shards().partial()) {
            throw new IllegalArgumentException("plan: it holds the edges of MPI rank " + plan.shards().index()
                    + " only; the PyNN script needs the whole network");
        }
        for (NeuronRange range : plan.ranges()) {
            cells.add(PynnCell.of(range.model()).orElseThrow(() -> new IllegalArgumentException(
                    "neuron model '" + range.model() + "' (group '" + range.group() + "') has no PyNN cell; valid: "
                            + PynnCell.nestModels())));
        }
        script.append("\"\"\"").append(header()).append("\n\n").append(description()).append("\"\"\"\n")
                .append(PREAMBLE);
        double maxDelay = maxDelay();
        script.append("DURATION = ").append(num(plan.durationMs())).append("  # ms\n");
        script.append("SEED = ").append(Long.remainderUnsigned(plan.seed(), 1L << 31)).append('\n');
        script.append("np.random.seed(SEED)  # the noise currents\n");
        // min_delay = one step lets every NEST delay (a positive multiple of the resolution) through
        script.append(call("", "sim.setup", List.of("timestep=" + num(h), "min_delay=" + num(h),
                "max_delay=" + num(maxDelay), "native_rng_baseseed=SEED")));
        // Crank-Nicolson instead of NEURON's default backward Euler: the leaky integrators then reach threshold
        // in the step NEST's exact propagators do (backward Euler lags by one step in a few intervals)
        script.append("h.secondorder = 2\n\n");
        script.append("# ---- populations (PyNN units: nF, nA, uS, mV, ms) ----\n");
        for (int r = 0; r < plan.ranges().size(); r++) {
            writePopulation(r);
        }
        script.append("\n# ---- connections ----\n");
        writeProjections();
        script.append("\n# ---- stimuli ----\n");
        for (int s = 0; s < plan.stimuli().size(); s++) {
            writeStimulus(s, plan.stimuli().get(s));
        }
        script.append("\n# ---- recorders ----\n");
        writeRecorders();
        Path path = folder.resolve(SCRIPT);
        try {
            Files.writeString(path, script);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PyNN script " + path, e);
        }
        return path;
    }

    private String header() {
        return "Generated by nngt.sim.neuron " + VERSION + " from model " + plan.name() + "\n(" + plan.origin()
                + "); regenerate instead of editing.";
    }

    private String description() {
        return """
                A PyNN 0.10 script for pyNN.neuron (NEURON 8.2): python3 run.py
                NEST models run as PyNN's standard cells, NEST's values in PyNN's units.
                It writes spikes.i32 / spikes.f64 (NNGT ids, ms) and, per recorded
                variable, trace files in NEST's units. Where the installed PyNN has
                no compiled NMODL mechanisms, put the copy that the workbench
                compiles (~/.cache/nngt/pynn-*) first on PYTHONPATH.
                """;
    }

    private double maxDelay() {
        double max = Math.max(h, plan.deviceDelayMs());
        for (float delay : plan.delaysMs()) {
            max = Math.max(max, delay);
        }
        for (SimulationPlan.Stimulus stimulus : plan.stimuli()) {
            if (stimulus instanceof SimulationPlan.PoissonInput poisson) {
                max = Math.max(max, poisson.delayMs());
            } else if (stimulus instanceof SimulationPlan.SpikeTrainInput train) {
                max = Math.max(max, train.delayMs());
            }
        }
        return max;
    }

    private void writePopulation(int r) {
        NeuronRange range = plan.ranges().get(r);
        PynnCell cell = cells.get(r);
        String p = "pop" + r;
        List<String> arguments = new ArrayList<>();
        for (Map.Entry<String, double[]> entry : cell.parameters(range).entrySet()) {
            arguments.add(entry.getKey() + "=" + valueOrFile(p + "." + entry.getKey(), entry.getValue()));
        }
        script.append("# group '").append(range.group()).append("': ").append(range.size()).append(" x ")
                .append(range.model()).append(" as ").append(cell.pynnCell()).append('\n');
        script.append(population(p, range.size(), "sim." + cell.pynnCell(), arguments,
                ", label=" + pythonString(range.group())));
        List<String> initial = new ArrayList<>();
        for (Map.Entry<String, double[]> entry : cell.initialValues(range).entrySet()) {
            initial.add(entry.getKey() + "=" + valueOrFile(p + ".init." + entry.getKey(), entry.getValue()));
        }
        script.append(call("", p + ".initialize", initial));
        Map<String, double[]> gating = cell.gating(range);
        if (!gating.isEmpty()) {
            List<String> gatingArguments = new ArrayList<>(List.of(p));
            for (Map.Entry<String, double[]> entry : gating.entrySet()) {
                gatingArguments.add(entry.getKey() + "=" + valueOrFile(p + ".gating." + entry.getKey(), entry.getValue()));
            }
            script.append(call("", "set_gating", gatingArguments));
        }
    }

    /** A literal when all neurons share the value, else a data file loaded by the script. */
    private String valueOrFile(String file, double[] values) {
        if (values.length == 1) {
            return num(values[0]);
        }
        writeDoubles(file + ".f64", values);
        return "load('" + file + ".f64')";
    }

    private void writeProjections() {
        int[] sources = plan.sources();
        int[] targets = plan.targets();
        float[] weights = plan.weights();
        float[] delays = plan.delaysMs();
        int[] modelIndex = plan.synapseModelIndex();
        int ranges = plan.ranges().size();
        int models = plan.synapseModels().size() + 1;
        // key (source range, target range, synapse model + 1, inhibitory) in the high bits, edge index in the low
        long[] keyed = new long[sources.length];
        for (int e = 0; e < sources.length; e++) {
            int model = modelIndex == null ? 0 : modelIndex[e] + 1;
            long key = (((long) rangeOf[sources[e]] * ranges + rangeOf[targets[e]]) * models + model) * 2
                    + (weights[e] < 0 ? 1 : 0);
            keyed[e] = key << 32 | e;
        }
        Arrays.sort(keyed);
        int k = 0;
        for (int start = 0; start < keyed.length;) {
            long key = keyed[start] >>> 32;
            int end = start;
            while (end < keyed.length && keyed[end] >>> 32 == key) {
                end++;
            }
            boolean inhibitory = (key & 1) == 1;
            int model = (int) (key / 2 % models) - 1;
            int targetRange = (int) (key / 2 / models % ranges);
            int sourceRange = (int) (key / 2 / models / ranges);
            PynnCell cell = cells.get(targetRange);
            int[] edges = new int[end - start];
            for (int i = start; i < end; i++) {
                edges[i - start] = (int) keyed[i];
            }
            PynnSynapse synapse = PynnSynapse.of(plan, model, edges, cell, plan.ranges().get(targetRange));
            int width = 4 + synapse.columns().size();
            double[] rows = new double[edges.length * width];
            int firstSource = plan.ranges().get(sourceRange).firstId();
            int firstTarget = plan.ranges().get(targetRange).firstId();
            for (int i = 0; i < edges.length; i++) {
                int e = edges[i];
                int row = i * width;
                rows[row] = sources[e] - firstSource;
                rows[row + 1] = targets[e] - firstTarget;
                // conductances are positive on the inhibitory receptor; currents keep NEST's sign
                double weight = cell.pynnWeight(weights[e]);
                rows[row + 2] = cell.conductanceBased() ? Math.abs(weight) : weight;
                rows[row + 3] = delays[e];
                for (int c = 0; c < synapse.columns().size(); c++) {
                    rows[row + 4 + c] = synapse.columnValues(c)[i];
                }
            }
            String file = "projection" + k + ".f64";
            writeDoubles(file, rows);
            script.append("# ").append(plan.ranges().get(sourceRange).group()).append(" -> ")
                    .append(plan.ranges().get(targetRange).group()).append(": ").append(end - start)
                    .append(inhibitory ? " inhibitory" : " excitatory").append(" edges")
                    .append(model < 0 ? "" : ", " + plan.synapseModels().get(model).model()).append('\n');
            List<String> arguments = new ArrayList<>(List.of("pop" + sourceRange, "pop" + targetRange,
                    "'" + file + "'", inhibitory ? "'inhibitory'" : "'excitatory'",
                    synapse.isStatic() ? "sim.StaticSynapse()" : PynnSynapse.VARIABLE));
            if (!synapse.columns().isEmpty()) {
                arguments.add(synapse.columns().stream().map(c -> "'" + c + "'").toList().toString());
            }
            String projection = "projection" + k;
            for (PynnSynapse.Statement statement : synapse.statements()) {
                script.append(call("", statement.variable() + " = " + statement.callee(), statement.arguments()));
            }
            script.append(call("", (synapse.adjusterValues().isEmpty() ? "" : projection + " = ") + "connect",
                    arguments));
            for (Map.Entry<String, Double> adjusted : synapse.adjusterValues().entrySet()) {
                script.append(call("", "adjust", List.of(projection, "'" + adjusted.getKey() + "'",
                        num(adjusted.getValue()))));
            }
            k++;
            start = end;
        }
    }

    private void writeStimulus(int s, SimulationPlan.Stimulus stimulus) {
        // NEST connects current generators with the device delay, and a neuron takes a current that arrives in a step
        // into account from the next step on; PyNN's sources switch at their own times
        double delay = plan.deviceDelayMs() + h;
        if (stimulus instanceof SimulationPlan.PoissonInput poisson) {
            writePoisson(s, poisson);
        } else if (stimulus instanceof SimulationPlan.SpikeTrainInput train) {
            writeSpikeTrain(s, train);
        } else if (stimulus instanceof SimulationPlan.DcInput dc) {
            script.append("# dc_generator ").append(num(dc.amplitudePa())).append(" pA\n");
            injectCurrent(s, dc.targets(), "sim.DCSource", List.of("amplitude=" + num(dc.amplitudePa() / 1000),
                    "start=" + num(dc.startMs() + delay), "stop=" + num(finite(dc.stopMs()) + delay)), false);
        } else if (stimulus instanceof SimulationPlan.StepCurrentInput step) {
            double[] amplitudes = Arrays.stream(step.valuesPa()).map(v -> v / 1000).toArray();
            writeDoubles("stimulus" + s + ".times.f64", Arrays.stream(step.timesMs()).map(t -> t + delay).toArray());
            writeDoubles("stimulus" + s + ".amplitudes.f64", amplitudes);
            script.append("# step_current_generator\n");
            injectCurrent(s, step.targets(), "sim.StepCurrentSource", List.of("times=load('stimulus" + s
                    + ".times.f64')", "amplitudes=load('stimulus" + s + ".amplitudes.f64')"), false);
        } else if (stimulus instanceof SimulationPlan.NoiseInput noise) {
            // NEST draws an independent current per target: one PyNN source per target neuron
            script.append("# noise_generator, mean ").append(num(noise.meanPa())).append(" pA, std ")
                    .append(num(noise.stdPa())).append(" pA, a new value every ").append(num(noise.dtMs()))
                    .append(" ms\n");
            injectCurrent(s, noise.targets(), "sim.NoisyCurrentSource", List.of("mean=" + num(noise.meanPa() / 1000),
                    "stdev=" + num(noise.stdPa() / 1000), "start=" + num(noise.startMs() + delay),
                    "stop=" + num(finite(noise.stopMs()) + delay), "dt=" + num(noise.dtMs())), true);
        }
    }

    private double finite(double stopMs) {
        return Double.isInfinite(stopMs) ? plan.durationMs() + plan.resolutionMs() : stopMs;
    }

    /**
     * Injects a current source into the targets, range by range; a target listed k times gets k sources, as
     * NEST connects the generator k times.
     */
    private void injectCurrent(int s, int[] targets, String source, List<String> arguments, boolean onePerNeuron) {
        for (int r = 0; r < plan.ranges().size(); r++) {
            List<int[]> layers = layers(targets, r);
            for (int layer = 0; layer < layers.size(); layer++) {
                String file = "stimulus" + s + ".pop" + r + "." + layer + ".i32";
                String view = viewOf(r, layers.get(layer), file);
                if (onePerNeuron) {
                    script.append("for index in range(len(").append(view).append(")):\n")
                            .append(call("    ", "current = " + source, arguments))
                            .append("    current.inject_into(").append(view).append("[index:index + 1])\n");
                } else {
                    script.append(call("", "current = " + source, arguments)).append("current.inject_into(")
                            .append(view).append(")\n");
                }
            }
        }
    }

    /** The targets inside range r as local indices, split so that each layer lists a neuron at most once. */
    private List<int[]> layers(int[] targets, int r) {
        NeuronRange range = plan.ranges().get(r);
        Map<Integer, Integer> seen = new TreeMap<>();
        List<List<Integer>> layers = new ArrayList<>();
        for (int id : targets) {
            if (rangeOf[id] != r) {
                continue;
            }
            int count = seen.merge(id, 1, Integer::sum);
            while (layers.size() < count) {
                layers.add(new ArrayList<>());
            }
            layers.get(count - 1).add(id - range.firstId());
        }
        List<int[]> result = new ArrayList<>();
        for (List<Integer> layer : layers) {
            int[] local = layer.stream().mapToInt(Integer::intValue).sorted().toArray();
            result.add(local);
        }
        return result;
    }

    /** A Python expression for some neurons of a range: the population itself when all, else a view. */
    private String viewOf(int r, int[] local, String file) {
        NeuronRange range = plan.ranges().get(r);
        if (local.length == range.size()) {
            return "pop" + r;
        }
        writeInts(file, local);
        return "cells(pop" + r + ", '" + file + "')";
    }

    private void writePoisson(int s, SimulationPlan.PoissonInput poisson) {
        int[] targets = poisson.targets();
        lengthOneOr("ratesHz", poisson.ratesHz().length, targets.length);
        lengthOneOr("weights", poisson.weights().length, targets.length);
        double duration = finite(poisson.stopMs()) - poisson.startMs();
        String rates = valueOrFile("stimulus" + s + ".rates", poisson.ratesHz());
        String source = "poisson" + s;
        script.append("# poisson_generator: an independent train per target\n");
        script.append(population(source, targets.length, "sim.SpikeSourcePoisson", List.of("rate=" + rates,
                "start=" + num(poisson.startMs()), "duration=" + num(duration)), ""));
        int[] sourceIndex = new int[targets.length];
        for (int k = 0; k < targets.length; k++) {
            sourceIndex[k] = k;
        }
        double[] weights = new double[targets.length];
        for (int k = 0; k < targets.length; k++) {
            weights[k] = poisson.weights()[poisson.weights().length == 1 ? 0 : k];
        }
        connectSource(source, "stimulus" + s, sourceIndex, targets, weights, poisson.delayMs());
    }

    private void writeSpikeTrain(int s, SimulationPlan.SpikeTrainInput train) {
        String source = "train" + s;
        writeDoubles("stimulus" + s + ".times.f64", train.timesMs());
        script.append("# spike_generator: one train sent to every target\n");
        script.append(population(source, 1, "sim.SpikeSourceArray", List.of("spike_times=load('stimulus" + s
                + ".times.f64')"), ""));
        int[] targets = train.targets();
        double[] weights = new double[targets.length];
        Arrays.fill(weights, train.weight());
        connectSource(source, "stimulus" + s, new int[targets.length], targets, weights, train.delayMs());
    }

    /** Connects source cells to targets, split by target range and by sign, with per-connection weights. */
    private void connectSource(String source, String prefix, int[] sourceIndex, int[] targets, double[] weights,
            double delayMs) {
        for (int r = 0; r < plan.ranges().size(); r++) {
            PynnCell cell = cells.get(r);
            for (int sign = 0; sign < 2; sign++) {
                List<double[]> rows = new ArrayList<>();
                for (int k = 0; k < targets.length; k++) {
                    boolean inhibitory = weights[k] < 0;
                    if (rangeOf[targets[k]] != r || inhibitory != (sign == 1)) {
                        continue;
                    }
                    double weight = cell.pynnWeight(weights[k]);
                    rows.add(new double[] {sourceIndex[k], targets[k] - plan.ranges().get(r).firstId(),
                        cell.conductanceBased() ? Math.abs(weight) : weight, delayMs});
                }
                if (rows.isEmpty()) {
                    continue;
                }
                double[] flat = new double[rows.size() * 4];
                for (int i = 0; i < rows.size(); i++) {
                    System.arraycopy(rows.get(i), 0, flat, i * 4, 4);
                }
                String file = prefix + ".pop" + r + (sign == 1 ? ".inhibitory" : ".excitatory") + ".f64";
                writeDoubles(file, flat);
                script.append(call("", "connect", List.of(source, "pop" + r, "'" + file + "'",
                        sign == 1 ? "'inhibitory'" : "'excitatory'", "sim.StaticSynapse()")));
            }
        }
    }

    private void writeRecorders() {
        int[] recorded = plan.spikeRecorded().clone();
        Arrays.sort(recorded);
        List<String> spikeViews = new ArrayList<>();
        for (int r = 0; r < plan.ranges().size(); r++) {
            int[] local = localUnique(recorded, r);
            if (local.length == 0) {
                continue;
            }
            String view = viewOf(r, local, "spikes.pop" + r + ".i32");
            script.append(view).append(".record('spikes')\n");
            spikeViews.add("    (pop" + r + ", " + plan.ranges().get(r).firstId() + "),\n");
        }
        // multimeters: per range, the variables and the neurons to write, at one sampling interval per range
        Map<Integer, Double> intervalOf = new LinkedHashMap<>();
        StringBuilder traceCalls = new StringBuilder();
        for (int m = 0; m < plan.multimeters().size(); m++) {
            SimulationPlan.Multimeter multimeter = plan.multimeters().get(m);
            int every = samplingSteps(multimeter, h);
            double interval = every * h;
            for (int r = 0; r < plan.ranges().size(); r++) {
                int[] local = localUnique(multimeter.neurons(), r);
                if (local.length == 0) {
                    continue;
                }
                Double previous = intervalOf.putIfAbsent(r, interval);
                if (previous != null && previous != interval) {
                    throw new IllegalArgumentException("multimeter '" + multimeter.label() + "' samples group '"
                            + plan.ranges().get(r).group() + "' every " + num(interval) + " ms, another multimeter "
                            + "every " + num(previous) + " ms; PyNN records a population at one interval, so give "
                            + "them the same interval");
                }
                PynnCell cell = cells.get(r);
                String group = plan.ranges().get(r).group();
                List<String> variables = new ArrayList<>();
                List<String> outputs = new ArrayList<>();
                for (String recordable : multimeter.recordFrom()) {
                    PynnCell.Recordable mapped = cell.recordable(recordable).orElseThrow(
                            () -> new IllegalArgumentException("multimeter '" + multimeter.label() + "' records '"
                                    + recordable + "' of group '" + group + "' ("
                                    + cell.nestModel() + "); PyNN's " + cell.pynnCell() + " records "
                                    + recordablesOf(cell)));
                    if (!variables.contains(mapped.variable())) {
                        variables.add(mapped.variable());
                    }
                    outputs.add("('" + mapped.variable() + "', " + num(mapped.toNest()) + ", '"
                            + traceFile(m, r, recordable) + "')");
                }
                String file = "multimeter" + m + ".pop" + r + ".i32";
                writeInts(file, local);
                script.append(call("", "cells(pop" + r + ", '" + file + "').record", List.of(
                        variables.stream().map(v -> "'" + v + "'").toList().toString(),
                        "sampling_interval=" + num(interval))));
                int samples = (int) Math.round(plan.durationMs() / h) / every;
                List<String> arguments = new ArrayList<>(List.of("pop" + r, "'" + file + "'", "" + samples));
                arguments.addAll(outputs);
                traceCalls.append(call("", "write_traces", arguments));
            }
        }
        script.append("""

                # ---- run, reporting progress ----
                """);
        long steps = Math.round(plan.durationMs() / h);
        long chunk = Math.max(1, steps / 50);
        script.append("STEPS = ").append(steps).append("\nCHUNK = ").append(chunk).append("  # steps per report\n");
        script.append("""
                done = 0
                while done < STEPS:
                    step = min(CHUNK, STEPS - done)
                    sim.run(step * %s)
                    done += step
                    print('NNGT_PROGRESS %%.6g %%.6g' %% (done * %s, DURATION), flush=True)

                # ---- results: spikes in NNGT ids, traces in NEST's units ----
                RECORDED = [  # populations with recorded spikes and their first NNGT id
                %s]
                ids, times = [], []
                for population, first in RECORDED:
                    block = population.get_data('spikes')
                    for train in block.segments[0].spiketrains:
                        index = first + train.annotations['source_index']
                        ids.append(np.full(len(train), index, dtype='<i4'))
                        times.append(np.asarray(train.magnitude, dtype='<f8'))
                save('%s', np.concatenate(ids) if ids else [], '<i4')
                save('%s', np.concatenate(times) if times else [], '<f8')


                def write_traces(population, neurons, samples, *outputs):
                    # NEST samples at k * interval, k = 1 ... samples; PyNN also
                    # records t = 0
                    variables = [variable for variable, _, _ in outputs]
                    block = population.get_data(variables).segments[0]
                    wanted = load(neurons, '<i4')
                    for variable, factor, name in outputs:
                        signal = [s for s in block.analogsignals
                                  if s.name == variable][0]
                        channels = list(signal.array_annotations['channel_index'])
                        columns = [channels.index(index) for index in wanted]
                        values = np.asarray(signal.magnitude)[1:samples + 1, columns]
                        save(name, (values * factor).T, '<f8')


                """.formatted(num(h), num(h), String.join("", spikeViews), SPIKE_IDS, SPIKE_TIMES));
        script.append(traceCalls);
        script.append("sim.end()\n");
    }

    /**
     * A call statement on one line when it fits in flake8's 79 columns, else one argument per line.
     *
     * @param indent    the statement's indentation
     * @param callee    what is called (with an assignment in front where there is one)
     * @param arguments the arguments, each on one line
     * @return the statement with its line break
     */
    private static String call(String indent, String callee, List<String> arguments) {
        String line = indent + callee + "(" + String.join(", ", arguments) + ")\n";
        if (line.length() <= MAX_LINE + 1) {
            return line;
        }
        StringBuilder lines = new StringBuilder(indent).append(callee).append("(\n");
        for (String argument : arguments) {
            lines.append(indent).append("    ").append(argument).append(",\n");
        }
        return lines.append(indent).append(")\n").toString();
    }

    /** {@code name = sim.Population(size, cell(arguments)extra)}, the cell's arguments one per line when long. */
    private static String population(String name, int size, String cell, List<String> arguments, String extra) {
        String line = name + " = sim.Population(" + size + ", " + cell + "(" + String.join(", ", arguments) + ")"
                + extra + ")\n";
        if (line.length() <= MAX_LINE + 1) {
            return line;
        }
        StringBuilder lines = new StringBuilder(name).append(" = sim.Population(").append(size).append(", ")
                .append(cell).append("(\n");
        for (String argument : arguments) {
            lines.append("    ").append(argument).append(",\n");
        }
        return lines.append(")").append(extra).append(")\n").toString();
    }

    private static String recordablesOf(PynnCell cell) {
        List<String> names = new ArrayList<>();
        for (String name : List.of("V_m", "g_ex", "g_in", "U_m", "w")) {
            if (cell.recordable(name).isPresent()) {
                names.add(name);
            }
        }
        return String.join(", ", names);
    }

    private int[] localUnique(int[] ids, int r) {
        NeuronRange range = plan.ranges().get(r);
        return Arrays.stream(ids).filter(id -> rangeOf[id] == r).map(id -> id - range.firstId()).distinct().sorted()
                .toArray();
    }

    /**
     * The file of one trace matrix (rows: the multimeter's neurons of the range in ascending order, columns:
     * samples).
     *
     * @param multimeter the multimeter's index
     * @param range      the range's index
     * @param recordable the NEST recordable
     * @return the file name
     */
    public static String traceFile(int multimeter, int range, String recordable) {
        return "trace.m" + multimeter + ".pop" + range + "." + recordable + ".f64";
    }

    /**
     * The multimeter's interval in resolution steps.
     *
     * @param multimeter   the multimeter
     * @param resolutionMs the resolution
     * @return the steps between samples, at least 1
     */
    public static int samplingSteps(SimulationPlan.Multimeter multimeter, double resolutionMs) {
        return (int) Math.max(1, Math.round(multimeter.intervalMs() / resolutionMs));
    }

    /**
     * The range index of every neuron.
     *
     * @param plan the plan
     * @return range index by NNGT id
     */
    public static int[] rangeOfNeuron(SimulationPlan plan) {
        int[] rangeOf = new int[plan.neuronCount()];
        List<NeuronRange> ranges = plan.ranges();
        for (int r = 0; r < ranges.size(); r++) {
            Arrays.fill(rangeOf, ranges.get(r).firstId(), ranges.get(r).firstId() + ranges.get(r).size(), r);
        }
        return rangeOf;
    }

    private static void lengthOneOr(String name, int length, int targets) {
        if (length != 1 && length != targets) {
            throw new IllegalArgumentException("poisson_generator: " + name + " has " + length + " values for "
                    + targets + " targets; give 1 or " + targets);
        }
    }

    /** A value as the script writes it: the shortest round-trip form, {@code 1.0} for integral values. */
    static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return Double.toString(value);
    }

    private static String pythonString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private void writeDoubles(String name, double[] values) {
        DataFiles.writeDoubles(folder.resolve(name), values, "PyNN");
    }

    private void writeInts(String name, int[] values) {
        DataFiles.writeInts(folder.resolve(name), values, "PyNN");
    }
}
