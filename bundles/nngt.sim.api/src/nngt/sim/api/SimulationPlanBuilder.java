package nngt.sim.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nngt.catalog.NestFamily;
import nngt.graph.EdgeFiles;
import nngt.graph.GroupRange;
import nngt.graph.NetworkEdges;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.SelectionIds;
import nngt.graph.TargetShard;
import nngt.model.AllNeurons;
import nngt.model.AllToAll;
import nngt.model.ConstantValue;
import nngt.model.Connection;
import nngt.model.DegreeType;
import nngt.model.DirectCurrent;
import nngt.model.Distribution;
import nngt.model.ErdosRenyi;
import nngt.model.FixedDegree;
import nngt.model.FromFile;
import nngt.model.GaussianDistribution;
import nngt.model.Group;
import nngt.model.GroupSelection;
import nngt.model.Minis;
import nngt.model.Multimeter;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.NngtPackage;
import nngt.model.NoiseInput;
import nngt.model.Parameter;
import nngt.model.PoissonInput;
import nngt.model.Quantity;
import nngt.model.Recorder;
import nngt.model.Selection;
import nngt.model.SimulationSettings;
import nngt.model.SpikeGenerator;
import nngt.model.SpikeRecorder;
import nngt.model.StepCurrents;
import nngt.model.Stimulus;
import nngt.model.SynapseSpec;
import nngt.model.TypeSelection;
import nngt.model.UniformDistribution;
import nngt.model.api.NestVersions;
import nngt.model.api.PopulationSelections;
import nngt.model.api.SynapseParameterDraws;
import nngt.model.api.SynapseSpecResolver;
import nngt.model.api.Units;

/**
 * Builds the one {@link SimulationPlan} of a model ({@link Network}) and its concrete {@link NetworkInstance}:
 * the only place where a model's meaning for a simulation is worked out. Its rules, after NNGT and NEST:
 * <ul>
 * <li>weights get the sign of their source group (negative for inhibitory sources), except towards a
 * conductance-based target (weight unit nS in the catalog) through a receptor port, where the port selects the
 * inhibitory channel;</li>
 * <li>synapse parameters given as distributions are the instance's per-edge columns (drawn once, from the
 * instance's random streams); constants go to the synapse model;</li>
 * <li>{@code set_minis} draws, for every target, a Poisson train at {@code k·baseRate} where k counts its incoming
 * edges from neurons of the given type (NaN for a target outside the instance's {@linkplain
 * NetworkInstance#targetShard() shard}, whose edges it does not hold);</li>
 * <li>an instance of one target shard gives a plan of that shard ({@link SimulationPlan#shards()});</li>
 * <li>device connections use NEST's default delay and weight, multimeters NEST's default interval and the noise
 * generator NEST's dt, all read from the catalog ({@link CatalogValues});</li>
 * <li>threads follow the thread policy: the model's {@code threads} (which a front end's override replaces), else
 * NEST's default (one thread per process);</li>
 * <li>a model without spike recorders records the spikes of all neurons.</li>
 * </ul>
 */
public final class SimulationPlanBuilder {

    /** The biological time front ends simulate when a model has no {@code simulate} statement. */
    public static final double DEFAULT_DURATION_MS = 1000;

    private final Network model;
    private final NetworkInstance instance;
    /** The edges drawn when read, or null when the instance holds them. */
    private final NetworkEdges drawnEdges;
    private final NestFamily family;
    private final List<GroupRange> groups;
    private final int[] groupOf;
    private final PopulationSelections selections;
    private final SimulationPlan.Builder plan = SimulationPlan.builder();

    private SimulationPlanBuilder(Network model, NetworkInstance instance, NetworkEdges drawnEdges) {
        this.model = model;
        this.instance = instance;
        this.drawnEdges = drawnEdges;
        this.family = NestVersions.family(model.getNestVersion());
        this.groups = instance.groups();
        this.selections = new PopulationSelections(model.getPopulation());
        this.groupOf = new int[instance.neuronCount()];
        for (int g = 0; g < groups.size(); g++) {
            Arrays.fill(groupOf, groups.get(g).firstId(), groups.get(g).firstId() + groups.get(g).size(), g);
        }
    }

