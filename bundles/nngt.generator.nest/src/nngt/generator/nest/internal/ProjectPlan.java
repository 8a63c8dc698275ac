package nngt.generator.nest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import nngt.catalog.KernelFacts;
import nngt.catalog.ModelSpec;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.catalog.ParameterSpec;
import nngt.generator.nest.NestGeneratorOptions.ConnectionMode;
import nngt.graph.GroupRange;
import nngt.graph.NetworkInstance;
import nngt.model.AllNeurons;
import nngt.model.AllToAll;
import nngt.model.ConstantValue;
import nngt.model.Connection;
import nngt.model.DirectCurrent;
import nngt.model.Distribution;
import nngt.model.ErdosRenyi;
import nngt.model.FixedDegree;
import nngt.model.GaussianDistribution;
import nngt.model.Group;
import nngt.model.GroupSelection;
import nngt.model.LognormalDistribution;
import nngt.model.MetaGroup;
import nngt.model.Minis;
import nngt.model.Multimeter;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.NeuronSelection;
import nngt.model.NoiseInput;
import nngt.model.Parameter;
import nngt.model.PoissonInput;
import nngt.model.Quantity;
import nngt.model.Recorder;
import nngt.model.Selection;
import nngt.model.SpikeGenerator;
import nngt.model.SpikeRecorder;
import nngt.model.StepCurrents;
import nngt.model.Stimulus;
import nngt.model.SynapseSpec;
import nngt.model.TypeSelection;
import nngt.model.UniformDistribution;
import nngt.model.api.SynapseSpecResolver;
import nngt.model.api.Units;

