package nngt.generator.nest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nngt.catalog.KernelFacts;
import nngt.catalog.ModelSpec;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.catalog.ParameterSpec;
import nngt.generator.nest.NestGeneratorOptions;
import nngt.generator.nest.NestGeneratorOptions.ConnectionMode;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlan.EdgeLaw;
import nngt.sim.api.SimulationPlan.NativeConnection;
import nngt.sim.api.SimulationPlan.NeuronRange;
import nngt.sim.api.SimulationPlan.Stimulus;
import nngt.sim.api.SimulationPlan.SynapseModel;

/**
 * What the templates need, derived from a {@link SimulationPlan} (the only input): groups with their scalar and
 * per-neuron parameters, the edge order (grouped by group pair, then target shard), the native connections,
 * stimuli and recorders. It adds no meaning of its own: values, signs, defaults, ids and per-edge synapse
 * parameters are the plan's. Every string meant for Python is already escaped here.
 */
public final class ProjectPlan {

    /** Where a device or recorder points: whole groups (indices) or single neurons (NNGT ids, sorted). */
    public record Target(boolean groups, int[] values) {

        /**
         * @param indent the indentation of the line
         * @param prefix what precedes the tuple, e.g. {@code "targets": }
         * @return the Python tuple literal, e.g. {@code ("groups", [0, 1]),}, wrapped at 79 characters
         */
        public String python(String indent, String prefix) {
            return PythonLiterals.wrappedList(ints(values), indent,
                    prefix + "(\"" + (groups ? "groups" : "neurons") + "\", ") + "),";
        }
    }

    /**
     * One group (one neuron range of the plan).
     *
     * @param name its name
     * @param model the NEST model
     * @param size neurons
     * @param firstId first NNGT id
     * @param type +1 or -1
     * @param scalars parameter to Python literal, for Create
     * @param units parameter to unit comment
     * @param arrays parameter to values, set per neuron after creation
     */
    public record GroupPlan(String name, String model, int size, int firstId, int type, Map<String, String> scalars,
            Map<String, String> units, Map<String, double[]> arrays) {
    }

    /**
     * The edges of one (source group, target group) pair: positions [from, to) of {@link ProjectPlan#order()}.
     *
     * @param source source group index
     * @param target target group index
     * @param sign -1 when the pair's weights are negative (inhibitory), else +1; for model.json
     * @param synSpec the constant part of the syn_spec as a Python dict literal
     * @param from first position
     * @param to end position
     * @param shardStarts per shard, the first edge (relative to from), plus the count at the end
     * @param parameters the synapse parameters drawn per edge, in file order ({@code param_K} is the K-th)
     */
    public record PairPlan(int source, int target, int sign, String synSpec, int from, int to, int[] shardStarts,
            List<String> parameters) {
    }

    /**
     * A connection emitted as a NEST rule.
     *
     * @param connection index of the model's connection
     * @param sources source group indices
     * @param targets target group indices
     * @param connSpec Python dict literal
     * @param synSpec Python dict literal, random values as tuples
     * @param rule the NEST rule name
     */
    public record NativePlan(int connection, int[] sources, int[] targets, String connSpec, String synSpec,
            String rule) {
    }

    /**
     * One stimulation device.
     *
     * @param device NEST model
     * @param params Python dict literal
     * @param synSpec Python dict literal or None
     * @param target the stimulated neurons
     * @param rates per target (in target order) its Poisson rate in Hz, or null when every target has the same
     */
    public record StimulusPlan(String device, String params, String synSpec, Target target, double[] rates) {
    }

    /**
     * One recording device.
     *
     * @param spikes true for a spike recorder, false for a multimeter
     * @param label file name without extension (safe)
     * @param target the recorded neurons
     * @param group the group it records, or -1 for a neuron list
     * @param recordFrom multimeter recordables (raw)
     * @param interval multimeter interval in ms
     */
    public record RecorderPlan(boolean spikes, String label, Target target, int group, List<String> recordFrom,
            double interval) {
    }