    /**
     * Builds the plan.
     *
     * @param model    the model the instance was built from
     * @param instance the concrete network
     * @return the plan, with the model's duration, threads and MPI processes and the instance's seed and resolution
     * @throws IllegalArgumentException when the model has no simulation duration, model and instance disagree, or a
     *                                  stimulus uses a synapse model other than static_synapse
     */
    public static SimulationPlan build(Network model, NetworkInstance instance) {
        return new SimulationPlanBuilder(model, instance, null).plan();
    }

    /**
     * Builds the plan of a network whose edges are drawn when read ({@link NetworkInstantiator#withDeferredEdges}):
     * the same plan as {@link #build(Network, NetworkInstance)} gives for the instance, but its edges are a {@link
     * PlanEdges} source ({@link SimulationPlan#edgesDrawn()}) that draws them, with the plan's signs and synapse
     * models, for any range of targets; no edge array is made. A {@code set_minis} stimulus draws the edges once
     * more to count the in-degrees.
     *
     * @param model   the model the network was built from
     * @param network the neurons and the edges
     * @return the plan
     * @throws IllegalArgumentException as {@link #build(Network, NetworkInstance)}
     */
    public static SimulationPlan build(Network model, NetworkInstantiator.DeferredNetwork network) {
        return new SimulationPlanBuilder(model, network.neurons(), network.edges()).plan();
    }

    private SimulationPlan plan() {
        SimulationSettings settings = model.getSimulation();
        if (settings == null || settings.getDuration() == null) {
            throw new IllegalArgumentException("model: network '" + model.getName()
                    + "' has no simulation duration; add simulation settings with a duration");
        }
        if (model.getPopulation() == null || model.getPopulation().getGroups().size() != groups.size()) {
            throw new IllegalArgumentException("instance: it has " + groups.size() + " groups but network '"
                    + model.getName() + "' has a different population; instantiate this model");
        }
        plan.name(instance.name()).origin(origin()).family(family)
                .duration(Units.toNest(settings.getDuration()))
                .resolution(instance.resolution())
                .threads(threads(settings))
                .mpiProcesses(Math.max(1, settings.getMpiProcesses()))
                .seed(instance.seed());
        TargetShard shard = instance.targetShard();
        if (shard != null) {
            plan.shards(new SimulationPlan.Shards(shard.count(), shard.index(), shard.idOffset()));
        }
        for (int g = 0; g < groups.size(); g++) {
            GroupRange group = groups.get(g);
            plan.neurons(new SimulationPlan.NeuronRange(group.name(), group.firstId(), group.size(),
                    group.neuronType(), group.neuronModel(), instance.neuronValues(g),
                    CatalogValues.defaults(group.neuronModel(), family)));
        }
        List<Set<String>> fileParameters = fileParametersBySpec();
        for (int s = 0; s < model.getSynapses().size(); s++) {
            plan.synapseModel(synapseModel(model.getSynapses().get(s), fileParameters.get(s)));
        }
        addEdges();
        addNativeConnections();
        for (Stimulus stimulus : model.getStimuli()) {
            plan.stimulus(stimulus(stimulus));
        }
        addRecorders();
        if (instance.spatial()) {
            plan.positions(instance.x(), instance.y());
        }
        return plan.build();
    }

    private String origin() {
        if (model.eResource() == null || model.eResource().getURI() == null) {
            return "memory";
        }
        String last = model.eResource().getURI().lastSegment();
        return last == null ? model.eResource().getURI().toString() : last;
    }

    /** The thread policy: the model's setting when it has one, else NEST's default. */
    private int threads(SimulationSettings settings) {
        if (settings.eIsSet(NngtPackage.Literals.SIMULATION_SETTINGS__THREADS)) {
            return Math.max(1, settings.getThreads());
        }
        return CatalogValues.kernel(family).defaultThreads();
    }

