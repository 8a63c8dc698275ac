package nngt.sim.embedded.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;

import nngt.catalog.SimulatorLimits;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.PlanEdges;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.RunMetadata;
import nngt.sim.api.SimulationCancelledException;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlan.NeuronRange;
import nngt.sim.api.SimulationPlan.SynapseModel;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Trace;

/**
 * The time-driven engine. Time advances on the resolution grid in communication intervals of
 * {@code minDelay} steps: every thread updates the neurons it owns for the interval, then all threads
 * exchange the interval's spikes, and each thread writes into the ring buffers of its own neurons the
 * spikes that reach them. Spikes are delivered in (step, source id) order whatever the number of
 * threads, and every neuron draws from its own random stream, so a seed gives the same result on any
 * number of threads.
 *
 * <p>Timing follows NEST: a spike emitted while updating step s carries the time (s+1)·h and reaches its
 * target's buffer slot s + d, whose content enters the target's state at the end of that step; a
 * device current emitted at step s is read at step s + d and acts on the next step.
 */
public final class Engine implements PreparedSimulation {

    private final SimulationPlan plan;
    private final PlanEdges edges;
    private final String simulatorId;
    private final String version;
    private final double h;
    private final int n;
    private final int threads;
    private final int minDelay;
    private final int ringSize;
    private final int totalSteps;
    private final NeuronPopulation[] populations;
    private final double[] ringEx;
    private final double[] ringIn;
    private final double[] stim;
    private final long[] rng;
    private final Part[] parts;
    private final boolean[] recordSpikes;
    private final PostSynapticArchive archive;
    private final List<MultimeterState> multimeters = new ArrayList<>();
    private final double buildSeconds;
    private boolean used;

    /**
     * Builds neurons, synapses and devices.
     *
     * @param plan        the plan
     * @param simulatorId simulator id for the metadata
     * @param version     simulator version for the metadata
     * @throws IllegalArgumentException when a model, parameter, delay or device setting is invalid
     */
    public Engine(SimulationPlan plan, String simulatorId, String version) {
        long start = System.nanoTime();
        this.plan = plan;
        // each thread reads the edges of its own targets: from the arrays, or drawn straight into its tables
        this.edges = plan.edges();
        this.simulatorId = simulatorId;
        this.version = version;
        this.h = plan.resolutionMs();
        this.n = plan.neuronCount();
        this.threads = Math.max(1, Math.min(plan.threads(), Math.max(1, n)));
        this.totalSteps = checkedSteps("durationMs", plan.durationMs());
        List<NeuronRange> ranges = new ArrayList<>(plan.ranges());
        ranges.sort((a, b) -> Integer.compare(a.firstId(), b.firstId()));
        populations = new NeuronPopulation[ranges.size()];
        for (int p = 0; p < populations.length; p++) {
            populations[p] = Models.create(ranges.get(p), h);
        }
        rng = new long[n];
        for (int i = 0; i < n; i++) {
            rng[i] = Rng.seed(plan.seed(), i);
        }
        int[] delayRange = delayRangeSteps();
        int dMin = delayRange[0];
        int dMax = delayRange[1];
        // without edges nothing is communicated, any interval works; 1 ms keeps barriers rare
        this.minDelay = edges.size() == 0 ? Math.max(1, (int) Math.round(1.0 / h)) : dMin;
        this.ringSize = Math.max(dMax, 1) + minDelay;
        if ((long) ringSize * n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("delaysMs: the largest delay (" + dMax * h + " ms) needs " + ringSize
                    + " buffer slots for " + n + " neurons, more than the 2^31 a Java array holds");
        }
        ringEx = new double[ringSize * n];
        ringIn = new double[ringSize * n];
        stim = new double[n];
        recordSpikes = new boolean[n];
        for (int id : plan.spikeRecorded()) {
            recordSpikes[id] = true;
        }
        archive = buildArchive();
        parts = new Part[threads];
        for (int t = 0; t < threads; t++) {
            parts[t] = new Part((int) ((long) n * t / threads), (int) ((long) n * (t + 1) / threads));
        }
        runParallel(t -> parts[t].build(dMax));
        for (int m = 0; m < plan.multimeters().size(); m++) {
            multimeters.add(new MultimeterState(plan.multimeters().get(m)));
        }
        buildSeconds = (System.nanoTime() - start) / 1e9;
    }