    private final SimulationPlan plan;
    private final NestFamily family;
    private final KernelFacts kernel;
    private final NestCatalog catalog;
    private final int[] groupOf;
    private final List<GroupPlan> groups = new ArrayList<>();
    private final List<PairPlan> pairs = new ArrayList<>();
    private final List<NativePlan> natives = new ArrayList<>();
    private final List<StimulusPlan> stimuli = new ArrayList<>();
    private final List<RecorderPlan> recorders = new ArrayList<>();
    private final int shards;
    private final int shard;
    private final boolean sonata;
    private int[] order;

    /**
     * Derives the project's plan.
     *
     * @param plan the simulation plan
     * @param family the NEST family the project targets
     * @param mode how connections reach NEST
     * @param shardOption the shards option (0 = the plan's grouping, else its MPI process count)
     * @throws IllegalArgumentException when the plan uses something the generator cannot give NEST (the message
     *         names it), or holds the edges of one rank of another grouping than NEST's or the option's
     */
    public ProjectPlan(SimulationPlan plan, NestFamily family, ConnectionMode mode, int shardOption) {
        this.plan = plan;
        this.family = family;
        this.catalog = NestCatalog.standard();
        this.kernel = catalog.kernel(family);
        SimulationPlan.Shards grouping = plan.shards();
        if (grouping != null && grouping.idOffset() != KernelFacts.FIRST_NODE_ID) {
            throw new IllegalArgumentException("The plan groups its edges by rank with the id offset "
                    + grouping.idOffset() + ", but NEST hosts NNGT id t on rank (t + " + KernelFacts.FIRST_NODE_ID
                    + ") mod P; build it with the NEST generator's rankOffset().");
        }
        this.shards = shardOption != 0 ? shardOption : grouping != null ? grouping.count() : plan.mpiProcesses();
        this.shard = grouping != null && grouping.partial() ? grouping.index() : -1;
        if (shards > NestGeneratorOptions.MAX_SHARDS) {
            throw new IllegalArgumentException("The plan's edges are grouped for " + shards + " ranks; the NEST "
                    + "generator groups them for 1 to " + NestGeneratorOptions.MAX_SHARDS + ".");
        }
        if (shard >= 0 && shards != grouping.count()) {
            throw new IllegalArgumentException("The plan holds the edges of rank " + shard + " of "
                    + grouping.count() + " only, so its project cannot be grouped for " + shards
                    + " ranks; leave out the shards option.");
        }
        this.groupOf = new int[plan.neuronCount()];
        planGroups();
        this.sonata = mode == ConnectionMode.SONATA;
        planPairs(planNatives(mode));
        planStimuli();
        planRecorders();
    }

    // ------------------------------------------------------------------ groups

    private void planGroups() {
        List<NeuronRange> ranges = plan.ranges();
        for (int g = 0; g < ranges.size(); g++) {
            NeuronRange range = ranges.get(g);
            Arrays.fill(groupOf, range.firstId(), range.firstId() + range.size(), g);
            ModelSpec spec = catalog.model(range.model(), family).orElse(null);
            Map<String, String> scalars = new LinkedHashMap<>();
            Map<String, String> units = new LinkedHashMap<>();
            Map<String, double[]> arrays = new LinkedHashMap<>();
            for (Map.Entry<String, double[]> entry : range.parameters().entrySet()) {
                String name = entry.getKey();
                double[] values = entry.getValue();
                ParameterSpec parameter = spec == null ? null : spec.parameter(name).orElse(null);
                if (values.length == 1 && Double.isNaN(values[0])) {
                    continue;
                }
                units.put(name, parameter == null ? "" : safeComment(parameter.unit()));
                if (constant(values)) {
                    scalars.put(name, PythonLiterals.number(values[0]));
                    continue;
                }
                double[] filled = values.clone();
                for (int k = 0; k < filled.length; k++) {
                    if (Double.isNaN(filled[k])) {
                        Double fallback = range.defaults().get(name);
                        if (fallback == null) {
                            throw new IllegalArgumentException("Parameter '" + name + "' of group '" + range.group()
                                    + "' is set for some neurons only and model '" + range.model()
                                    + "' has no catalogued default for the others; set it for the whole group.");
                        }
                        filled[k] = fallback;
                    }
                }
                arrays.put(name, filled);
            }
            groups.add(new GroupPlan(range.group(), range.model(), range.size(), range.firstId(), range.neuronType(),
                    scalars, units, arrays));
        }
    }