    /**
     * @param spec a synapse specification
     * @param fromFiles the synapse parameters from_file connections give its edges per edge
     */
    private SimulationPlan.SynapseModel synapseModel(SynapseSpec spec, Set<String> fromFiles) {
        String name = spec.getSynapseModel() == null ? SynapseSpecResolver.NEST_DEFAULT_SYNAPSE_MODEL
                : spec.getSynapseModel();
        Map<String, Double> constants = new LinkedHashMap<>();
        List<String> perEdge = new ArrayList<>();
        for (Parameter parameter : spec.getParameters()) {
            if (parameter.getValue() instanceof ConstantValue constant) {
                constants.put(parameter.getName(), Units.toNest(constant.getValue()));
            } else {
                perEdge.add(parameter.getName());
            }
        }
        // a file's value wins over the constant on the edges that have one (the constant holds for the others)
        fromFiles.stream().filter(parameter -> !perEdge.contains(parameter)).forEach(perEdge::add);
        return new SimulationPlan.SynapseModel(name, constants, perEdge, CatalogValues.defaults(name, family),
                spec.getReceptorPort() == null ? 0 : spec.getReceptorPort());
    }

    /**
     * Per synapse specification, the synapse parameters that from_file connections give some of its edges per edge
     * (SONATA's {@code dynamics_params/<name>} of an edge group): those edges' values are in the instance's per-edge
     * columns. Found by reading those columns once; nothing is read when no file gives a parameter.
     */
    private List<Set<String>> fileParametersBySpec() {
        List<Set<String>> bySpec = new ArrayList<>();
        model.getSynapses().forEach(spec -> bySpec.add(new TreeSet<>()));
        Set<String> names = new TreeSet<>();
        for (Connection connection : model.getConnections()) {
            if (connection.getRule() instanceof FromFile rule) {
                names.addAll(EdgeFiles.read(rule).parameters().keySet());
            }
        }
        if (names.isEmpty()) {
            return bySpec;
        }
        int g = groups.size();
        if (drawnEdges != null) {
            List<String> columns = drawnEdges.parameterNames();
            for (NetworkEdges.Cursor edge = drawnEdges.edgesTo(0, instance.neuronCount()); edge.next();) {
                int spec = instance.synapseSpecIndex(groupOf[edge.source()], groupOf[edge.target()]);
                for (String name : names) {
                    if (spec >= 0 && !Float.isNaN(edge.parameter(columns.indexOf(name)))) {
                        bySpec.get(spec).add(name);
                    }
                }
            }
            return bySpec;
        }
        int[] sources = instance.sources();
        int[] targets = instance.targets();
        for (String name : names) {
            // a part of a network (a target shard) may hold none of the edges that have it
            float[] column = instance.edgeParameters().getOrDefault(name, new float[0]);
            for (int e = 0; e < column.length; e++) {
                int spec = Float.isNaN(column[e]) ? -1
                        : instance.synapseSpecIndex(groupOf[sources[e]], groupOf[targets[e]]);
                if (spec >= 0) {
                    bySpec.get(spec).add(name);
                }
            }
        }
        return bySpec;
    }

    // ------------------------------------------------------------------ edges

    private float sign(int sourceGroup, int targetGroup) {
        if (groups.get(sourceGroup).neuronType() >= 0) {
            return 1f;
        }
        int spec = instance.synapseSpecIndex(sourceGroup, targetGroup);
        boolean receptorPort = spec >= 0 && model.getSynapses().get(spec).getReceptorPort() != null;
        // NNGT keeps conductance receptor ports positive: the port itself selects the inhibitory conductance
        return receptorPort && CatalogValues.conductanceBased(groups.get(targetGroup).neuronModel(), family) ? 1f
                : -1f;
    }

