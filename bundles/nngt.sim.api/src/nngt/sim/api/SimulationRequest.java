package nngt.sim.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import nngt.graph.NetworkInstance;
import nngt.model.Network;

/**
 * Everything a simulator needs, as primitive arrays in NEST units: neuron ranges (NNGT ids are
 * {@code 0 … neuronCount−1}, each range one group and one neuron model with per-neuron parameter
 * values), the edges (parallel arrays; weights already carry NEST's sign, negative for inhibitory
 * sources), the synapse models the edges refer to, stimuli, recorders, resolution, duration, seed and
 * number of threads. Arrays handed to the builder are kept, not copied: do not change them afterwards.
 * Build one with {@link #builder()}.
 *
 * <p>Two optional parts serve simulators that run outside the JVM: the {@linkplain #source() source} (the model
 * and instance the request was built from, set by {@link NetworkRequests#from}) lets a simulator generate its own
 * project from the model, and the {@linkplain #options() simulator options} (text keys such as
 * {@code nest.python}) carry settings that only one simulator understands; simulators ignore keys they do not
 * know.
 */
public final class SimulationRequest {

    /** NEST's default resolution, 0.1 ms. */
    public static final double DEFAULT_RESOLUTION_MS = 0.1;
    /** NEST's default delay of a device connection, 1.0 ms. */
    public static final double DEFAULT_DEVICE_DELAY_MS = 1.0;
    /** NEST's default multimeter interval, 1.0 ms. */
    public static final double DEFAULT_MULTIMETER_INTERVAL_MS = 1.0;

    /**
     * A contiguous range of neurons that share a group and a NEST neuron model.
     *
     * @param group      the group name (used by analysis and in messages)
     * @param firstId    the first NNGT id of the range
     * @param size       the number of neurons
     * @param neuronType +1 excitatory, −1 inhibitory
     * @param model      the NEST neuron model name
     * @param parameters parameter and initial-state values in NEST units: an array of length 1 (all
     *                   neurons) or {@code size} (one value per neuron); unset names take NEST's defaults
     */
    public record NeuronRange(String group, int firstId, int size, int neuronType, String model,
            Map<String, double[]> parameters) {

        /**
         * Checks the range and copies the parameter map (not the arrays).
         *
         * @throws IllegalArgumentException when size is negative, the type is not ±1 or a parameter
         *                                  array has a length other than 1 or size
         */
        public NeuronRange {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(model, "model");
            if (firstId < 0 || size < 0) {
                throw new IllegalArgumentException("firstId/size: range of group '" + group + "' is [" + firstId
                        + ", +" + size + "), both must be >= 0");
            }
            if (neuronType != 1 && neuronType != -1) {
                throw new IllegalArgumentException("neuronType: group '" + group + "' has type " + neuronType
                        + "; valid are 1 (excitatory) and -1 (inhibitory)");
            }
            parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
            for (Map.Entry<String, double[]> entry : parameters.entrySet()) {
                int length = entry.getValue().length;
                if (length != 1 && length != size) {
                    throw new IllegalArgumentException("parameters: '" + entry.getKey() + "' of group '" + group
                            + "' has " + length + " values; give 1 or " + size);
                }
            }
        }

        /**
         * The value of a parameter for one neuron of the range.
         *
         * @param name         the parameter name
         * @param indexInRange the neuron's index inside the range
         * @param defaultValue the value when the parameter is not set or the neuron's value is NaN (a partial
         *                     randomization leaves the others at the model's default)
         * @return the value
         */
        public double value(String name, int indexInRange, double defaultValue) {
            double[] values = parameters.get(name);
            if (values == null) {
                return defaultValue;
            }
            double value = values.length == 1 ? values[0] : values[indexInRange];
            return Double.isNaN(value) ? defaultValue : value;
        }
    }

    /**
     * A synapse model with its parameters, referred to by the index of the edge's synapse spec.
     *
     * @param model      the NEST synapse model name (static_synapse, tsodyks2_synapse, ...)
     * @param parameters NEST parameter values; unset names take NEST's defaults
     */
    public record SynapseModel(String model, Map<String, Double> parameters) {
        /** Copies the parameter map. */
        public SynapseModel {
            Objects.requireNonNull(model, "model");
            parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        }
    }