    private static boolean constant(double[] values) {
        if (values.length == 0 || Double.isNaN(values[0])) {
            return false;
        }
        for (double value : values) {
            if (Double.doubleToLongBits(value) != Double.doubleToLongBits(values[0])) {
                return false;
            }
        }
        return true;
    }

    private static String safeComment(String text) {
        return text == null ? "" : text.replaceAll("[^A-Za-z0-9/ ^*.()-]", "");
    }

    // ------------------------------------------------------------------ synapses

    private Map<String, String> synSpecEntries(int modelIndex) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (modelIndex < 0) {
            entries.put(kernel.synapseModelKey(), PythonLiterals.string("static_synapse"));
            return entries;
        }
        SynapseModel model = plan.synapseModels().get(modelIndex);
        entries.put(kernel.synapseModelKey(), PythonLiterals.string(model.model()));
        model.parameters().forEach((name, value) -> entries.put(name, PythonLiterals.number(value)));
        if (model.receptorType() > 0) {
            entries.put("receptor_type", Integer.toString(model.receptorType()));
        }
        return entries;
    }

    private int modelIndex(int edge) {
        return plan.synapseModelIndex() == null ? -1 : plan.synapseModelIndex()[edge];
    }

    // ------------------------------------------------------------------ native connections

    private boolean[] planNatives(ConnectionMode mode) {
        boolean[] shipped = new boolean[plan.sources().length];
        if (mode == ConnectionMode.SONATA) {
            requireSonata();
            return shipped;
        }
        Arrays.fill(shipped, true);
        if (mode != ConnectionMode.NATIVE) {
            return shipped;
        }
        boolean nest2 = family == NestFamily.NEST_2_20;
        for (NativeConnection connection : plan.nativeConnections()) {
            Map<String, String> conn = new LinkedHashMap<>();
            conn.put("rule", PythonLiterals.string(connection.rule()));
            connection.ruleParameters().forEach((name, value) -> conn.put(name, Long.toString(value)));
            conn.put(nest2 ? "autapses" : "allow_autapses", "False");
            conn.put(nest2 ? "multapses" : "allow_multapses", connection.multigraph() ? "True" : "False");
            Map<String, String> syn = synSpecEntries(connection.synapseModel());
            syn.put("weight", law(connection.weight()));
            syn.put("delay", law(connection.delay()));
            natives.add(new NativePlan(connection.connection(), connection.sourceGroups(), connection.targetGroups(),
                    PythonLiterals.dict(conn, Map.of(), "", "", ""), PythonLiterals.dict(syn, Map.of(), "", "", ""),
                    connection.rule()));
            Arrays.fill(shipped, (int) connection.firstEdge(), (int) connection.endEdge(), false);
        }
        return shipped;
    }

    /** What NEST's SONATA loader cannot build: the project would not be the plan's network. */
    private void requireSonata() {
        List<String> problems = new ArrayList<>();
        if (family == NestFamily.NEST_2_20) {
            problems.add("NEST 2.20 has no SONATA loader (nest.SonataNetwork came with NEST 3.5)");
        }
        if (!plan.edgeParameters().isEmpty()) {
            problems.add("synapse parameters drawn per edge (" + String.join(", ", plan.edgeParameters().keySet())
                    + ") cannot reach NEST through SONATA: its loader reads only syn_weight and delay per edge");
        }
        if (shard >= 0) {
            problems.add("a plan of one rank's edges (--shard) is not a whole circuit");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Option '" + NestGeneratorOptions.CONNECTIONS + "' is 'sonata', but "
                    + String.join("; ", problems) + ". Use 'arrays' (the default) for this model.");
        }
    }

    /** @return whether the neurons and edges reach NEST as a SONATA circuit */
    public boolean sonata() {
        return sonata;
    }

    /** A value NEST draws itself: a number, or ("uniform", low, high) / ("normal", mean, std) for run.py. */
    private static String law(EdgeLaw law) {
        if (law.kind().equals("constant")) {
            return PythonLiterals.number(law.first());
        }
        return "(" + PythonLiterals.string(law.kind()) + ", " + PythonLiterals.number(law.first()) + ", "
                + PythonLiterals.number(law.second()) + ")";
    }

    // ------------------------------------------------------------------ edge arrays

    private void planPairs(boolean[] shipped) {
        int g = groups.size();
        int[] sources = plan.sources();
        int[] targets = plan.targets();
        int edgeCount = sources.length;
        // Counting sort by (pair, shard): stable, so edges keep the plan's order inside a bucket.
        int buckets = g * g * shards;
        int[] starts = new int[buckets + 1];
        for (int e = 0; e < edgeCount; e++) {
            if (shipped[e]) {
                starts[bucket(sources[e], targets[e], g) + 1]++;
            }
        }
        for (int b = 0; b < buckets; b++) {
            starts[b + 1] += starts[b];
        }
        order = new int[starts[buckets]];
        int[] next = Arrays.copyOf(starts, buckets);
        for (int e = 0; e < edgeCount; e++) {
            if (shipped[e]) {
                order[next[bucket(sources[e], targets[e], g)]++] = e;
            }
        }
        float[] weights = plan.weights();
        for (int s = 0; s < g; s++) {
            for (int t = 0; t < g; t++) {
                int first = (s * g + t) * shards;
                int from = starts[first];
                int to = starts[first + shards];
                if (to == from) {
                    continue;
                }
                int[] shardStarts = new int[shards + 1];
                for (int k = 0; k <= shards; k++) {
                    shardStarts[k] = starts[first + k] - from;
                }
                // One Connect per pair takes one synapse model: the plan gives one per group pair.
                int model = modelIndex(order[from]);
                int sign = 1;
                for (int k = from; k < to; k++) {
                    if (modelIndex(order[k]) != model) {
                        throw new IllegalArgumentException("Edges from group '" + groups.get(s).name()
                                + "' to group '" + groups.get(t).name() + "' use several synapse models; the NEST "
                                + "generator needs one synapse model per group pair.");
                    }
                    if (weights[order[k]] < 0) {
                        sign = -1;
                    }
                }
                // the plan guarantees a per-edge column for every drawn name
                List<String> drawn = model < 0 ? List.of() : plan.synapseModels().get(model).perEdge();
                pairs.add(new PairPlan(s, t, sign, PythonLiterals.dict(synSpecEntries(model), Map.of(), "", "", ""),
                        from, to, shardStarts, drawn));
            }
        }
    }

    private int bucket(int source, int target, int g) {
        // neurons are created first, so NEST id = NNGT id + FIRST_NODE_ID
        return (groupOf[source] * g + groupOf[target]) * shards
                + KernelFacts.rankOf((long) target + KernelFacts.FIRST_NODE_ID, shards);
    }

    /**
     * The values of a synapse parameter drawn per edge, for a pair's edges in file order: the plan's per-edge
     * column as float64 (its synapse model's constant for an edge the column leaves NaN).
     *
     * @param pair the pair
     * @param name one of its {@link PairPlan#parameters()}
     * @return one value per edge of the pair
     */
    public double[] edgeValues(PairPlan pair, String name) {
        double[] values = new double[pair.to() - pair.from()];
        for (int k = 0; k < values.length; k++) {
            values[k] = plan.synapseParameter(name, order[pair.from() + k]);
        }
        return values;
    }

    // ------------------------------------------------------------------ stimuli and recorders

    /** The neurons of an id list, as whole groups when the ids are exactly some groups, else as ids. */
    private Target target(int[] ids) {
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        TreeSet<Integer> whole = new TreeSet<>();
        int k = 0;
        while (k < sorted.length) {
            int g = groupOf[sorted[k]];
            GroupPlan group = groups.get(g);
            if (group.firstId() != sorted[k] || k + group.size() > sorted.length
                    || sorted[k + group.size() - 1] != group.firstId() + group.size() - 1) {
                return new Target(false, sorted);
            }
            whole.add(g);
            k += group.size();
        }
        if (whole.isEmpty()) {
            return new Target(false, sorted);
        }
        return new Target(true, whole.stream().mapToInt(Integer::intValue).toArray());
    }

    private void planStimuli() {
        for (int s = 0; s < plan.stimuli().size(); s++) {
            Stimulus stimulus = plan.stimuli().get(s);
            Map<String, String> params = new LinkedHashMap<>();
            Map<String, String> syn = new LinkedHashMap<>();
            double[] rates = null;
            double start = 0;
            double stop = Double.POSITIVE_INFINITY;
            String device;
            if (stimulus instanceof SimulationPlan.PoissonInput poisson) {
                device = "poisson_generator";
                if (poisson.weights().length != 1) {
                    throw new IllegalArgumentException("Stimulus " + s + " (poisson_generator) has one weight per "
                            + "target; the NEST generator takes one weight per Poisson input.");
                }
                if (poisson.ratesHz().length == 1) {
                    params.put("rate", PythonLiterals.number(poisson.ratesHz()[0]));
                } else {
                    rates = poisson.ratesHz();
                }
                syn.put("weight", PythonLiterals.number(poisson.weights()[0]));
                delay(syn, poisson.delayMs());
                start = poisson.startMs();
                stop = poisson.stopMs();
            } else if (stimulus instanceof SimulationPlan.NoiseInput noise) {
                device = "noise_generator";
                params.put("mean", PythonLiterals.number(noise.meanPa()));
                params.put("std", PythonLiterals.number(noise.stdPa()));
                params.put("dt", PythonLiterals.number(noise.dtMs()));
                start = noise.startMs();
                stop = noise.stopMs();
            } else if (stimulus instanceof SimulationPlan.StepCurrentInput steps) {
                device = "step_current_generator";
                params.put("amplitude_times", list(steps.timesMs()));
                params.put("amplitude_values", list(steps.valuesPa()));
            } else if (stimulus instanceof SimulationPlan.DcInput dc) {
                device = "dc_generator";
                params.put("amplitude", PythonLiterals.number(dc.amplitudePa()));
                start = dc.startMs();
                stop = dc.stopMs();
            } else {
                SimulationPlan.SpikeTrainInput train = (SimulationPlan.SpikeTrainInput) stimulus;
                device = "spike_generator";
                params.put("spike_times", list(train.timesMs()));
                syn.put("weight", PythonLiterals.number(train.weight()));
                delay(syn, train.delayMs());
            }
            if (start > 0) {
                params.put("start", PythonLiterals.number(start));
            }
            if (Double.isFinite(stop)) {
                params.put("stop", PythonLiterals.number(stop));
            }
            stimuli.add(new StimulusPlan(device, PythonLiterals.dict(params, Map.of(), "", "", ""),
                    syn.isEmpty() ? "None" : PythonLiterals.dict(syn, Map.of(), "", "", ""),
                    target(stimulus.targets()), rates));
        }
    }

    /** A device connection's delay goes to NEST only where it differs from NEST's default. */
    private void delay(Map<String, String> syn, double delayMs) {
        if (delayMs != plan.deviceDelayMs()) {
            syn.put("delay", PythonLiterals.number(delayMs));
        }
    }

    private void planRecorders() {
        TreeSet<String> labels = new TreeSet<>();
        for (SimulationPlan.SpikeRecorder recorder : plan.spikeRecorders()) {
            Target target = target(recorder.neurons());
            String base = PythonLiterals.fileFragment(recorder.label());
            if (target.groups()) {
                // NNGT's monitor_groups: one spike recorder per group, so files and rates are per group.
                for (int g : target.values()) {
                    String label = unique(labels, base + "_" + PythonLiterals.fileFragment(groups.get(g).name()));
                    recorders.add(new RecorderPlan(true, label, new Target(true, new int[] {g}), g, List.of(), 0));
                }
            } else {
                recorders.add(new RecorderPlan(true, unique(labels, base), target, -1, List.of(), 0));
            }
        }
        for (SimulationPlan.Multimeter meter : plan.multimeters()) {
            recorders.add(new RecorderPlan(false, unique(labels, PythonLiterals.fileFragment(meter.label())),
                    target(meter.neurons()), -1, meter.recordFrom(), meter.intervalMs()));
        }
    }

    private static String unique(TreeSet<String> labels, String wanted) {
        String label = wanted;
        for (int k = 2; !labels.add(label); k++) {
            label = wanted + "_" + k;
        }
        return label;
    }

    private static String list(double[] values) {
        List<String> items = new ArrayList<>();
        for (double value : values) {
            items.add(PythonLiterals.number(value));
        }
        return "[" + String.join(", ", items) + "]";
    }

    /**
     * @param values integers
     * @return their decimal texts
     */
    static List<String> ints(int[] values) {
        List<String> items = new ArrayList<>();
        for (int value : values) {
            items.add(Integer.toString(value));
        }
        return items;
    }

    // ------------------------------------------------------------------ accessors

    /** @return the simulation plan this project plan was derived from */
    public SimulationPlan plan() {
        return plan;
    }

    /** @return the targeted family */
    public NestFamily family() {
        return family;
    }

    /** @return its kernel facts */
    public KernelFacts kernel() {
        return kernel;
    }

    /** @return the groups, in the plan's range order */
    public List<GroupPlan> groups() {
        return groups;
    }

    /** @return the array pairs, ordered by (source, target) */
    public List<PairPlan> pairs() {
        return pairs;
    }

    /** @return the connections emitted as NEST rules */
    public List<NativePlan> natives() {
        return natives;
    }

    /** @return the stimuli, in the plan's order */
    public List<StimulusPlan> stimuli() {
        return stimuli;
    }

    /** @return the recorders: spike recorders, then multimeters */
    public List<RecorderPlan> recorders() {
        return recorders;
    }

    /** @return the edge indices in file order */
    public int[] order() {
        return order;
    }

    /** @return the number of edges shipped as arrays */
    public long arrayEdges() {
        return order.length;
    }

    /** @return the shard count: the ranks the edge files are grouped for */
    public int shards() {
        return shards;
    }

    /** @return the rank whose edges alone the project holds (a plan of one shard), or -1 when it holds every edge */
    public int shard() {
        return shard;
    }

    /**
     * The seed NEST 3 gets: the plan's seed when NEST accepts it, otherwise mapped into NEST's range.
     *
     * @return a seed in [minSeed, maxSeed]
     */
    public long nestSeed() {
        long seed = plan.seed();
        long min = kernel.minSeed();
        long max = kernel.maxSeed();
        return seed >= min && seed <= max ? seed : min + Math.floorMod(seed, max - min + 1);
    }

    /**
     * NEST 2.20's base seed (msd): grng_seed = msd + N_vp and rng_seeds continue from there, as NEST's
     * documentation recommends; kept small so that msd + 2 N_vp stays an int for any thread count.
     *
     * @return the base seed
     */
    public long nest2BaseSeed() {
        return 1 + Math.floorMod(plan.seed(), 1_000_000_000L);
    }
}