    private void addEdges() {
        int groupCount = groups.size();
        float[] sign = new float[groupCount * groupCount];
        int[] specOfPair = new int[groupCount * groupCount];
        for (int s = 0; s < groupCount; s++) {
            for (int t = 0; t < groupCount; t++) {
                sign[s * groupCount + t] = sign(s, t);
                specOfPair[s * groupCount + t] = instance.synapseSpecIndex(s, t);
            }
        }
        if (drawnEdges != null) {
            plan.edges(new DrawnPlanEdges(drawnEdges, groupOf, groupCount, sign, specOfPair));
            return;
        }
        int[] sources = instance.sources();
        int[] targets = instance.targets();
        float[] weights = instance.weights();
        float[] signed = new float[weights.length];
        // a column of specification indices only when some group pair has a specification: 4 bytes per
        // edge that a network of static synapses does not pay
        int[] specIndex = Arrays.stream(specOfPair).anyMatch(spec -> spec >= 0) ? new int[weights.length] : null;
        boolean anySpec = false;
        for (int e = 0; e < signed.length; e++) {
            int pair = groupOf[sources[e]] * groupCount + groupOf[targets[e]];
            signed[e] = sign[pair] * weights[e];
            if (specIndex != null) {
                specIndex[e] = specOfPair[pair];
                anySpec |= specIndex[e] >= 0;
            }
        }
        plan.edges(sources, targets, signed, instance.delays(), anySpec ? specIndex : null);
        plan.edgeParameters(instance.edgeParameters());
    }

    // ------------------------------------------------------------------ connections NEST can build itself

    private void addNativeConnections() {
        List<Connection> connections = model.getConnections();
        int connectionCount = drawnEdges != null ? drawnEdges.connectionCount() : instance.connectionCount();
        if (connectionCount != connections.size()) {
            return;
        }
        for (int c = 0; c < connections.size(); c++) {
            SimulationPlan.NativeConnection connection = nativeConnection(c, connections.get(c));
            if (connection != null) {
                plan.nativeConnection(connection);
            }
        }
    }

    private SimulationPlan.NativeConnection nativeConnection(int c, Connection connection) {
        int[] sources = wholeGroups(connection.getSources());
        int[] targets = wholeGroups(connection.getTargets());
        if (sources == null || targets == null || sources.length == 0 || targets.length == 0) {
            return null;
        }
        float sign = sign(sources[0], targets[0]);
        int spec = instance.synapseSpecIndex(sources[0], targets[0]);
        for (int s : sources) {
            for (int t : targets) {
                int pairSpec = instance.synapseSpecIndex(s, t);
                if (sign(s, t) != sign || pairSpec != spec
                        || (pairSpec >= 0 && drawsPerEdge(model.getSynapses().get(pairSpec)))) {
                    return null;
                }
            }
        }
        long first = drawnEdges != null ? drawnEdges.connectionStart(c) : instance.connectionStart(c);
        long end = drawnEdges != null ? drawnEdges.connectionStart(c + 1) : instance.connectionStart(c + 1);
        Map<String, Long> parameters = new LinkedHashMap<>();
        String rule;
        DegreeType degree = connection.getDegreeType();
        if (connection.getRule() instanceof FixedDegree fixed && degree == DegreeType.IN) {
            rule = "fixed_indegree";
            parameters.put("indegree", (long) fixed.getDegree());
        } else if (connection.getRule() instanceof FixedDegree fixed && degree == DegreeType.OUT) {
            rule = "fixed_outdegree";
            parameters.put("outdegree", (long) fixed.getDegree());
        } else if (connection.getRule() instanceof ErdosRenyi er && er.getReciprocity() == null
                && connection.isMultigraph()) {
            // NEST's fixed_total_number cannot exclude repeated pairs ("Connect doesn't support the suppression
            // of multapses in the FixedTotalNumber connector", NEST 2.20 to 3.10): a simple graph ships as arrays
            rule = "fixed_total_number";
            parameters.put("N", end - first);
        } else if (connection.getRule() instanceof AllToAll) {
            rule = "all_to_all";
        } else {
            return null;
        }
        SimulationPlan.EdgeLaw weight = law(connection.getWeights(), sign,
                CatalogValues.defaultWeight(family));
        SimulationPlan.EdgeLaw delay = law(connection.getDelays(), 1f, CatalogValues.defaultDelayMs(family));
        if (weight == null || delay == null) {
            return null;
        }
        return new SimulationPlan.NativeConnection(c, sources, targets, rule, parameters, connection.isMultigraph(),
                weight, delay, spec, first, end);
    }