/**
 * Everything the templates need, worked out once from the model and its instance: groups with their
 * scalar and per-neuron parameters, the edge order (grouped by group pair, then target shard), the
 * native connections, stimuli and recorders. Every string meant for Python is already escaped here.
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
            List<String> items = new ArrayList<>();
            for (int value : values) {
                items.add(Integer.toString(value));
            }
            return PythonLiterals.wrappedList(items, indent, prefix + "(\"" + (groups ? "groups" : "neurons") + "\", ")
                    + "),";
        }
    }

    /**
     * One group.
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
     * @param sign the factor applied to the positive weights
     * @param synSpec the constant part of the syn_spec as a Python dict literal
     * @param from first position
     * @param to end position
     * @param shardStarts per shard, the first edge (relative to from), plus the count at the end
     * @param edgeParameters synapse parameters given as distributions: name to distribution, drawn per edge
     */
    public record PairPlan(int source, int target, float sign, String synSpec, int from, int to, int[] shardStarts,
            Map<String, Distribution> edgeParameters) {
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
     * @param device NEST model, or "minis"
     * @param params Python dict literal
     * @param synSpec Python dict literal or None
     * @param target the stimulated neurons
     * @param indegree minis: per target neuron (in target order), its in-degree from the chosen type
     * @param baseRate minis: rate per input in Hz
     */
    public record StimulusPlan(String device, String params, String synSpec, Target target, int[] indegree,
            double baseRate) {
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

    private final Network model;
    private final NetworkInstance instance;
    private final NestFamily family;
    private final KernelFacts kernel;
    private final NestCatalog catalog;
    private final List<GroupPlan> groups = new ArrayList<>();
    private final List<PairPlan> pairs = new ArrayList<>();
    private final List<NativePlan> natives = new ArrayList<>();
    private final List<StimulusPlan> stimuli = new ArrayList<>();
    private final List<RecorderPlan> recorders = new ArrayList<>();
    private final int shards;
    private int[] order;
    private long arrayEdges;

    /**
     * Works out the plan.
     *
     * @param model the validated model
     * @param instance its instance
     * @param family the NEST family the project targets
     * @param mode how connections reach NEST
     * @param shardOption the shards option (0 = the model's MPI process count)
     * @throws IllegalArgumentException when model and instance disagree or the model uses something NEST
     *         cannot be given (the message names it)
     */
    public ProjectPlan(Network model, NetworkInstance instance, NestFamily family, ConnectionMode mode, int shardOption) {
        this.model = model;
        this.instance = instance;
        this.family = family;
        this.catalog = NestCatalog.standard();
        this.kernel = catalog.kernel(family);
        int processes = model.getSimulation() == null ? 1 : Math.max(1, model.getSimulation().getMpiProcesses());
        this.shards = shardOption == 0 ? processes : shardOption;
        planGroups();
        boolean[] nativeConnections = planNatives(mode);
        planPairs(nativeConnections);
        planStimuli();
        planRecorders();
    }

    // ------------------------------------------------------------------ groups

    private void planGroups() {
        List<NeuralGroup> modelGroups = model.getPopulation().getGroups();
        List<GroupRange> ranges = instance.groups();
        if (modelGroups.size() != ranges.size()) {
            throw new IllegalArgumentException("Argument 'instance' has " + ranges.size() + " groups but the model has "
                    + modelGroups.size() + "; instantiate this model.");
        }
        for (int g = 0; g < ranges.size(); g++) {
            GroupRange range = ranges.get(g);
            NeuralGroup group = modelGroups.get(g);
            if (!range.name().equals(group.getName()) || range.size() != group.getSize()) {
                throw new IllegalArgumentException("Argument 'instance': group " + g + " is '" + range.name() + "' with "
                        + range.size() + " neurons, but the model's is '" + group.getName() + "' with "
                        + group.getSize() + "; instantiate this model.");
            }
            String neuronModel = range.neuronModel();
            ModelSpec spec = catalog.model(neuronModel, family).orElse(null);
            Map<String, String> scalars = new LinkedHashMap<>();
            Map<String, String> units = new LinkedHashMap<>();
            Map<String, double[]> arrays = new LinkedHashMap<>();
            for (Map.Entry<String, double[]> entry : instance.neuronValues(g).entrySet()) {
                String name = entry.getKey();
                double[] values = entry.getValue();
                ParameterSpec parameter = spec == null ? null : spec.parameter(name).orElse(null);
                units.put(name, parameter == null ? "" : safeComment(parameter.unit()));
                if (constant(values)) {
                    scalars.put(name, PythonLiterals.number(values[0]));
                    continue;
                }
                double[] filled = values.clone();
                for (int k = 0; k < filled.length; k++) {
                    if (Double.isNaN(filled[k])) {
                        if (parameter == null) {
                            throw new IllegalArgumentException("Parameter '" + name + "' of group '" + range.name()
                                    + "' is set for some neurons only and model '" + neuronModel
                                    + "' has no catalogued default for the others; set it for the whole group.");
                        }
                        filled[k] = parameter.defaultValue();
                    }
                }
                arrays.put(name, filled);
            }
            groups.add(new GroupPlan(range.name(), neuronModel, range.size(), range.firstId(), range.neuronType(),
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

    private SynapseSpec spec(int source, int target) {
        int index = instance.synapseSpecIndex(source, target);
        return index < 0 ? null : model.getSynapses().get(index);
    }

    private float sign(int source, int target) {
        if (groups.get(source).type() >= 0) {
            return 1f;
        }
        SynapseSpec spec = spec(source, target);
        // NNGT keeps conductance receptor ports positive: the port itself selects the inhibitory conductance.
        if (spec != null && spec.getReceptorPort() != null && groups.get(target).model().contains("cond")) {
            return 1f;
        }
        return -1f;
    }

    private String synSpec(int source, int target) {
        SynapseSpec spec = spec(source, target);
        Map<String, String> entries = new LinkedHashMap<>();
        String synapseModel = spec == null || spec.getSynapseModel() == null
                ? SynapseSpecResolver.NEST_DEFAULT_SYNAPSE_MODEL : spec.getSynapseModel();
        entries.put(kernel.synapseModelKey(), PythonLiterals.string(synapseModel));
        if (spec != null) {
            for (Parameter parameter : spec.getParameters()) {
                if (parameter.getValue() instanceof ConstantValue constant) {
                    entries.put(parameter.getName(), PythonLiterals.number(Units.toNest(constant.getValue())));
                }
            }
            if (spec.getReceptorPort() != null) {
                entries.put("receptor_type", Integer.toString(spec.getReceptorPort()));
            }
        }
        return PythonLiterals.dict(entries, Map.of(), "", "", "");
    }

    /** The synapse parameters of a pair that are distributions, checked to be ones the generator can draw. */
    private Map<String, Distribution> edgeParameters(int source, int target) {
        SynapseSpec spec = spec(source, target);
        Map<String, Distribution> drawn = new LinkedHashMap<>();
        if (spec == null) {
            return drawn;
        }
        for (Parameter parameter : spec.getParameters()) {
            Distribution value = parameter.getValue();
            if (value instanceof ConstantValue) {
                continue;
            }
            if (!(value instanceof UniformDistribution || value instanceof GaussianDistribution
                    || value instanceof LognormalDistribution)) {
                throw new IllegalArgumentException("Synapse parameter '" + parameter.getName() + "' of "
                        + SynapseSpecResolver.describeKey(spec) + " is a " + value.eClass().getName()
                        + "; synapse parameters may be constants, uniform, gaussian or lognormal.");
            }
            drawn.put(parameter.getName(), value);
        }
        return drawn;
    }

    /**
     * Draws one value per edge of a pair for a synapse parameter, in file order, from a stream derived from the
     * model's seed, the pair and the parameter's position: the same model gives the same values.
     *
     * @param pair the pair
     * @param index the parameter's position among the pair's drawn parameters
     * @param distribution uniform, gaussian or lognormal
     * @return the values in NEST units
     */
    public double[] drawEdgeValues(PairPlan pair, int index, Distribution distribution) {
        long stream = ((long) pair.source() * groups.size() + pair.target()) * 64 + index;
        SplittableRandom random = new SplittableRandom(instance.seed() ^ (0x9E3779B97F4A7C15L * (stream + 1)));
        double[] values = new double[pair.to() - pair.from()];
        for (int k = 0; k < values.length; k++) {
            if (distribution instanceof UniformDistribution uniform) {
                double lower = Units.toNest(uniform.getLower());
                values[k] = lower + (Units.toNest(uniform.getUpper()) - lower) * random.nextDouble();
            } else if (distribution instanceof GaussianDistribution gaussian) {
                values[k] = Units.toNest(gaussian.getAvg()) + Units.toNest(gaussian.getStd()) * gaussian(random);
            } else {
                LognormalDistribution lognormal = (LognormalDistribution) distribution;
                values[k] = Math.exp(lognormal.getPosition() + lognormal.getScale() * gaussian(random))
                        * Units.factorToNest(lognormal.getUnit());
            }
        }
        return values;
    }

    /** A standard normal draw (Marsaglia's polar method), so that values do not depend on a library's choice. */
    private static double gaussian(SplittableRandom random) {
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    // ------------------------------------------------------------------ native connections

    private boolean[] planNatives(ConnectionMode mode) {
        List<Connection> connections = model.getConnections();
        boolean[] isNative = new boolean[connections.size()];
        if (mode != ConnectionMode.NATIVE || instance.connectionCount() != connections.size()) {
            return isNative;
        }
        for (int c = 0; c < connections.size(); c++) {
            NativePlan plan = nativePlan(c, connections.get(c));
            if (plan != null) {
                natives.add(plan);
                isNative[c] = true;
            }
        }
        return isNative;
    }

    private NativePlan nativePlan(int c, Connection connection) {
        int[] sources = groupsOf(connection.getSources());
        int[] targets = groupsOf(connection.getTargets());
        if (sources == null || targets == null) {
            return null;
        }
        float sign = sign(sources[0], targets[0]);
        String synSpec = synSpec(sources[0], targets[0]);
        for (int s : sources) {
            for (int t : targets) {
                if (sign(s, t) != sign || !synSpec(s, t).equals(synSpec) || !edgeParameters(s, t).isEmpty()) {
                    return null;
                }
            }
        }
        long edges = instance.connectionStart(c + 1) - instance.connectionStart(c);
        Map<String, String> conn = new LinkedHashMap<>();
        String rule;
        if (connection.getRule() instanceof FixedDegree fixed && connection.getDegreeType() != null
                && connection.getDegreeType().getLiteral().equals("in")) {
            rule = "fixed_indegree";
            conn.put("indegree", Integer.toString(fixed.getDegree()));
        } else if (connection.getRule() instanceof FixedDegree fixed && connection.getDegreeType() != null
                && connection.getDegreeType().getLiteral().equals("out")) {
            rule = "fixed_outdegree";
            conn.put("outdegree", Integer.toString(fixed.getDegree()));
        } else if (connection.getRule() instanceof ErdosRenyi er && er.getReciprocity() == null
                && connection.isMultigraph()) {
            // NEST's fixed_total_number cannot exclude repeated pairs ("Connect doesn't support the suppression
            // of multapses in the FixedTotalNumber connector", NEST 2.20 to 3.10): a simple graph ships as arrays
            rule = "fixed_total_number";
            conn.put("N", Long.toString(edges));
        } else if (connection.getRule() instanceof AllToAll) {
            rule = "all_to_all";
        } else {
            return null;
        }
        boolean nest2 = family == NestFamily.NEST_2_20;
        String weight = nativeValue(connection.getWeights(), sign, 1.0);
        String delay = nativeValue(connection.getDelays(), 1f, 1.0);
        if (weight == null || delay == null) {
            return null;
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("rule", PythonLiterals.string(rule));
        ordered.putAll(conn);
        ordered.put(nest2 ? "autapses" : "allow_autapses", "False");
        ordered.put(nest2 ? "multapses" : "allow_multapses", connection.isMultigraph() ? "True" : "False");
        String syn = synSpec.substring(0, synSpec.length() - 1) + ", \"weight\": " + weight + ", \"delay\": " + delay
                + "}";
        return new NativePlan(c, sources, targets, PythonLiterals.dict(ordered, Map.of(), "", "", ""), syn, rule);
    }

    private static String nativeValue(Distribution distribution, float sign, double absent) {
        if (distribution == null) {
            return PythonLiterals.number(sign * absent);
        }
        if (distribution instanceof ConstantValue constant) {
            return PythonLiterals.number(sign * Units.toNest(constant.getValue()));
        }
        if (distribution instanceof UniformDistribution uniform) {
            double a = sign * Units.toNest(uniform.getLower());
            double b = sign * Units.toNest(uniform.getUpper());
            return "(\"uniform\", " + PythonLiterals.number(Math.min(a, b)) + ", " + PythonLiterals.number(Math.max(a, b))
                    + ")";
        }
        if (distribution instanceof GaussianDistribution gaussian) {
            return "(\"normal\", " + PythonLiterals.number(sign * Units.toNest(gaussian.getAvg())) + ", "
                    + PythonLiterals.number(Units.toNest(gaussian.getStd())) + ")";
        }
        return null;
    }

    /** Group indices of a selection made of whole groups, or null when it names single neurons. */
    private int[] groupsOf(Selection selection) {
        if (selection instanceof AllNeurons) {
            int[] all = new int[groups.size()];
            Arrays.setAll(all, g -> g);
            return all;
        }
        if (selection instanceof TypeSelection type) {
            return java.util.stream.IntStream.range(0, groups.size())
                    .filter(g -> groups.get(g).type() == type.getNeuronType()).toArray();
        }
        if (selection instanceof GroupSelection chosen) {
            TreeSet<Integer> indices = new TreeSet<>();
            for (Group group : chosen.getGroups()) {
                if (!(group instanceof NeuralGroup)) {
                    return null;
                }
                indices.add(groupIndex(group.getName()));
            }
            return indices.stream().mapToInt(Integer::intValue).toArray();
        }
        return null;
    }

    private int groupIndex(String name) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).name().equals(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("Group '" + name + "' is not a group of the instance.");
    }

    /** The neurons of any selection, as a target. */
    private Target target(Selection selection) {
        int[] whole = groupsOf(selection);
        if (whole != null) {
            return new Target(true, whole);
        }
        TreeSet<Integer> ids = new TreeSet<>();
        if (selection instanceof NeuronSelection neurons) {
            ids.addAll(neurons.getNeuronIds());
        } else if (selection instanceof GroupSelection chosen) {
            for (Group group : chosen.getGroups()) {
                if (group instanceof MetaGroup meta) {
                    ids.addAll(meta.getNeuronIds());
                    for (NeuralGroup member : meta.getGroups()) {
                        GroupRange range = instance.groups().get(groupIndex(member.getName()));
                        for (int k = 0; k < range.size(); k++) {
                            ids.add(range.firstId() + k);
                        }
                    }
                } else {
                    GroupRange range = instance.groups().get(groupIndex(group.getName()));
                    for (int k = 0; k < range.size(); k++) {
                        ids.add(range.firstId() + k);
                    }
                }
            }
        }
        for (int id : ids) {
            if (id < 0 || id >= instance.neuronCount()) {
                throw new IllegalArgumentException("Neuron id " + id + " is outside 0.." + (instance.neuronCount() - 1)
                        + ".");
            }
        }
        return new Target(false, ids.stream().mapToInt(Integer::intValue).toArray());
    }

    private int[] targetIds(Target target) {
        if (!target.groups()) {
            return target.values();
        }
        int count = 0;
        for (int g : target.values()) {
            count += groups.get(g).size();
        }
        int[] ids = new int[count];
        int k = 0;
        for (int g : target.values()) {
            for (int i = 0; i < groups.get(g).size(); i++) {
                ids[k++] = groups.get(g).firstId() + i;
            }
        }
        return ids;
    }

    // ------------------------------------------------------------------ edge arrays

    private void planPairs(boolean[] nativeConnections) {
        int g = groups.size();
        int n = instance.neuronCount();
        int[] groupOf = new int[n];
        for (int k = 0; k < g; k++) {
            Arrays.fill(groupOf, groups.get(k).firstId(), groups.get(k).firstId() + groups.get(k).size(), k);
        }
        int[] sources = instance.sources();
        int[] targets = instance.targets();
        int edgeCount = instance.edgeCount();
        boolean anyNative = false;
        for (boolean flag : nativeConnections) {
            anyNative |= flag;
        }
        boolean[] included = null;
        if (anyNative) {
            included = new boolean[edgeCount];
            for (int c = 0; c < nativeConnections.length; c++) {
                if (!nativeConnections[c]) {
                    Arrays.fill(included, (int) instance.connectionStart(c), (int) instance.connectionStart(c + 1), true);
                }
            }
        }
        // Counting sort by (pair, shard): stable, so edges keep the instance's order inside a bucket.
        int buckets = g * g * shards;
        int[] starts = new int[buckets + 1];
        for (int e = 0; e < edgeCount; e++) {
            if (included == null || included[e]) {
                starts[bucket(groupOf, sources[e], targets[e], g) + 1]++;
            }
        }
        for (int b = 0; b < buckets; b++) {
            starts[b + 1] += starts[b];
        }
        arrayEdges = starts[buckets];
        order = new int[starts[buckets]];
        int[] next = Arrays.copyOf(starts, buckets);
        for (int e = 0; e < edgeCount; e++) {
            if (included == null || included[e]) {
                order[next[bucket(groupOf, sources[e], targets[e], g)]++] = e;
            }
        }
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
                pairs.add(new PairPlan(s, t, sign(s, t), synSpec(s, t), from, to, shardStarts, edgeParameters(s, t)));
            }
        }
    }

    private int bucket(int[] groupOf, int source, int target, int g) {
        // NEST ids are NNGT ids + 1 (neurons are created first, from id 1), and a neuron lives on rank id % P.
        return (groupOf[source] * g + groupOf[target]) * shards + (target + 1) % shards;
    }

    // ------------------------------------------------------------------ stimuli and recorders

    private void planStimuli() {
        int[] indegreeByType = null;
        for (Stimulus stimulus : model.getStimuli()) {
            Target target = target(stimulus.getTargets());
            Map<String, String> params = new LinkedHashMap<>();
            Map<String, String> syn = new LinkedHashMap<>();
            String device;
            int[] indegree = null;
            double baseRate = 0;
            if (stimulus instanceof PoissonInput poisson) {
                device = "poisson_generator";
                params.put("rate", number(poisson.getRate()));
                if (poisson.getWeight() != null) {
                    syn.put("weight", number(poisson.getWeight()));
                }
                if (poisson.getSynapseModel() != null) {
                    syn.put(kernel.synapseModelKey(), PythonLiterals.string(poisson.getSynapseModel()));
                }
            } else if (stimulus instanceof NoiseInput noise) {
                device = "noise_generator";
                params.put("mean", number(noise.getMean()));
                params.put("std", number(noise.getStd()));
            } else if (stimulus instanceof StepCurrents steps) {
                device = "step_current_generator";
                params.put("amplitude_times", list(steps.getTimes()));
                params.put("amplitude_values", list(steps.getAmplitudes()));
            } else if (stimulus instanceof DirectCurrent dc) {
                device = "dc_generator";
                params.put("amplitude", number(dc.getAmplitude()));
            } else if (stimulus instanceof SpikeGenerator generator) {
                device = "spike_generator";
                params.put("spike_times", list(generator.getSpikeTimes()));
                if (generator.getWeight() != null) {
                    syn.put("weight", number(generator.getWeight()));
                }
            } else if (stimulus instanceof Minis minis) {
                device = "minis";
                if (indegreeByType == null || minis.getSourceType() != 0) {
                    indegreeByType = indegreeFrom(minis.getSourceType());
                }
                int[] ids = targetIds(target);
                indegree = new int[ids.length];
                for (int k = 0; k < ids.length; k++) {
                    indegree[k] = indegreeByType[ids[k]];
                }
                baseRate = Units.toNest(minis.getBaseRate());
                syn.put("weight", number(minis.getWeight()));
            } else {
                throw new IllegalArgumentException("Stimulus of type " + stimulus.eClass().getName()
                        + " is not supported by the NEST generator.");
            }
            if (stimulus.getStart() != null) {
                params.put("start", number(stimulus.getStart()));
            }
            if (stimulus.getStop() != null) {
                params.put("stop", number(stimulus.getStop()));
            }
            stimuli.add(new StimulusPlan(device, PythonLiterals.dict(params, Map.of(), "", "", ""),
                    syn.isEmpty() ? "None" : PythonLiterals.dict(syn, Map.of(), "", "", ""), target, indegree, baseRate));
        }
    }

    private int[] indegreeFrom(int sourceType) {
        int[] indegree = new int[instance.neuronCount()];
        int[] sources = instance.sources();
        int[] targets = instance.targets();
        boolean[] chosen = new boolean[instance.neuronCount()];
        for (GroupPlan group : groups) {
            if (group.type() == sourceType) {
                Arrays.fill(chosen, group.firstId(), group.firstId() + group.size(), true);
            }
        }
        for (int e = 0; e < sources.length; e++) {
            if (chosen[sources[e]]) {
                indegree[targets[e]]++;
            }
        }
        return indegree;
    }

    private void planRecorders() {
        TreeSet<String> labels = new TreeSet<>();
        List<Recorder> modelRecorders = model.getRecorders();
        for (int r = 0; r < modelRecorders.size(); r++) {
            Recorder recorder = modelRecorders.get(r);
            Target target = target(recorder.getTargets());
            boolean spikes = recorder instanceof SpikeRecorder;
            String base = recorder.getName() != null ? PythonLiterals.fileFragment(recorder.getName())
                    : spikes ? "spikes" : "multimeter";
            List<String> recordFrom = List.of();
            double interval = 1.0;
            if (recorder instanceof Multimeter meter) {
                recordFrom = List.copyOf(meter.getRecordFrom());
                interval = meter.getInterval() == null ? 1.0 : Units.toNest(meter.getInterval());
            }
            if (spikes && target.groups()) {
                // NNGT's monitor_groups: one spike recorder per group, so files and rates are per group.
                for (int g : target.values()) {
                    String label = unique(labels, base + "_" + PythonLiterals.fileFragment(groups.get(g).name()));
                    recorders.add(new RecorderPlan(true, label, new Target(true, new int[] {g}), g, recordFrom, interval));
                }
            } else {
                recorders.add(new RecorderPlan(spikes, unique(labels, base), target, -1, recordFrom, interval));
            }
        }
    }

    private static String unique(TreeSet<String> labels, String wanted) {
        String label = wanted;
        for (int k = 2; !labels.add(label); k++) {
            label = wanted + "_" + k;
        }
        return label;
    }

    private static String number(Quantity quantity) {
        return PythonLiterals.number(Units.toNest(quantity));
    }

    private static String list(List<Quantity> quantities) {
        List<String> items = new ArrayList<>();
        for (Quantity quantity : quantities) {
            items.add(number(quantity));
        }
        return "[" + String.join(", ", items) + "]";
    }

    // ------------------------------------------------------------------ accessors

    /** @return the model */
    public Network model() {
        return model;
    }

    /** @return the instance */
    public NetworkInstance instance() {
        return instance;
    }

    /** @return the targeted family */
    public NestFamily family() {
        return family;
    }

    /** @return its kernel facts */
    public KernelFacts kernel() {
        return kernel;
    }

    /** @return the groups, in population order */
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

    /** @return the stimuli, in model order */
    public List<StimulusPlan> stimuli() {
        return stimuli;
    }

    /** @return the recorders */
    public List<RecorderPlan> recorders() {
        return recorders;
    }

    /** @return the edge indices in file order */
    public int[] order() {
        return order;
    }

    /** @return the number of edges shipped as arrays */
    public long arrayEdges() {
        return arrayEdges;
    }

    /** @return the shard count */
    public int shards() {
        return shards;
    }

    /**
     * The seed NEST 3 gets: the model's seed when NEST accepts it, otherwise mapped into NEST's range.
     *
     * @return a seed in [minSeed, maxSeed]
     */
    public long nestSeed() {
        long seed = instance.seed();
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
        return 1 + Math.floorMod(instance.seed(), 1_000_000_000L);
    }
}