    private int checkedSteps(String name, double ms) {
        double steps = ms / h;
        long rounded = Math.round(steps);
        if (Math.abs(steps - rounded) > 1e-6 * Math.max(1, Math.abs(steps)) || rounded > SimulatorLimits.MAX_STEPS) {
            throw new IllegalArgumentException(name + ": " + ms + " ms is not a multiple of the resolution " + h
                    + " ms (or is too large)");
        }
        return (int) rounded;
    }

    /** Checks every delay and returns the smallest and largest in steps (0, 0 without edges). */
    private int[] delayRangeSteps() {
        int min = Integer.MAX_VALUE;
        int max = 0;
        float lastMs = Float.NaN;
        for (PlanEdges.Cursor edge = edges.delaySamples(); edge.next();) {
            if (edge.delayMs() == lastMs) {
                continue;
            }
            lastMs = edge.delayMs();
            int steps = toSteps(lastMs);
            if (!(steps >= 1) || steps > (1 << 21) - 1) {
                throw new IllegalArgumentException("delaysMs: an edge (" + edge.source() + " → " + edge.target()
                        + ") has delay " + lastMs
                        + " ms; delays must be >= the resolution " + h + " ms and below 2^21 steps");
            }
            min = Math.min(min, steps);
            max = Math.max(max, steps);
        }
        return edges.size() == 0 ? new int[] {0, 0} : new int[] {min, max};
    }

    private int toSteps(float delayMs) {
        return (int) Math.round(delayMs / h);
    }