    private static boolean drawsPerEdge(SynapseSpec spec) {
        return spec.getParameters().stream().anyMatch(p -> SynapseParameterDraws.isDrawn(p.getValue()));
    }

    private static SimulationPlan.EdgeLaw law(Distribution distribution, float sign, double absent) {
        if (distribution == null) {
            return new SimulationPlan.EdgeLaw("constant", sign * absent, 0);
        }
        if (distribution instanceof ConstantValue constant) {
            return new SimulationPlan.EdgeLaw("constant", sign * Units.toNest(constant.getValue()), 0);
        }
        if (distribution instanceof UniformDistribution uniform) {
            double a = sign * Units.toNest(uniform.getLower());
            double b = sign * Units.toNest(uniform.getUpper());
            return new SimulationPlan.EdgeLaw("uniform", Math.min(a, b), Math.max(a, b));
        }
        if (distribution instanceof GaussianDistribution gaussian) {
            return new SimulationPlan.EdgeLaw("normal", sign * Units.toNest(gaussian.getAvg()),
                    Units.toNest(gaussian.getStd()));
        }
        return null;
    }

    /** Range indices of a selection made of whole primary groups, or null when it names single neurons. */
    private int[] wholeGroups(Selection selection) {
        if (selection instanceof AllNeurons) {
            int[] all = new int[groups.size()];
            Arrays.setAll(all, g -> g);
            return all;
        }
        if (selection instanceof TypeSelection type) {
            return java.util.stream.IntStream.range(0, groups.size())
                    .filter(g -> groups.get(g).neuronType() == type.getNeuronType()).toArray();
        }
        if (selection instanceof GroupSelection chosen) {
            TreeSet<Integer> indices = new TreeSet<>();
            for (Group group : chosen.getGroups()) {
                if (!(group instanceof NeuralGroup)) {
                    return null;
                }
                int index = model.getPopulation().getGroups().indexOf(group);
                if (index < 0) {
                    return null;
                }
                indices.add(index);
            }
            return indices.stream().mapToInt(Integer::intValue).toArray();
        }
        return null;
    }

    // ------------------------------------------------------------------ stimuli and recorders

    private SimulationPlan.Stimulus stimulus(Stimulus stimulus) {
        int[] targets = ids(stimulus.getTargets(), named("stimulus", stimulus.getName()));
        double start = stimulus.getStart() == null ? 0 : Units.toNest(stimulus.getStart());
        double stop = stimulus.getStop() == null ? Double.POSITIVE_INFINITY : Units.toNest(stimulus.getStop());
        double delay = CatalogValues.defaultDelayMs(family);
        if (stimulus instanceof PoissonInput poisson) {
            String synapse = poisson.getSynapseModel();
            if (synapse != null && !synapse.equals(SynapseSpecResolver.NEST_DEFAULT_SYNAPSE_MODEL)) {
                throw new IllegalArgumentException("stimuli: " + named("Poisson input", stimulus.getName()) + " uses synapse "
                        + synapse + "; device connections support static_synapse only");
            }
            return new SimulationPlan.PoissonInput(targets, new double[] {Units.toNest(poisson.getRate())},
                    new double[] {weight(poisson.getWeight())}, delay, start, stop);
        } else if (stimulus instanceof Minis minis) {
            double[] rates = miniRates(targets, minis.getSourceType(), Units.toNest(minis.getBaseRate()));
            return new SimulationPlan.PoissonInput(targets, rates, new double[] {weight(minis.getWeight())}, delay,
                    start, stop);
        } else if (stimulus instanceof NoiseInput noise) {
            return new SimulationPlan.NoiseInput(targets, Units.toNest(noise.getMean()),
                    Units.toNest(noise.getStd()), CatalogValues.noiseDtMs(family, instance.resolution()), start, stop);
        } else if (stimulus instanceof StepCurrents steps) {
            return new SimulationPlan.StepCurrentInput(targets, toNest(steps.getTimes()),
                    toNest(steps.getAmplitudes()));
        } else if (stimulus instanceof DirectCurrent dc) {
            return new SimulationPlan.DcInput(targets, Units.toNest(dc.getAmplitude()), start, stop);
        } else if (stimulus instanceof SpikeGenerator generator) {
            return new SimulationPlan.SpikeTrainInput(targets, toNest(generator.getSpikeTimes()),
                    weight(generator.getWeight()), delay);
        }
        throw new IllegalArgumentException("stimuli: " + named(stimulus.eClass().getName(), stimulus.getName())
                + " is not supported");
    }