    /** A stimulation device connected to a set of neurons. */
    public sealed interface Stimulus permits PoissonInput, DcInput, NoiseInput, StepCurrentInput, SpikeTrainInput {
        /**
         * The NNGT ids of the stimulated neurons.
         *
         * @return the target ids
         */
        int[] targets();
    }

    /**
     * {@code poisson_generator}: an independent Poisson train per target, active in (start, stop].
     * Per-target rates and weights express NNGT's {@code set_minis}.
     *
     * @param targets  stimulated neurons
     * @param ratesHz  rate in spikes/s, 1 value or one per target
     * @param weights  connection weight in the target model's unit, 1 value or one per target
     * @param delayMs  connection delay
     * @param startMs  activity start (exclusive)
     * @param stopMs   activity stop (inclusive), {@link Double#POSITIVE_INFINITY} for none
     */
    public record PoissonInput(int[] targets, double[] ratesHz, double[] weights, double delayMs, double startMs,
            double stopMs) implements Stimulus {
    }

    /**
     * {@code dc_generator}: a constant current in (start, stop].
     *
     * @param targets     stimulated neurons
     * @param amplitudePa the current
     * @param startMs     activity start
     * @param stopMs      activity stop
     */
    public record DcInput(int[] targets, double amplitudePa, double startMs, double stopMs) implements Stimulus {
    }

    /**
     * {@code noise_generator}: a piecewise-constant Gaussian current, a new value every {@code dtMs},
     * independent per target.
     *
     * @param targets stimulated neurons
     * @param meanPa  mean current
     * @param stdPa   standard deviation of the current
     * @param dtMs    interval between new values; a multiple of the resolution
     * @param startMs activity start
     * @param stopMs  activity stop
     */
    public record NoiseInput(int[] targets, double meanPa, double stdPa, double dtMs, double startMs, double stopMs)
            implements Stimulus {
    }

    /**
     * {@code step_current_generator}: the current jumps to {@code valuesPa[i]} at {@code timesMs[i]}.
     *
     * @param targets  stimulated neurons
     * @param timesMs  strictly increasing switch times, on the resolution grid
     * @param valuesPa currents, same length as the times
     */
    public record StepCurrentInput(int[] targets, double[] timesMs, double[] valuesPa) implements Stimulus {
    }

    /**
     * {@code spike_generator}: the same spike train sent to every target.
     *
     * @param targets stimulated neurons
     * @param timesMs spike times, non-decreasing, on the resolution grid
     * @param weight  connection weight
     * @param delayMs connection delay
     */
    public record SpikeTrainInput(int[] targets, double[] timesMs, double weight, double delayMs)
            implements Stimulus {
    }

    /**
     * A {@code multimeter}: samples recordables of some neurons every {@code intervalMs}.
     *
     * @param neurons    recorded neurons
     * @param recordFrom recordable names of the neurons' model (V_m, I_syn_ex, g_ex, w, ...)
     * @param intervalMs sampling interval, a multiple of the resolution
     */
    public record Multimeter(int[] neurons, List<String> recordFrom, double intervalMs) {
        /** Copies the recordable list. */
        public Multimeter {
            recordFrom = List.copyOf(recordFrom);
        }
    }

    /**
     * The model and concrete network a request was built from.
     *
     * @param model    the model; simulators must not change it
     * @param instance the network built from the model
     */
    public record Source(Network model, NetworkInstance instance) {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException when a part is null
         */
        public Source {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(instance, "instance");
        }
    }

    private final int neuronCount;
    private final List<NeuronRange> ranges;
    private final int[] sources;
    private final int[] targets;
    private final float[] weights;
    private final float[] delaysMs;
    private final int[] synapseModelIndex;
    private final List<SynapseModel> synapseModels;
    private final List<Stimulus> stimuli;
    private final int[] spikeRecorded;
    private final List<Multimeter> multimeters;
    private final double resolutionMs;
    private final double durationMs;
    private final long seed;
    private final int threads;
    private final Source source;
    private final Map<String, String> options;

