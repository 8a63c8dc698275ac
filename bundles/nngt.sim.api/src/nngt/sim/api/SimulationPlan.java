package nngt.sim.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import nngt.catalog.NestFamily;

/**
 * What a model means for a simulation, computed once by {@link SimulationPlanBuilder} and read by every
 * backend (simulators and project generators), so that one model is the same network everywhere. All values
 * are primitive arrays in NEST units: neuron ranges (NNGT ids are {@code 0 … neuronCount−1}, each range one
 * group and one neuron model with per-neuron parameter values and the catalog's defaults for the rest), the
 * edges (parallel arrays; weights already carry NEST's sign, negative for inhibitory sources), the synapse
 * model of every edge with its constants and its per-edge parameters, stimuli and recorders with resolved
 * neuron ids, and the kernel settings (resolution, duration, seed, threads, MPI processes, NEST family).
 * Arrays handed to the builder are kept, not copied: do not change them afterwards. Build one from a model
 * with {@link SimulationPlanBuilder#build}, or by hand with {@link #builder()}.
 *
 * <p>Edges: a plan holds them either as arrays or as a {@link PlanEdges} source that draws the edges of any range
 * of targets again ({@link #edgesDrawn()}; {@link SimulationPlanBuilder#build(nngt.model.Network,
 * nngt.graph.NetworkInstantiator.DeferredNetwork)}). Every backend may read {@link #edges()} range by range; the
 * array accessors ({@link #sources()}, {@link #targets()}, {@link #weights()}, {@link #delaysMs()}, {@link
 * #synapseModelIndex()}, {@link #edgeParameters()}) of a plan with drawn edges draw them all once, on the first
 * call, and keep them: 16 bytes per edge, plus 4 for the synapse model indices when some edge has a synapse
 * specification and 4 per drawn synapse parameter.
 *
 * <p>The {@linkplain #options() simulator options} (text keys such as {@code nest.python}) carry settings that
 * only one backend understands; backends ignore keys they do not know.
 */
public final class SimulationPlan {