    private double[] miniRates(int[] targets, int sourceType, double baseRate) {
        int[] inDegree = new int[instance.neuronCount()];
        if (drawnEdges != null) {
            for (NetworkEdges.Cursor edge = drawnEdges.edgesTo(0, instance.neuronCount()); edge.next();) {
                if (groups.get(groupOf[edge.source()]).neuronType() == sourceType) {
                    inDegree[edge.target()]++;
                }
            }
        } else {
            int[] sources = instance.sources();
            int[] edgeTargets = instance.targets();
            for (int e = 0; e < sources.length; e++) {
                if (groups.get(groupOf[sources[e]]).neuronType() == sourceType) {
                    inDegree[edgeTargets[e]]++;
                }
            }
        }
        double[] rates = new double[targets.length];
        TargetShard shard = instance.targetShard();
        for (int k = 0; k < targets.length; k++) {
            // the in-degree of a target outside the shard is not known here
            rates[k] = shard == null || shard.holds(targets[k]) ? inDegree[targets[k]] * baseRate : Double.NaN;
        }
        return rates;
    }

    private void addRecorders() {
        boolean anySpikeRecorder = false;
        for (Recorder recorder : model.getRecorders()) {
            int[] ids = ids(recorder.getTargets(), named("recorder", recorder.getName()));
            if (recorder instanceof SpikeRecorder) {
                anySpikeRecorder = true;
                plan.spikeRecorder(new SimulationPlan.SpikeRecorder(
                        recorder.getName() == null ? "spikes" : recorder.getName(), ids));
            } else if (recorder instanceof Multimeter multimeter) {
                double interval = multimeter.getInterval() == null ? CatalogValues.multimeterIntervalMs(family)
                        : Units.toNest(multimeter.getInterval());
                plan.multimeter(new SimulationPlan.Multimeter(
                        recorder.getName() == null ? "multimeter" : recorder.getName(), ids,
                        new ArrayList<>(multimeter.getRecordFrom()), interval));
            }
        }
        if (!anySpikeRecorder) {
            plan.recordAllSpikes();
        }
    }

    private double weight(Quantity weight) {
        return weight == null ? CatalogValues.defaultWeight(family) : Units.toNest(weight);
    }

    private static double[] toNest(List<Quantity> quantities) {
        return quantities.stream().mapToDouble(Units::toNest).toArray();
    }

    /** "stimulus 'drive'", or "a stimulus" for an unnamed one, for messages. */
    private static String named(String kind, String name) {
        return name == null ? "a " + kind : kind + " '" + name + "'";
    }

    /** The NNGT ids of a selection (null: all neurons), ascending and without duplicates. */
    private int[] ids(Selection selection, String where) {
        return SelectionIds.of(selection, selections, where);
    }
}