    private SimulationRequest(Builder b) {
        this.ranges = List.copyOf(b.ranges);
        this.neuronCount = b.ranges.stream().mapToInt(r -> r.firstId() + r.size()).max().orElse(0);
        this.sources = b.sources;
        this.targets = b.targets;
        this.weights = b.weights;
        this.delaysMs = b.delaysMs;
        this.synapseModelIndex = b.synapseModelIndex;
        this.synapseModels = List.copyOf(b.synapseModels);
        this.stimuli = List.copyOf(b.stimuli);
        this.spikeRecorded = b.spikeRecorded;
        this.multimeters = List.copyOf(b.multimeters);
        this.resolutionMs = b.resolutionMs;
        this.durationMs = b.durationMs;
        this.seed = b.seed;
        this.threads = b.threads;
        this.source = b.source;
        this.options = Collections.unmodifiableMap(new TreeMap<>(b.options));
        validate();
    }

    private SimulationRequest(SimulationRequest other, Map<String, String> options) {
        this.neuronCount = other.neuronCount;
        this.ranges = other.ranges;
        this.sources = other.sources;
        this.targets = other.targets;
        this.weights = other.weights;
        this.delaysMs = other.delaysMs;
        this.synapseModelIndex = other.synapseModelIndex;
        this.synapseModels = other.synapseModels;
        this.stimuli = other.stimuli;
        this.spikeRecorded = other.spikeRecorded;
        this.multimeters = other.multimeters;
        this.resolutionMs = other.resolutionMs;
        this.durationMs = other.durationMs;
        this.seed = other.seed;
        this.threads = other.threads;
        this.source = other.source;
        this.options = options;
    }

    private void validate() {
        int covered = 0;
        List<NeuronRange> sorted = new ArrayList<>(ranges);
        sorted.sort((x, y) -> Integer.compare(x.firstId(), y.firstId()));
        for (NeuronRange range : sorted) {
            if (range.firstId() != covered) {
                throw new IllegalArgumentException("ranges: group '" + range.group() + "' starts at id "
                        + range.firstId() + " but the ranges before it end at " + covered
                        + "; ranges must tile 0 … N−1 without gaps or overlaps");
            }
            covered += range.size();
        }
        int edges = sources.length;
        if (targets.length != edges || weights.length != edges || delaysMs.length != edges
                || (synapseModelIndex != null && synapseModelIndex.length != edges)) {
            throw new IllegalArgumentException("edges: sources, targets, weights, delays (and synapse indices) must "
                    + "have the same length; got " + edges + ", " + targets.length + ", " + weights.length + ", "
                    + delaysMs.length + (synapseModelIndex == null ? "" : ", " + synapseModelIndex.length));
        }
        checkIds("sources", sources);
        checkIds("targets", targets);
        if (synapseModelIndex != null) {
            for (int i = 0; i < edges; i++) {
                int index = synapseModelIndex[i];
                if (index < -1 || index >= synapseModels.size()) {
                    throw new IllegalArgumentException("synapseModelIndex: edge " + i + " refers to synapse model "
                            + index + "; valid are -1 (static_synapse) and 0 … " + (synapseModels.size() - 1));
                }
            }
        }
        for (Stimulus stimulus : stimuli) {
            checkIds("stimulus targets", stimulus.targets());
        }
        checkIds("spike recorder", spikeRecorded);
        for (Multimeter multimeter : multimeters) {
            checkIds("multimeter neurons", multimeter.neurons());
        }
        if (!(resolutionMs > 0) || !Double.isFinite(resolutionMs)) {
            throw new IllegalArgumentException("resolutionMs: " + resolutionMs + "; must be a positive number");
        }
        if (!(durationMs >= 0) || !Double.isFinite(durationMs)) {
            throw new IllegalArgumentException("durationMs: " + durationMs + "; must be a finite number >= 0");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads: " + threads + "; must be >= 1");
        }
    }

    private void checkIds(String what, int[] ids) {
        for (int id : ids) {
            if (id < 0 || id >= neuronCount) {
                throw new IllegalArgumentException(what + ": neuron id " + id + " is outside 0 … "
                        + (neuronCount - 1));
            }
        }
    }

    /**
     * A new, empty builder (resolution 0.1 ms, duration 0, seed 1, one thread).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the number of neurons, one past the highest id of the ranges */
    public int neuronCount() {
        return neuronCount;
    }