    /**
     * A contiguous range of neurons that share a group and a NEST neuron model.
     *
     * @param group      the group name (used by analysis and in messages)
     * @param firstId    the first NNGT id of the range
     * @param size       the number of neurons
     * @param neuronType +1 excitatory, −1 inhibitory
     * @param model      the NEST neuron model name
     * @param parameters parameter and initial-state values in NEST units that the model sets: an array of length
     *                   1 (all neurons) or {@code size} (one value per neuron); NaN marks a neuron left at the
     *                   default (a partial randomization)
     * @param defaults   the catalog's numeric defaults of the neuron model, for every name the model does not set
     */
    public record NeuronRange(String group, int firstId, int size, int neuronType, String model,
            Map<String, double[]> parameters, Map<String, Double> defaults) {

        /**
         * A range whose defaults are the catalog's for the neuron model in NEST 3.10 (the family the embedded
         * simulator reproduces); for ranges built by hand.
         *
         * @param group      the group name
         * @param firstId    the first NNGT id
         * @param size       the number of neurons
         * @param neuronType +1 excitatory, −1 inhibitory
         * @param model      the NEST neuron model name
         * @param parameters set values, see the canonical constructor
         */
        public NeuronRange(String group, int firstId, int size, int neuronType, String model,
                Map<String, double[]> parameters) {
            this(group, firstId, size, neuronType, model, parameters,
                    CatalogValues.defaults(model, NestFamily.NEST_3_10));
        }

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
            defaults = Collections.unmodifiableMap(new TreeMap<>(defaults));
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

        /**
         * The value of a parameter for one neuron of the range: the set value, else the catalog's default.
         *
         * @param name         the parameter name
         * @param indexInRange the neuron's index inside the range
         * @return the value
         * @throws IllegalArgumentException when the model neither sets the parameter nor has a numeric default
         */
        public double value(String name, int indexInRange) {
            Double fallback = defaults.get(name);
            double value = value(name, indexInRange, fallback == null ? Double.NaN : fallback);
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("parameters: group '" + group + "' (" + model + ") does not set '"
                        + name + "' and the catalog has no numeric default for it; set it in the model");
            }
            return value;
        }
    }

    /**
     * A synapse model with its parameters, referred to by the index of the edge's synapse spec. Parameters drawn
     * per edge are in {@link SimulationPlan#edgeParameters()}; their names are listed in {@code perEdge}.
     *
     * @param model        the NEST synapse model name (static_synapse, tsodyks2_synapse, ...)
     * @param parameters   constant NEST parameter values the model sets
     * @param perEdge      names of the parameters drawn per edge (values in the plan's edge parameter columns)
     * @param defaults     the catalog's numeric defaults of the synapse model
     * @param receptorType the receptor port of the target, 0 for the default port
     */
    public record SynapseModel(String model, Map<String, Double> parameters, List<String> perEdge,
            Map<String, Double> defaults, int receptorType) {

        /**
         * A synapse model with constant parameters only, the catalog's NEST 3.10 defaults and the default port.
         *
         * @param model      the NEST synapse model name
         * @param parameters constant NEST parameter values
         */
        public SynapseModel(String model, Map<String, Double> parameters) {
            this(model, parameters, List.of(), CatalogValues.defaults(model, NestFamily.NEST_3_10), 0);
        }

        /** Copies the maps and the list. */
        public SynapseModel {
            Objects.requireNonNull(model, "model");
            parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
            perEdge = List.copyOf(perEdge);
            defaults = Collections.unmodifiableMap(new TreeMap<>(defaults));
        }

        /**
         * A constant parameter: the set value, else the catalog's default.
         *
         * @param name the parameter name
         * @return the value
         * @throws IllegalArgumentException when the parameter is neither set nor has a numeric default
         */
        public double constant(String name) {
            Double value = parameters.get(name);
            if (value == null) {
                value = defaults.get(name);
            }
            if (value == null) {
                throw new IllegalArgumentException("synapse parameters: " + model + " has no value for '" + name
                        + "'; set it in the model");
            }
            return value;
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
     * @param label      the recorder's name in the model (file names derive from it), "multimeter" when unnamed
     * @param neurons    recorded neurons, ascending
     * @param recordFrom recordable names of the neurons' model (V_m, I_syn_ex, g_ex, w, ...)
     * @param intervalMs sampling interval, a multiple of the resolution
     */
    public record Multimeter(String label, int[] neurons, List<String> recordFrom, double intervalMs) {

        /**
         * An unnamed multimeter.
         *
         * @param neurons    recorded neurons
         * @param recordFrom recordable names
         * @param intervalMs sampling interval
         */
        public Multimeter(int[] neurons, List<String> recordFrom, double intervalMs) {
            this("multimeter", neurons, recordFrom, intervalMs);
        }

        /** Copies the recordable list. */
        public Multimeter {
            Objects.requireNonNull(label, "label");
            recordFrom = List.copyOf(recordFrom);
        }
    }

    /**
     * A spike recorder of the model.
     *
     * @param label   the recorder's name in the model, "spikes" when unnamed
     * @param neurons recorded neurons, ascending
     */
    public record SpikeRecorder(String label, int[] neurons) {
        /** Checks the label. */
        public SpikeRecorder {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A value law that NEST can draw itself in a connection rule's syn_spec.
     *
     * @param kind       "constant", "uniform" (first = low, second = high) or "normal" (first = mean, second = std)
     * @param first      the constant value, low bound or mean
     * @param second     0, the high bound or the standard deviation
     */
    public record EdgeLaw(String kind, double first, double second) {
    }

    /**
     * A connection of the model that NEST can build with one of its own rules, for generators that offer
     * NEST's native connection mode: every (source group, target group) pair it covers has the same synapse
     * model, sign and no per-edge synapse parameter. Its edges are {@code firstEdge … endEdge−1} of the plan.
     *
     * @param connection      the index of the model's connection
     * @param sourceGroups    source range indices
     * @param targetGroups    target range indices
     * @param rule            NEST's rule name: fixed_indegree, fixed_outdegree, fixed_total_number or all_to_all
     * @param ruleParameters  the rule's parameters (indegree, outdegree or N)
     * @param multigraph      whether repeated pairs are allowed
     * @param weight          the weight law, with NEST's sign
     * @param delay           the delay law, in ms
     * @param synapseModel    the pairs' synapse model index, −1 for static_synapse
     * @param firstEdge       the connection's first edge
     * @param endEdge         one past its last edge
     */
    public record NativeConnection(int connection, int[] sourceGroups, int[] targetGroups, String rule,
            Map<String, Long> ruleParameters, boolean multigraph, EdgeLaw weight, EdgeLaw delay, int synapseModel,
            long firstEdge, long endEdge) {
        /** Copies the parameter map. */
        public NativeConnection {
            ruleParameters = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ruleParameters));
        }
    }

    /**
     * How generated projects group the plan's edges for MPI ranks: target {@code t} (an NNGT id) lives on rank
     * {@code (t + idOffset) mod count}, and a rank reads only the edges into its targets. A plan built from one
     * shard of a network (an instance of one {@code nngt.graph.TargetShard}) holds every neuron, stimulus and
     * recorder but only the edges of one rank ({@code index}); simulators run whole plans only.
     *
     * @param count    the number of ranks, 1 or more
     * @param index    the rank whose edges alone the plan holds, or -1 when it holds every edge
     * @param idOffset added to an NNGT id before the modulo (the generator's {@link ProjectGenerator#rankOffset()})
     */
    public record Shards(int count, int index, int idOffset) {

        /**
         * Checks the grouping.
         *
         * @throws IllegalArgumentException when count is below 1, index is neither -1 nor in [0, count), or
         *                                  idOffset is negative
         */
        public Shards {
            if (count < 1 || index < -1 || index >= count || idOffset < 0) {
                throw new IllegalArgumentException("shards: " + count + " ranks, rank " + index + ", id offset "
                        + idOffset + "; give 1 or more ranks, the rank -1 (every edge) or 0 to count - 1, and an "
                        + "offset of 0 or more");
            }
        }

        /** @return whether the plan holds the edges of one rank only */
        public boolean partial() {
            return index >= 0;
        }
    }

    private final String name;
    private final String origin;
    private final int neuronCount;
    private final List<NeuronRange> ranges;
    private final int[] sources;
    private final int[] targets;
    private final float[] weights;
    private final float[] delaysMs;
    private final int[] synapseModelIndex;
    private final List<SynapseModel> synapseModels;
    private final Map<String, float[]> edgeParameters;
    private final List<NativeConnection> nativeConnections;
    private final List<Stimulus> stimuli;
    private final List<SpikeRecorder> spikeRecorders;
    private final int[] spikeRecorded;
    private final List<Multimeter> multimeters;
    private final double[] x;
    private final double[] y;
    private final double resolutionMs;
    private final double durationMs;
    private final long seed;
    private final int threads;
    private final int mpiProcesses;
    private final NestFamily family;
    private final double deviceDelayMs;
    private final Map<String, String> options;
    private final Shards shards;
    /** The edge source of a plan with drawn edges, else null (the arrays above hold the edges). */
    private final PlanEdges drawnEdges;
    private final Object materialising = new Object();
    private volatile Materialised materialised;

    /** The drawn edges as arrays, made on demand. */
    private record Materialised(int[] sources, int[] targets, float[] weights, float[] delaysMs,
            int[] synapseModelIndex, Map<String, float[]> edgeParameters) {
    }

    private SimulationPlan(Builder b) {
        this.name = b.name;
        this.origin = b.origin;
        this.ranges = List.copyOf(b.ranges);
        this.neuronCount = b.ranges.stream().mapToInt(r -> r.firstId() + r.size()).max().orElse(0);
        this.sources = b.sources;
        this.targets = b.targets;
        this.weights = b.weights;
        this.delaysMs = b.delaysMs;
        this.synapseModelIndex = b.synapseModelIndex;
        this.synapseModels = List.copyOf(b.synapseModels);
        this.edgeParameters = Collections.unmodifiableMap(new TreeMap<>(b.edgeParameters));
        this.nativeConnections = List.copyOf(b.nativeConnections);
        this.stimuli = List.copyOf(b.stimuli);
        this.spikeRecorders = List.copyOf(b.spikeRecorders);
        this.spikeRecorded = union(spikeRecorders);
        this.multimeters = List.copyOf(b.multimeters);
        this.x = b.x;
        this.y = b.y;
        this.resolutionMs = b.resolutionMs;
        this.durationMs = b.durationMs;
        this.seed = b.seed;
        this.threads = b.threads;
        this.mpiProcesses = b.mpiProcesses;
        this.family = b.family;
        this.deviceDelayMs = CatalogValues.defaultDelayMs(b.family);
        this.options = Collections.unmodifiableMap(new TreeMap<>(b.options));
        this.shards = b.shards;
        this.drawnEdges = b.drawnEdges;
        validate();
    }

    private SimulationPlan(SimulationPlan other, Map<String, String> options, Shards shards) {
        this.name = other.name;
        this.origin = other.origin;
        this.neuronCount = other.neuronCount;
        this.ranges = other.ranges;
        this.sources = other.sources;
        this.targets = other.targets;
        this.weights = other.weights;
        this.delaysMs = other.delaysMs;
        this.synapseModelIndex = other.synapseModelIndex;
        this.synapseModels = other.synapseModels;
        this.edgeParameters = other.edgeParameters;
        this.nativeConnections = other.nativeConnections;
        this.stimuli = other.stimuli;
        this.spikeRecorders = other.spikeRecorders;
        this.spikeRecorded = other.spikeRecorded;
        this.multimeters = other.multimeters;
        this.x = other.x;
        this.y = other.y;
        this.resolutionMs = other.resolutionMs;
        this.durationMs = other.durationMs;
        this.seed = other.seed;
        this.threads = other.threads;
        this.mpiProcesses = other.mpiProcesses;
        this.family = other.family;
        this.deviceDelayMs = other.deviceDelayMs;
        this.options = options;
        this.shards = shards;
        this.drawnEdges = other.drawnEdges;
        this.materialised = other.materialised;
    }

    private static int[] union(List<SpikeRecorder> recorders) {
        if (recorders.size() == 1) {
            return recorders.get(0).neurons();
        }
        java.util.BitSet ids = new java.util.BitSet();
        for (SpikeRecorder recorder : recorders) {
            for (int id : recorder.neurons()) {
                ids.set(id);
            }
        }
        return ids.stream().toArray();
    }

    private void validate() {
        int covered = 0;
        List<NeuronRange> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Integer.compare(a.firstId(), b.firstId()));
        for (NeuronRange range : sorted) {
            if (range.firstId() != covered) {
                throw new IllegalArgumentException("ranges: group '" + range.group() + "' starts at id "
                        + range.firstId() + " but the ranges before it end at " + covered
                        + "; ranges must tile 0 … N−1 without gaps or overlaps");
            }
            covered += range.size();
        }
        if (drawnEdges != null) {
            validateDrawnEdges();
        } else {
            validateEdgeArrays();
        }
        for (Stimulus stimulus : stimuli) {
            checkIds("stimulus targets", stimulus.targets());
        }
        for (SpikeRecorder recorder : spikeRecorders) {
            checkIds("spike recorder '" + recorder.label() + "'", recorder.neurons());
        }
        for (Multimeter multimeter : multimeters) {
            checkIds("multimeter '" + multimeter.label() + "'", multimeter.neurons());
        }
        if ((x == null) != (y == null) || (x != null && (x.length != neuronCount || y.length != neuronCount))) {
            throw new IllegalArgumentException("positions: x and y must both be absent or hold " + neuronCount
                    + " values each");
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
        if (mpiProcesses < 1) {
            throw new IllegalArgumentException("mpiProcesses: " + mpiProcesses + "; must be >= 1");
        }
    }

    private void validateEdgeArrays() {
        int edges = sources.length;
        if (targets.length != edges || weights.length != edges || delaysMs.length != edges
                || (synapseModelIndex != null && synapseModelIndex.length != edges)) {
            throw new IllegalArgumentException("edges: sources, targets, weights, delays (and synapse indices) must "
                    + "have the same length; got " + edges + ", " + targets.length + ", " + weights.length + ", "
                    + delaysMs.length + (synapseModelIndex == null ? "" : ", " + synapseModelIndex.length));
        }
        for (Map.Entry<String, float[]> column : edgeParameters.entrySet()) {
            if (column.getValue().length != edges) {
                throw new IllegalArgumentException("edgeParameters: '" + column.getKey() + "' has "
                        + column.getValue().length + " values for " + edges + " edges");
            }
        }
        for (SynapseModel model : synapseModels) {
            for (String drawn : model.perEdge()) {
                // without its column every edge would silently get the model's constant instead of its draw
                if (!edgeParameters.containsKey(drawn)) {
                    throw new IllegalArgumentException("edgeParameters: " + model.model() + " draws '" + drawn
                            + "' per edge but the plan holds no per-edge values for it; build the plan from an "
                            + "instance that draws them");
                }
            }
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
    }

    private void validateDrawnEdges() {
        if (sources.length > 0 || !edgeParameters.isEmpty() || synapseModelIndex != null) {
            throw new IllegalArgumentException("edges: the plan has edge arrays and drawn edges; give one or the other");
        }
        for (SynapseModel model : synapseModels) {
            for (String drawn : model.perEdge()) {
                if (!drawnEdges.parameterNames().contains(drawn)) {
                    throw new IllegalArgumentException("edges: " + model.model() + " draws '" + drawn
                            + "' per edge but the drawn edges have no values for it");
                }
            }
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
     * A new, empty builder: NEST's default resolution and thread count, duration 0, seed 1, one MPI process,
     * the NEST 3.10 family.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the network's name ("" when built by hand without one) */
    public String name() {
        return name;
    }

    /** @return the file name of the model the plan was built from, "memory" for one built in memory */
    public String origin() {
        return origin;
    }

    /** @return the number of neurons, one past the highest id of the ranges */
    public int neuronCount() {
        return neuronCount;
    }

    /** @return the neuron ranges, in the order given */
    public List<NeuronRange> ranges() {
        return ranges;
    }

    /**
     * The edges, read range by range: the drawn source of a plan with {@linkplain #edgesDrawn() drawn edges}, else
     * a view of the arrays (each range a scan of every edge).
     *
     * @return the edges
     */
    public PlanEdges edges() {
        return drawnEdges != null ? drawnEdges
                : new ArrayEdges(sources, targets, weights, delaysMs, synapseModelIndex, edgeParameters);
    }

    /**
     * @return whether the edges are drawn when read ({@link #edges()}) rather than held in arrays; the array
     *         accessors then draw them all on their first call (see the class comment for the cost)
     */
    public boolean edgesDrawn() {
        return drawnEdges != null;
    }

    /** @return the number of edges, without drawing them */
    public long edgeCount() {
        return drawnEdges != null ? drawnEdges.size() : sources.length;
    }

    /** @return the edge sources (NNGT ids); for drawn edges all edges drawn into arrays (see the class comment) */
    public int[] sources() {
        return drawnEdges == null ? sources : materialised().sources();
    }

    /** @return the edge targets (NNGT ids) */
    public int[] targets() {
        return drawnEdges == null ? targets : materialised().targets();
    }

    /** @return the signed edge weights in the target model's unit (pA, nS or mV) */
    public float[] weights() {
        return drawnEdges == null ? weights : materialised().weights();
    }

    /** @return the edge delays in ms, each a whole number of resolution steps for a plan built from a model */
    public float[] delaysMs() {
        return drawnEdges == null ? delaysMs : materialised().delaysMs();
    }

    /** The drawn edges as arrays, drawn once on the first call. */
    private Materialised materialised() {
        Materialised made = materialised;
        if (made != null) {
            return made;
        }
        synchronized (materialising) {
            if (materialised == null) {
                materialised = materialise(drawnEdges, neuronCount, synapseModels.isEmpty());
            }
            return materialised;
        }
    }

    private static Materialised materialise(PlanEdges edges, int neuronCount, boolean allStatic) {
        if (edges.size() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("edges: " + edges.size() + " edges do not fit in arrays (at most "
                    + (Integer.MAX_VALUE - 8) + "); this backend needs the edges as arrays");
        }
        int count = (int) edges.size();
        int[] sources = new int[count];
        int[] targets = new int[count];
        float[] weights = new float[count];
        float[] delays = new float[count];
        int[] models = allStatic ? null : new int[count];
        List<String> names = edges.parameterNames();
        float[][] columns = new float[names.size()][count];
        int e = 0;
        for (PlanEdges.Cursor edge = edges.edgesTo(0, neuronCount); edge.next(); e++) {
            sources[e] = edge.source();
            targets[e] = edge.target();
            weights[e] = edge.weight();
            delays[e] = edge.delayMs();
            if (models != null) {
                models[e] = edge.synapseModel();
            }
            for (int c = 0; c < columns.length; c++) {
                columns[c][e] = edge.parameter(c);
            }
        }
        if (e != count) {
            throw new IllegalStateException("edges: the source drew " + e + " edges but announced " + count);
        }
        Map<String, float[]> parameters = new TreeMap<>();
        for (int c = 0; c < columns.length; c++) {
            parameters.put(names.get(c), columns[c]);
        }
        if (models != null && Arrays.stream(models).allMatch(index -> index < 0)) {
            // as the arrays of a plan built from an instance: no index column when every edge is static
            models = null;
        }
        return new Materialised(sources, targets, weights, delays, models,
                Collections.unmodifiableMap(parameters));
    }

    /**
     * The delay of an edge in resolution steps, as NEST keeps it.
     *
     * @param edge the edge index
     * @return the delay rounded to the nearest step
     */
    public long delaySteps(int edge) {
        return Math.round(delaysMs()[edge] / resolutionMs);
    }

    /** @return per edge the index into {@link #synapseModels()} or −1 for static_synapse; null = all static */
    public int[] synapseModelIndex() {
        return drawnEdges == null ? synapseModelIndex : materialised().synapseModelIndex();
    }

    /** @return the synapse models referred to by the edges */
    public List<SynapseModel> synapseModels() {
        return synapseModels;
    }

    /**
     * The synapse parameters drawn per edge: name to one value per edge, NaN for edges whose synapse model does
     * not draw that name (they use {@link SynapseModel#constant}).
     *
     * @return the columns, sorted by name; empty when every synapse parameter is a constant
     */
    public Map<String, float[]> edgeParameters() {
        return drawnEdges == null ? edgeParameters : materialised().edgeParameters();
    }

    /**
     * The value of a synapse parameter for one edge: its drawn value, else its synapse model's constant or default.
     *
     * @param name the parameter name
     * @param edge the edge index
     * @return the value in NEST units
     * @throws IllegalArgumentException when the edge is static or its model has no value for the name
     */
    public double synapseParameter(String name, int edge) {
        float[] column = edgeParameters().get(name);
        if (column != null && !Float.isNaN(column[edge])) {
            return column[edge];
        }
        int[] models = synapseModelIndex();
        int index = models == null ? -1 : models[edge];
        if (index < 0) {
            throw new IllegalArgumentException("synapse parameters: edge " + edge + " is a static_synapse and has no '"
                    + name + "'");
        }
        return synapseModels.get(index).constant(name);
    }

    /** @return the connections NEST can build with its own rules, in model order */
    public List<NativeConnection> nativeConnections() {
        return nativeConnections;
    }

    /** @return the stimulation devices */
    public List<Stimulus> stimuli() {
        return stimuli;
    }

    /** @return the spike recorders, in model order (one recording all neurons for a model without recorders) */
    public List<SpikeRecorder> spikeRecorders() {
        return spikeRecorders;
    }

    /** @return the neurons whose spikes are recorded by any spike recorder, ascending */
    public int[] spikeRecorded() {
        return spikeRecorded;
    }

    /** @return the multimeters */
    public List<Multimeter> multimeters() {
        return multimeters;
    }

    /** @return the x positions in micrometres, or null when the network is not spatial */
    public double[] x() {
        return x;
    }

    /** @return the y positions in micrometres, or null when the network is not spatial */
    public double[] y() {
        return y;
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

    /** @return the number of worker threads per process (the thread policy of {@link SimulationPlanBuilder}) */
    public int threads() {
        return threads;
    }

    /** @return the number of MPI processes the model asks for (1 when it names none) */
    public int mpiProcesses() {
        return mpiProcesses;
    }

    /** @return the NEST version family whose rules and defaults the plan follows */
    public NestFamily family() {
        return family;
    }

    /** @return the delay of every device connection (stimuli and recorders), NEST's default connection delay */
    public double deviceDelayMs() {
        return deviceDelayMs;
    }

    /** @return the simulator options, sorted by key; empty when none were given */
    public Map<String, String> options() {
        return options;
    }

    /**
     * The same plan with other simulator options; the arrays are shared, not copied.
     *
     * @param newOptions the options, e.g. {@code nest.python} to a path
     * @return the new plan
     * @throws IllegalArgumentException when a key is blank or a key or value is null
     */
    public SimulationPlan withOptions(Map<String, String> newOptions) {
        return new SimulationPlan(this, checkedOptions(newOptions), shards);
    }

    /**
     * How generated projects group the edges for MPI ranks.
     *
     * @return the grouping, or null when the generator chooses (one group per MPI process of the plan)
     */
    public Shards shards() {
        return shards;
    }

    /**
     * The same plan with its edges grouped for {@code count} ranks in generated projects; the arrays are shared.
     *
     * @param count    the number of ranks, 1 or more
     * @param idOffset the generator's {@link ProjectGenerator#rankOffset()}
     * @return the new plan
     * @throws IllegalArgumentException when count is below 1 or idOffset negative, or when the plan already holds
     *                                  the edges of one rank of another count (it cannot be regrouped)
     */
    public SimulationPlan withShards(int count, int idOffset) {
        if (shards != null && shards.partial() && (shards.count() != count || shards.idOffset() != idOffset)) {
            throw new IllegalArgumentException("shards: the plan holds the edges of rank " + shards.index() + " of "
                    + shards.count() + "; it cannot be grouped for " + count + " ranks");
        }
        return new SimulationPlan(this, options, new Shards(count, shards == null ? -1 : shards.index(), idOffset));
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

    /** Collects the parts of a {@link SimulationPlan}; {@link #build()} checks them together. */
    public static final class Builder {
        private String name = "";
        private String origin = "memory";
        private final List<NeuronRange> ranges = new ArrayList<>();
        private int[] sources = new int[0];
        private int[] targets = new int[0];
        private float[] weights = new float[0];
        private float[] delaysMs = new float[0];
        private int[] synapseModelIndex;
        private final List<SynapseModel> synapseModels = new ArrayList<>();
        private Map<String, float[]> edgeParameters = Map.of();
        private final List<NativeConnection> nativeConnections = new ArrayList<>();
        private final List<Stimulus> stimuli = new ArrayList<>();
        private final List<SpikeRecorder> spikeRecorders = new ArrayList<>();
        private boolean recordAll;
        private final List<Multimeter> multimeters = new ArrayList<>();
        private double[] x;
        private double[] y;
        private NestFamily family = NestFamily.NEST_3_10;
        private double resolutionMs = CatalogValues.kernel(NestFamily.NEST_3_10).defaultResolutionMs();
        private double durationMs;
        private long seed = 1;
        private int threads = CatalogValues.kernel(NestFamily.NEST_3_10).defaultThreads();
        private int mpiProcesses = 1;
        private Map<String, String> options = Map.of();
        private Shards shards;
        private PlanEdges drawnEdges;

        private Builder() {
        }

        /**
         * Sets the network's name.
         *
         * @param networkName the name
         * @return this builder
         */
        public Builder name(String networkName) {
            this.name = Objects.requireNonNull(networkName, "name");
            return this;
        }

        /**
         * Sets the file name of the model the plan is built from.
         *
         * @param modelFile the name, e.g. {@code brunel.nngt}
         * @return this builder
         */
        public Builder origin(String modelFile) {
            this.origin = Objects.requireNonNull(modelFile, "origin");
            return this;
        }

        /**
         * Sets the NEST family whose rules the plan follows.
         *
         * @param nestFamily the family
         * @return this builder
         */
        public Builder family(NestFamily nestFamily) {
            this.family = Objects.requireNonNull(nestFamily, "family");
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
            parameters.forEach((parameter, value) -> arrays.put(parameter, new double[] {value}));
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
         * Sets the edges as a source that draws them when read, instead of arrays (see the class comment); the
         * plan then has no edge arrays of its own.
         *
         * @param edges the edges, with signed weights, synapse model indices into the models added to this
         *              builder and the per-edge synapse parameters
         * @return this builder
         */
        public Builder edges(PlanEdges edges) {
            this.drawnEdges = Objects.requireNonNull(edges, "edges");
            return this;
        }

        /**
         * Sets the synapse parameters drawn per edge (replaces earlier ones).
         *
         * @param columns parameter name to one value per edge, NaN where the edge's model does not draw it
         * @return this builder
         */
        public Builder edgeParameters(Map<String, float[]> columns) {
            this.edgeParameters = Objects.requireNonNull(columns, "columns");
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
         * Adds a connection that NEST can build with its own rule.
         *
         * @param connection the connection
         * @return this builder
         */
        public Builder nativeConnection(NativeConnection connection) {
            nativeConnections.add(Objects.requireNonNull(connection, "connection"));
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
         * Adds a spike recorder.
         *
         * @param recorder the recorder
         * @return this builder
         */
        public Builder spikeRecorder(SpikeRecorder recorder) {
            spikeRecorders.add(Objects.requireNonNull(recorder, "recorder"));
            recordAll = false;
            return this;
        }

        /**
         * Records the spikes of these neurons with one recorder (replaces any earlier choice).
         *
         * @param neurons ids
         * @return this builder
         */
        public Builder recordSpikes(int... neurons) {
            int[] sorted = neurons.clone();
            Arrays.sort(sorted);
            spikeRecorders.clear();
            return spikeRecorder(new SpikeRecorder("spikes", sorted));
        }

        /**
         * Records the spikes of all neurons of the ranges added so far and later with one recorder (replaces any
         * earlier choice).
         *
         * @return this builder
         */
        public Builder recordAllSpikes() {
            spikeRecorders.clear();
            recordAll = true;
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
         * Sets the neurons' positions.
         *
         * @param xs x positions in micrometres, one per neuron
         * @param ys y positions
         * @return this builder
         */
        public Builder positions(double[] xs, double[] ys) {
            this.x = xs;
            this.y = ys;
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
         * Sets the number of worker threads per process; the embedded simulator's results do not depend on it.
         *
         * @param threads at least 1
         * @return this builder
         */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * Sets the number of MPI processes.
         *
         * @param processes at least 1
         * @return this builder
         */
        public Builder mpiProcesses(int processes) {
            this.mpiProcesses = processes;
            return this;
        }

        /**
         * Sets how generated projects group the edges for MPI ranks; a partial grouping says that the edges given
         * are those of one rank.
         *
         * @param grouping the grouping, or null to let the generator choose
         * @return this builder
         */
        public Builder shards(Shards grouping) {
            this.shards = grouping;
            return this;
        }

        /**
         * Checks and builds the plan.
         *
         * @return the plan
         * @throws IllegalArgumentException when ranges leave gaps, edge arrays differ in length, an id is out of
         *                                  range, a synapse model draws a parameter that has no per-edge column,
         *                                  or resolution, duration or threads are invalid
         */
        public SimulationPlan build() {
            if (recordAll) {
                int n = ranges.stream().mapToInt(r -> r.firstId() + r.size()).max().orElse(0);
                int[] all = new int[n];
                Arrays.setAll(all, i -> i);
                spikeRecorders.add(new SpikeRecorder("spikes", all));
                SimulationPlan plan = new SimulationPlan(this);
                spikeRecorders.clear();
                return plan;
            }
            return new SimulationPlan(this);
        }
    }
}