    private PostSynapticArchive buildArchive() {
        List<SynapseModel> models = plan.synapseModels();
        if (models.stream().noneMatch(model -> model.model().equals("stdp_synapse"))) {
            return null;
        }
        boolean[] archived = new boolean[n];
        boolean any = false;
        for (PlanEdges.Cursor edge = edges.edgesTo(0, n); edge.next();) {
            int index = edge.synapseModel();
            if (index >= 0 && models.get(index).model().equals("stdp_synapse")) {
                archived[edge.target()] = true;
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        double[] tauMinus = new double[n];
        for (NeuronRange range : plan.ranges()) {
            for (int i = 0; i < range.size(); i++) {
                if (archived[range.firstId() + i]) {
                    tauMinus[range.firstId() + i] = range.value("tau_minus", i);
                }
            }
        }
        return new PostSynapticArchive(archived, tauMinus);
    }

    @Override
    public double buildSeconds() {
        return buildSeconds;
    }

    @Override
    public SimulationResult run(ProgressListener progress, CancellationToken cancel) {
        if (used) {
            throw new IllegalStateException("run: this simulation was already run; prepare a new one");
        }
        used = true;
        long start = System.nanoTime();
        int slices = (totalSteps + minDelay - 1) / minDelay;
        double totalMs = plan.durationMs();
        int[] reached = {0};
        CyclicBarrier updated = new CyclicBarrier(threads);
        CyclicBarrier delivered = new CyclicBarrier(threads, () -> {
            reached[0]++;
            progress.progress(Math.min(totalMs, reached[0] * (double) minDelay * h), totalMs);
        });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        boolean[] stopped = {false};
        runParallel(t -> {
            Part part = parts[t];
            for (int slice = 0; slice < slices; slice++) {
                if (t == 0 && cancel.isCancelled()) {
                    stopped[0] = true;
                }
                await(updated, failure);
                if (stopped[0] || failure.get() != null) {
                    return;
                }
                int first = slice * minDelay;
                int last = Math.min(totalSteps, first + minDelay);
                try {
                    part.spikes.clear();
                    for (int step = first; step < last; step++) {
                        part.advance(step);
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
                await(updated, failure);
                if (failure.get() != null) {
                    return;
                }
                try {
                    part.deliver(first, last);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
                await(delivered, failure);
            }
        });
        if (failure.get() != null) {
            Throwable cause = failure.get();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("run: a worker thread failed", cause);
        }
        if (stopped[0]) {
            throw new SimulationCancelledException(reached[0] * minDelay * h);
        }
        double runSeconds = (System.nanoTime() - start) / 1e9;
        return collect(runSeconds);
    }

    private static void await(CyclicBarrier barrier, AtomicReference<Throwable> failure) {
        try {
            barrier.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } catch (BrokenBarrierException e) {
            failure.compareAndSet(null, e);
        }
    }

    private SimulationResult collect(double runSeconds) {
        int[] offsets = new int[n + 1];
        for (Part part : parts) {
            for (int k = 0; k < part.recordedCount; k++) {
                offsets[part.recordedNeurons[k] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        double[] times = new double[offsets[n]];
        int[] fill = Arrays.copyOf(offsets, n);
        for (Part part : parts) {
            for (int k = 0; k < part.recordedCount; k++) {
                times[fill[part.recordedNeurons[k]]++] = (part.recordedSteps[k] + 1) * h;
            }
        }
        List<SimulationResult.Group> groups = new ArrayList<>();
        for (NeuronRange range : plan.ranges()) {
            groups.add(new SimulationResult.Group(range.group(), range.firstId(), range.size(), range.neuronType()));
        }
        List<Trace> traces = new ArrayList<>();
        for (MultimeterState m : multimeters) {
            m.addTraces(traces);
        }
        RunMetadata metadata = new RunMetadata(simulatorId, version, plan.seed(), threads, h,
                plan.durationMs(), buildSeconds, runSeconds);
        return new SimulationResult(n, offsets, times, plan.spikeRecorded().clone(), groups, traces, metadata);
    }

    @Override
    public void close() {
        used = true;
    }

    /** @return the bytes held by all synapse tables */
    public long synapseBytes() {
        long bytes = 0;
        for (Part part : parts) {
            bytes += part.synapseBytes();
        }
        return bytes;
    }

    /**
     * The value every edge's synapse uses for a synapse parameter, reconstructed from the engine's tables in the
     * plan's edge order (for tests and read-back): what the plan drew for the edge, else its synapse model's
     * constant or catalog default. For a state variable (e.g. tsodyks2's {@code u} and {@code x}) the current
     * value, the initial one before the run.
     *
     * @param name a NEST synapse parameter or state name, e.g. {@code U}
     * @return one value per edge of the plan; NaN for static edges and edges whose model has no such name
     */
    public double[] synapseParameterByEdge(String name) {
        int[] src = plan.sources();
        int[] tgt = plan.targets();
        int[] model = plan.synapseModelIndex();
        double[] values = new double[src.length];
        Arrays.fill(values, Double.NaN);
        if (model == null) {
            return values;
        }
        for (Part part : parts) {
            // replay the table fill of Part.build: within a table, edges keep the plan's order per source row
            int[][] fill = new int[part.tableOfSpec.length][];
            for (int e = 0; e < src.length; e++) {
                int spec = model[e];
                if (tgt[e] < part.lo || tgt[e] >= part.hi || spec < 0 || part.tableOfSpec[spec] == null) {
                    continue;
                }
                PlasticSynapses table = part.tableOfSpec[spec];
                if (fill[spec] == null) {
                    fill[spec] = table.offsets.clone();
                }
                values[e] = table.parameter(name, fill[spec][src[e]]++);
            }
        }
        return values;
    }

    private interface ThreadBody {
        void run(int thread);
    }

    private void runParallel(ThreadBody body) {
        if (threads == 1) {
            body.run(0);
            return;
        }
        Thread[] workers = new Thread[threads - 1];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int t = 1; t < threads; t++) {
            int index = t;
            workers[t - 1] = new Thread(() -> {
                try {
                    body.run(index);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "nngt-embedded-" + t);
            workers[t - 1].start();
        }
        try {
            body.run(0);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("run: interrupted while waiting for worker threads", e);
            }
        }
        Throwable cause = failure.get();
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
    }

    /** The neurons, synapses and device connections one thread owns. */
    private final class Part {
        final int lo;
        final int hi;
        final SpikeBuffer spikes = new SpikeBuffer();
        StaticSynapses staticSynapses;
        final List<PlasticSynapses> plastic = new ArrayList<>();
        /** Per synapse model of the plan its table, null for static ones and models without owned edges. */
        PlasticSynapses[] tableOfSpec;
        final List<Device> devices = new ArrayList<>();
        int[] recordedNeurons = new int[256];
        int[] recordedSteps = new int[256];
        int recordedCount;
        final List<int[]> sampled = new ArrayList<>();

        Part(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        void build(int maxDelay) {
            int specs = plan.synapseModels().size();
            tableOfSpec = new PlasticSynapses[specs];
            // kind 0 is the static table (index −1 and specs naming static_synapse), kind s+1 spec s
            int[] kindOfSpec = new int[specs];
            for (int s = 0; s < specs; s++) {
                kindOfSpec[s] = plan.synapseModels().get(s).model().equals("static_synapse") ? 0 : s + 1;
            }
            int[][] counts = new int[specs + 1][];
            // the plan's per-edge parameter columns, and per plastic kind which of them its owned edges draw
            List<String> columnNames = edges.parameterNames();
            int columns = columnNames.size();
            boolean[][] drawn = new boolean[specs + 1][columns];
            // for the static table: the row's first weight and delay, and whether every row has only one
            float[] rowWeight = new float[n];
            int[] rowDelay = new int[n];
            boolean uniformWeights = true;
            boolean uniformDelays = true;
            float lastMs = Float.NaN;
            int lastSteps = 0;
            for (PlanEdges.Cursor edge = edges.edgesTo(lo, hi); edge.next();) {
                int spec = edge.synapseModel();
                int kind = spec < 0 ? 0 : kindOfSpec[spec];
                if (counts[kind] == null) {
                    counts[kind] = new int[n + 1];
                }
                int source = edge.source();
                if (kind == 0) {
                    if (edge.delayMs() != lastMs) {
                        lastMs = edge.delayMs();
                        lastSteps = toSteps(lastMs);
                    }
                    float weight = edge.weight();
                    if (counts[0][source + 1] == 0) {
                        rowWeight[source] = weight;
                        rowDelay[source] = lastSteps;
                    } else {
                        // compare bits so that -0.0 and 0.0 (different ring buffers) stay apart
                        uniformWeights &= Float.floatToRawIntBits(weight) == Float.floatToRawIntBits(rowWeight[source]);
                        uniformDelays &= lastSteps == rowDelay[source];
                    }
                } else {
                    for (int c = 0; c < columns; c++) {
                        drawn[kind][c] |= !Float.isNaN(edge.parameter(c));
                    }
                }
                counts[kind][source + 1]++;
            }
            boolean shortDelays = maxDelay <= Short.MAX_VALUE;
            int[][] offsets = new int[specs + 1][];
            int[][] targets = new int[specs + 1][];
            float[] staticWeights = null;
            double[][] plasticWeights = new double[specs + 1][];
            short[][] shorts = new short[specs + 1][];
            int[][] ints = new int[specs + 1][];
            int[][] fill = new int[specs + 1][];
            double[][][] drawnValues = new double[specs + 1][columns][];
            for (int k = 0; k <= specs; k++) {
                if (counts[k] == null) {
                    continue;
                }
                int[] off = counts[k];
                for (int i = 0; i < n; i++) {
                    off[i + 1] += off[i];
                }
                int size = off[n];
                offsets[k] = off;
                targets[k] = new int[size];
                boolean perSynapseDelays = k > 0 || !uniformDelays;
                if (k == 0) {
                    staticWeights = uniformWeights ? null : new float[size];
                } else {
                    plasticWeights[k] = new double[size];
                    for (int c = 0; c < columns; c++) {
                        drawnValues[k][c] = drawn[k][c] ? new double[size] : null;
                    }
                }
                if (perSynapseDelays && shortDelays) {
                    shorts[k] = new short[size];
                } else if (perSynapseDelays) {
                    ints[k] = new int[size];
                }
                fill[k] = Arrays.copyOf(off, n);
            }
            lastMs = Float.NaN;
            for (PlanEdges.Cursor edge = edges.edgesTo(lo, hi); edge.next();) {
                int spec = edge.synapseModel();
                int k = spec < 0 ? 0 : kindOfSpec[spec];
                int j = fill[k][edge.source()]++;
                targets[k][j] = edge.target();
                if (k == 0) {
                    if (staticWeights != null) {
                        staticWeights[j] = edge.weight();
                    }
                } else {
                    plasticWeights[k][j] = edge.weight();
                    for (int c = 0; c < columns; c++) {
                        if (drawnValues[k][c] != null) {
                            drawnValues[k][c][j] = edge.parameter(c);
                        }
                    }
                }
                if (shorts[k] != null || ints[k] != null) {
                    if (edge.delayMs() != lastMs) {
                        lastMs = edge.delayMs();
                        lastSteps = toSteps(lastMs);
                    }
                    if (shorts[k] != null) {
                        shorts[k][j] = (short) lastSteps;
                    } else {
                        ints[k][j] = lastSteps;
                    }
                }
            }
            if (offsets[0] != null) {
                staticSynapses = new StaticSynapses(offsets[0], targets[0], staticWeights,
                        uniformWeights ? rowWeight : null, shorts[0], ints[0], uniformDelays ? rowDelay : null);
            }
            for (int k = 1; k <= specs; k++) {
                if (offsets[k] == null) {
                    continue;
                }
                SimulationPlan.SynapseModel spec = plan.synapseModels().get(k - 1);
                Map<String, double[]> values = new HashMap<>();
                for (int c = 0; c < columns; c++) {
                    if (drawnValues[k][c] != null) {
                        values.put(columnNames.get(c), drawnValues[k][c]);
                    }
                }
                SynapseParameters p = new SynapseParameters(spec, values);
                double[] doubleWeights = plasticWeights[k];
                PlasticSynapses table = switch (spec.model()) {
                    case "tsodyks2_synapse" -> new Tsodyks2Synapses(offsets[k], targets[k], doubleWeights,
                            shorts[k], ints[k], p);
                    case "tsodyks_synapse" -> new TsodyksSynapses(offsets[k], targets[k], doubleWeights,
                            shorts[k], ints[k], p);
                    case "stdp_synapse" -> new StdpSynapses(offsets[k], targets[k], doubleWeights, shorts[k],
                            ints[k], p);
                    default -> throw new IllegalArgumentException("synapseModels: '" + spec.model()
                            + "' is not implemented; available: static_synapse, tsodyks_synapse, "
                            + "tsodyks2_synapse, stdp_synapse");
                };
                plastic.add(table);
                tableOfSpec[k - 1] = table;
            }
            for (SimulationPlan.Stimulus stimulus : plan.stimuli()) {
                Device device = Device.create(stimulus, h, plan.deviceDelayMs(), lo, hi);
                if (device != null) {
                    devices.add(device);
                }
            }
            for (int m = 0; m < plan.multimeters().size(); m++) {
                int[] neurons = plan.multimeters().get(m).neurons();
                for (int k = 0; k < neurons.length; k++) {
                    if (neurons[k] >= lo && neurons[k] < hi) {
                        sampled.add(new int[] {m, k});
                    }
                }
            }
        }

        void advance(int step) {
            int base = (step % ringSize) * n;
            Arrays.fill(stim, lo, hi, 0.0);
            for (Device device : devices) {
                device.apply(step, base, ringEx, ringIn, stim, rng);
            }
            int before = spikes.size();
            for (NeuronPopulation population : populations) {
                int from = Math.max(lo, population.firstId());
                int to = Math.min(hi, population.firstId() + population.size());
                if (from < to) {
                    population.update(from, to, step, ringEx, ringIn, base, stim, rng, spikes);
                }
            }
            Arrays.fill(ringEx, base + lo, base + hi, 0.0);
            Arrays.fill(ringIn, base + lo, base + hi, 0.0);
            int[] ids = spikes.neurons();
            for (int k = before; k < spikes.size(); k++) {
                int id = ids[k];
                if (recordSpikes[id]) {
                    record(id, step);
                }
                if (archive != null) {
                    archive.record(id, (step + 1) * h);
                }
            }
            for (int[] sample : sampled) {
                multimeters.get(sample[0]).sample(sample[1], step);
            }
        }

        private void record(int id, int step) {
            if (recordedCount == recordedNeurons.length) {
                recordedNeurons = Arrays.copyOf(recordedNeurons, recordedCount * 2);
                recordedSteps = Arrays.copyOf(recordedSteps, recordedCount * 2);
            }
            recordedNeurons[recordedCount] = id;
            recordedSteps[recordedCount] = step;
            recordedCount++;
        }

        void deliver(int first, int last) {
            int[] cursor = new int[threads];
            for (int step = first; step < last; step++) {
                int readBase = step % ringSize;
                double tSpike = (step + 1) * h;
                for (int t = 0; t < threads; t++) {
                    SpikeBuffer buffer = parts[t].spikes;
                    int[] ids = buffer.neurons();
                    int[] steps = buffer.steps();
                    int k = cursor[t];
                    while (k < buffer.size() && steps[k] == step) {
                        int source = ids[k];
                        if (staticSynapses != null) {
                            staticSynapses.deliver(source, readBase, ringSize, n, ringEx, ringIn);
                        }
                        for (PlasticSynapses table : plastic) {
                            table.deliver(source, tSpike, h, readBase, ringSize, n, ringEx, ringIn, archive);
                        }
                        k++;
                    }
                    cursor[t] = k;
                }
            }
        }

        long synapseBytes() {
            long bytes = staticSynapses == null ? 0 : staticSynapses.bytes();
            for (PlasticSynapses table : plastic) {
                bytes += table.bytes();
            }
            return bytes;
        }
    }

    /** Samples of one multimeter: per recorded neuron and recordable one array of values. */
    private final class MultimeterState {
        final SimulationPlan.Multimeter spec;
        final int interval;
        final NeuronPopulation[] populationOf;
        final int[][] recordableIndex;
        final double[][][] values;

        MultimeterState(SimulationPlan.Multimeter spec) {
            this.spec = spec;
            this.interval = checkedSteps("intervalMs", spec.intervalMs());
            if (interval < 1) {
                throw new IllegalArgumentException("intervalMs: " + spec.intervalMs()
                        + " ms; it must be at least the resolution " + h + " ms");
            }
            int samples = totalSteps / interval;
            int count = spec.neurons().length;
            populationOf = new NeuronPopulation[count];
            recordableIndex = new int[count][spec.recordFrom().size()];
            values = new double[count][spec.recordFrom().size()][samples];
            for (int k = 0; k < count; k++) {
                int id = spec.neurons()[k];
                for (NeuronPopulation population : populations) {
                    if (id >= population.firstId() && id < population.firstId() + population.size()) {
                        populationOf[k] = population;
                    }
                }
                for (int r = 0; r < spec.recordFrom().size(); r++) {
                    String model = plan.ranges().stream()
                            .filter(range -> id >= range.firstId() && id < range.firstId() + range.size())
                            .findFirst().orElseThrow().model();
                    recordableIndex[k][r] = populationOf[k].recordableIndex(spec.recordFrom().get(r), model);
                }
            }
        }

        void sample(int k, int step) {
            if ((step + 1) % interval != 0) {
                return;
            }
            int sample = (step + 1) / interval - 1;
            int id = spec.neurons()[k];
            for (int r = 0; r < recordableIndex[k].length; r++) {
                values[k][r][sample] = populationOf[k].recordable(recordableIndex[k][r], id);
            }
        }

        void addTraces(List<Trace> traces) {
            int samples = totalSteps / interval;
            double[] times = new double[samples];
            for (int s = 0; s < samples; s++) {
                times[s] = (s + 1) * interval * h;
            }
            for (int k = 0; k < values.length; k++) {
                for (int r = 0; r < values[k].length; r++) {
                    traces.add(new Trace(spec.neurons()[k], spec.recordFrom().get(r), times, values[k][r]));
                }
            }
        }
    }
}