    /** @return the neuron ranges, in the order given */
    public List<NeuronRange> ranges() {
        return ranges;
    }

    /** @return the edge sources (NNGT ids) */
    public int[] sources() {
        return sources;
    }

    /** @return the edge targets (NNGT ids) */
    public int[] targets() {
        return targets;
    }

    /** @return the signed edge weights in the target model's unit (pA, nS or mV) */
    public float[] weights() {
        return weights;
    }

    /** @return the edge delays in ms */
    public float[] delaysMs() {
        return delaysMs;
    }

    /** @return per edge the index into {@link #synapseModels()} or −1 for static_synapse; null = all static */
    public int[] synapseModelIndex() {
        return synapseModelIndex;
    }

    /** @return the synapse models referred to by the edges */
    public List<SynapseModel> synapseModels() {
        return synapseModels;
    }

    /** @return the stimulation devices */
    public List<Stimulus> stimuli() {
        return stimuli;
    }

    /** @return the neurons whose spikes are recorded */
    public int[] spikeRecorded() {
        return spikeRecorded;
    }

    /** @return the multimeters */
    public List<Multimeter> multimeters() {
        return multimeters;
    }

    /** @return the simulation resolution in ms */
    public double resolutionMs() {
        return resolutionMs;
    }

    /** @return the biological time to simulate, in ms */
    public double durationMs() {
        return durationMs;
    }

    /** @return the master seed */
    public long seed() {
        return seed;
    }

    /** @return the number of worker threads */
    public int threads() {
        return threads;
    }

    /** @return the model and instance the request was built from, empty for a request built by hand */
    public Optional<Source> source() {
        return Optional.ofNullable(source);
    }

    /** @return the simulator options, sorted by key; empty when none were given */
    public Map<String, String> options() {
        return options;
    }

    /**
     * The same request with other simulator options; the arrays are shared, not copied.
     *
     * @param newOptions the options, e.g. {@code nest.python} to a path
     * @return the new request
     * @throws IllegalArgumentException when a key is blank or a key or value is null
     */
    public SimulationRequest withOptions(Map<String, String> newOptions) {
        return new SimulationRequest(this, checkedOptions(newOptions));
    }

    private static Map<String, String> checkedOptions(Map<String, String> options) {
        TreeMap<String, String> copy = new TreeMap<>();
        options.forEach((key, value) -> {
            if (key == null || key.isBlank() || value == null) {
                throw new IllegalArgumentException("options: entry '" + key + "' = '" + value
                        + "' is invalid; keys must be non-blank text and values non-null");
            }
            copy.put(key, value);
        });
        return Collections.unmodifiableMap(copy);
    }

    /** Collects the parts of a {@link SimulationRequest}; {@link #build()} checks them together. */
    public static final class Builder {
        private final List<NeuronRange> ranges = new ArrayList<>();
        private int[] sources = new int[0];
        private int[] targets = new int[0];
        private float[] weights = new float[0];
        private float[] delaysMs = new float[0];
        private int[] synapseModelIndex;
        private final List<SynapseModel> synapseModels = new ArrayList<>();
        private final List<Stimulus> stimuli = new ArrayList<>();
        private int[] spikeRecorded = new int[0];
        private final List<Multimeter> multimeters = new ArrayList<>();
        private double resolutionMs = DEFAULT_RESOLUTION_MS;
        private double durationMs;
        private long seed = 1;
        private int threads = 1;
        private Source source;
        private Map<String, String> options = Map.of();

        private Builder() {
        }

        /**
         * Records the model and instance the request is built from.
         *
         * @param model    the model
         * @param instance the network built from it
         * @return this builder
         */
        public Builder source(Network model, NetworkInstance instance) {
            this.source = new Source(model, instance);
            return this;
        }

        /**
         * Sets the simulator options (replaces earlier ones).
         *
         * @param values option keys to values
         * @return this builder
         * @throws IllegalArgumentException when a key is blank or a key or value is null
         */
        public Builder options(Map<String, String> values) {
            this.options = checkedOptions(values);
            return this;
        }

        /**
         * Adds a neuron range.
         *
         * @param range the range
         * @return this builder
         */
        public Builder neurons(NeuronRange range) {
            ranges.add(Objects.requireNonNull(range, "range"));
            return this;
        }

        /**
         * Adds a range of neurons with scalar parameters.
         *
         * @param group      group name
         * @param firstId    first id
         * @param size       number of neurons
         * @param neuronType +1 or −1
         * @param model      NEST neuron model
         * @param parameters scalar parameter values
         * @return this builder
         * @throws IllegalArgumentException see {@link NeuronRange}
         */
        public Builder neurons(String group, int firstId, int size, int neuronType, String model,
                Map<String, Double> parameters) {
            Map<String, double[]> arrays = new TreeMap<>();
            parameters.forEach((name, value) -> arrays.put(name, new double[] {value}));
            return neurons(new NeuronRange(group, firstId, size, neuronType, model, arrays));
        }

        /**
         * Sets the edges as parallel arrays.
         *
         * @param sources  source ids
         * @param targets  target ids
         * @param weights  signed weights (negative for inhibitory sources except conductance receptor ports)
         * @param delaysMs delays in ms
         * @param synapseModelIndex per edge the synapse model index or −1 (static); null = all static
         * @return this builder
         */
        public Builder edges(int[] sources, int[] targets, float[] weights, float[] delaysMs,
                int[] synapseModelIndex) {
            this.sources = Objects.requireNonNull(sources, "sources");
            this.targets = Objects.requireNonNull(targets, "targets");
            this.weights = Objects.requireNonNull(weights, "weights");
            this.delaysMs = Objects.requireNonNull(delaysMs, "delaysMs");
            this.synapseModelIndex = synapseModelIndex;
            return this;
        }

        /**
         * Adds a synapse model; its index is the number of models added before it.
         *
         * @param model the synapse model
         * @return this builder
         */
        public Builder synapseModel(SynapseModel model) {
            synapseModels.add(Objects.requireNonNull(model, "model"));
            return this;
        }

        /**
         * Adds a stimulation device.
         *
         * @param stimulus the device and its targets
         * @return this builder
         */
        public Builder stimulus(Stimulus stimulus) {
            stimuli.add(Objects.requireNonNull(stimulus, "stimulus"));
            return this;
        }

        /**
         * Records the spikes of these neurons (replaces any earlier choice).
         *
         * @param neurons ids
         * @return this builder
         */
        public Builder recordSpikes(int... neurons) {
            this.spikeRecorded = neurons.clone();
            Arrays.sort(this.spikeRecorded);
            return this;
        }

        /**
         * Records the spikes of all neurons of the ranges added so far and later.
         *
         * @return this builder
         */
        public Builder recordAllSpikes() {
            this.spikeRecorded = null;
            return this;
        }

        /**
         * Adds a multimeter.
         *
         * @param multimeter the multimeter
         * @return this builder
         */
        public Builder multimeter(Multimeter multimeter) {
            multimeters.add(Objects.requireNonNull(multimeter, "multimeter"));
            return this;
        }

        /**
         * Sets the resolution.
         *
         * @param ms step in ms
         * @return this builder
         */
        public Builder resolution(double ms) {
            this.resolutionMs = ms;
            return this;
        }

        /**
         * Sets the simulated duration.
         *
         * @param ms biological time in ms
         * @return this builder
         */
        public Builder duration(double ms) {
            this.durationMs = ms;
            return this;
        }

        /**
         * Sets the master seed.
         *
         * @param seed any value; equal seeds give equal results
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the number of worker threads; results do not depend on it.
         *
         * @param threads at least 1
         * @return this builder
         */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * Checks and builds the request.
         *
         * @return the request
         * @throws IllegalArgumentException when ranges leave gaps, edge arrays differ in length, an id is out of
         *                                  range, or resolution, duration or threads are invalid
         */
        public SimulationRequest build() {
            if (spikeRecorded == null) {
                int n = ranges.stream().mapToInt(r -> r.firstId() + r.size()).max().orElse(0);
                spikeRecorded = new int[n];
                Arrays.setAll(spikeRecorded, i -> i);
                SimulationRequest request = new SimulationRequest(this);
                spikeRecorded = null;
                return request;
            }
            return new SimulationRequest(this);
        }
    }
}
