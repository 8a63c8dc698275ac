package nngt.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

import nngt.graph.generate.AllToAllGenerator;
import nngt.graph.generate.CircularGenerator;
import nngt.graph.generate.DegreeType;
import nngt.graph.generate.DistanceProfile;
import nngt.graph.generate.DistanceRuleGenerator;
import nngt.graph.generate.EdgeCounts;
import nngt.graph.generate.EdgeGenerator;
import nngt.graph.generate.EdgeRuns;
import nngt.graph.generate.ErdosRenyiGenerator;
import nngt.graph.generate.FixedDegreeGenerator;
import nngt.graph.generate.FromDegreeListGenerator;
import nngt.graph.generate.FromFileGenerator;
import nngt.graph.generate.GaussianDegreeGenerator;
import nngt.graph.generate.NewmanWattsGenerator;
import nngt.graph.generate.PriceScaleFreeGenerator;
import nngt.graph.generate.RandomScaleFreeGenerator;
import nngt.graph.generate.ReciprocityChoice;
import nngt.graph.generate.ShuffleMode;
import nngt.graph.generate.WattsStrogatzGenerator;
import nngt.graph.internal.RandomStreams;
import nngt.graph.io.EdgeFile;
import nngt.graph.io.EdgeFileException;
import nngt.graph.space.Placement;
import nngt.model.AllToAll;
import nngt.model.Circular;
import nngt.model.ConstantValue;
import nngt.model.Connection;
import nngt.model.ConnectivityRule;
import nngt.model.Disk;
import nngt.model.DistanceRule;
import nngt.model.Distribution;
import nngt.model.ErdosRenyi;
import nngt.model.FixedDegree;
import nngt.model.FromDegreeList;
import nngt.model.FromFile;
import nngt.model.GaussianDegree;
import nngt.model.LatticeRule;
import nngt.model.LinearCorrelation;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.NewmanWatts;
import nngt.model.Parameter;
import nngt.model.Position;
import nngt.model.PriceScaleFree;
import nngt.model.RandomScaleFree;
import nngt.model.Rectangle;
import nngt.model.Selection;
import nngt.model.Space;
import nngt.model.StateRandomization;
import nngt.model.SynapseSpec;
import nngt.model.WattsStrogatz;
import nngt.model.api.Groups;
import nngt.model.api.NestVersions;
import nngt.model.api.NeuralPop;
import nngt.model.api.PopulationSelections;
import nngt.model.api.SynapseParameterDraws;
import nngt.model.api.SynapseSpecResolver;
import nngt.model.api.NetworkFootprint;
import nngt.model.api.Units;

/**
 * Builds the concrete {@link NetworkInstance} of a model: neuron values, positions, then the edges of
 * every connection in order with NNGT's generators, then weights, delays and the synapse parameters
 * drawn per edge.
 *
 * <p>Reproducibility: connection c's generator gets the seed {@code derive(master, c)}; nodes, edge
 * chunks and neurons draw from their own counter-based streams, so the arrays are bit-identical for any
 * thread count. Memory: every connection's edge count is known before any edge is written (degree
 * rules draw their degrees first; rules whose count depends on the outcome generate into their own
 * buffer first), so source and target arrays are allocated once at exact size, and weights and delays
 * after the edges, drawn straight into their final columns: 14 bytes per edge (delays as 16-bit
 * resolution steps, see {@link NetworkInstance}) for degree rules, all-to-all, Erdős–Rényi without
 * reciprocity (which holds 8 bytes of candidate keys per edge before the weights exist) and the
 * distance rule. A synapse parameter drawn per edge adds a float column (4 bytes per edge), allocated
 * only for the names some used specification draws.
 *
 * <p>A part of a network ({@link InstantiationOptions#withTargetShard}): the edges whose targets a
 * {@link TargetShard} holds, with the ids, values and order they have in the whole network, so that the
 * parts together are the whole network, array for array. Neurons, their values and positions are drawn
 * whole (they are per neuron). An in-degree rule (fixed, Gaussian or listed degrees) whose weights,
 * delays and synapse parameters do not depend on distances draws only the edges of the part's targets
 * (its targets draw from their own streams; the value chunks that hold their edges are drawn whole and
 * the rest of each chunk dropped), so a part costs about 1/count of the edges' time and memory; any
 * other connection is generated whole, one at a time, and filtered.
 *
 * <p>A {@code from_file} connection reads its edges ({@link EdgeFiles}, checked row by row) instead of generating
 * them; the file's weights (as magnitudes), delays and per-edge synapse parameters (SONATA's {@code
 * dynamics_params/<name>}) replace the drawn ones on the edges that have them. A synapse parameter a file gives an
 * edge must belong to the synapse model of the edge's group pair (a synapse specification must cover the pair).
 *
 * <p>Defaults as in NNGT: absent weights are 1, absent delays 1 ms. Delays are rounded to the
 * resolution grid as NEST stores them (nearest step) and raised to one step where smaller, since NEST
 * rejects delays below the resolution.
 *
 * <p>Synapse parameters: every non-constant parameter of a synapse specification (see
 * {@link SynapseParameterDraws}) is drawn for the edges of the (source group, target group) pairs that
 * use the specification, in every connection, from the stream of {@code RandomStreams.synapseParameterSeed}
 * (connection seed, specification, name), in fixed edge chunks, so that the values too are the same
 * for any thread count; the other edges hold NaN in that column.
 */
public final class NetworkInstantiator {

    /** NNGT's default weight. */
    public static final double DEFAULT_WEIGHT = 1;
    /** NNGT's default delay in ms. */
    public static final double DEFAULT_DELAY = 1;

    private NetworkInstantiator() {
    }

    /**
     * @param model a validated network model
     * @param options threads, seed and resolution overrides
     * @return the concrete network
     * @throws IllegalArgumentException when the model is inconsistent or a rule cannot be realised;
     *         the message names the connection and the reason
     */
    public static NetworkInstance instantiate(Network model, InstantiationOptions options) {
        return run(model, options).build();
    }

    /**
     * The network's neurons now and its edges as a source that draws them again whenever asked ({@link
     * NetworkEdges}), for a simulator that fills its own tables: the edges are exactly those {@link #instantiate}
     * gives, but no edge column is built for the connections that can draw a range of targets again.
     *
     * @param model a validated network model
     * @param options threads, seed and resolution overrides; no target shard
     * @return the neurons (an instance without edges: groups, values, positions, synapse specifications, seed and
     *         resolution) and the edges
     * @throws IllegalArgumentException as {@link #instantiate}, and for a target shard
     */
    public static DeferredNetwork withDeferredEdges(Network model, InstantiationOptions options) {
        return run(model, options).buildDeferred();
    }

    /** One instantiation of a model, its arguments checked. */
    private static Run run(Network model, InstantiationOptions options) {
        if (model == null) {
            throw new IllegalArgumentException("Argument 'model' is null; a Network is required.");
        }
        if (options == null) {
            throw new IllegalArgumentException("Argument 'options' is null; use InstantiationOptions.defaults().");
        }
        return new Run(model, options);
    }

    /**
     * A network whose edges are drawn when read.
     *
     * @param neurons the network without its edges: everything of the instance but the edge columns (its
     *                {@link NetworkInstance#edgeCount()} is 0; its connections are empty)
     * @param edges   the edges, drawn again on every read
     */
    public record DeferredNetwork(NetworkInstance neurons, NetworkEdges edges) {
    }

    /** One instantiation; holds what the steps share. */
    private static final class Run {
        private final Network model;
        private final int threads;
        private final long seed;
        private final double resolution;
        private final TargetShard shard;
        private final List<NeuralGroup> modelGroups;
        private final PopulationSelections selections;
        private final List<GroupRange> groups = new ArrayList<>();
        private final int neuronCount;
        private double[] x;
        private double[] y;
        /** The synapse specification of each group pair ({@link #synapseSpecs()}), made once. */
        private int[] specTable;

        Run(Network model, InstantiationOptions options) {
            this.model = model;
            this.threads = options.threads();
            this.shard = options.targetShard();
            this.seed = options.seed() != null ? options.seed()
                    : model.getSeed() != null ? model.getSeed() : InstantiationOptions.DEFAULT_SEED;
            double modelResolution = model.getSimulation() != null && model.getSimulation().getResolution() != null
                    ? Units.toNest(model.getSimulation().getResolution())
                    : NestVersions.defaultResolutionMs(model.getNestVersion());
            this.resolution = options.resolution() != null ? options.resolution() : modelResolution;
            if (!(resolution > 0)) {
                throw new IllegalArgumentException("The resolution is " + resolution + " ms; it must be above 0.");
            }
            if (model.getPopulation() == null || model.getPopulation().getGroups().isEmpty()) {
                throw new IllegalArgumentException("Network '" + model.getName() + "' has no population groups; nothing to instantiate.");
            }
            this.modelGroups = List.copyOf(model.getPopulation().getGroups());
            this.selections = new PopulationSelections(model.getPopulation());
            long total = 0;
            for (NeuralGroup group : modelGroups) {
                total += Math.max(0, group.getSize());
            }
            if (total > NetworkFootprint.MAX_ARRAY_LENGTH) {
                throw new IllegalArgumentException("The groups of network '" + model.getName() + "' hold " + total
                        + " neurons; at most " + NetworkFootprint.MAX_ARRAY_LENGTH + " fit in one network's arrays.");
            }
            int next = 0;
            for (NeuralGroup group : modelGroups) {
                // -1: ids not assigned yet (a parsed model); they follow NeuralPop.fromGroups, consecutively.
                if (group.getFirstId() != next && group.getFirstId() != -1) {
                    throw new IllegalArgumentException("Group '" + group.getName() + "' starts at id " + group.getFirstId()
                            + "; groups must cover the ids in order, so it should start at " + next + ".");
                }
                groups.add(new GroupRange(group.getName(), next, group.getSize(), group.getNeuronType(),
                        group.getNeuronModel() == null ? NeuralPop.DEFAULT_NEURON_MODEL : group.getNeuronModel()));
                next += group.getSize();
            }
            this.neuronCount = next;
        }

        NetworkInstance build() {
            NetworkFootprint footprint = neuronFootprint();
            refuseBeyondMemory(footprint);
            placeNeurons();
            List<Map<String, double[]>> values = neuronValues();
            int[] specTable = synapseSpecs();
            // checked before any edge exists, so that a refused parameter costs no generation
            List<DrawnParameter> drawn = drawnParameters(specTable);
            if (shard != null) {
                return buildShard(footprint, values, specTable, drawn);
            }
            List<Connection> connections = model.getConnections();
            EdgeGenerator[] generators = new EdgeGenerator[connections.size()];
            long[] starts = new long[connections.size() + 1];
            EdgeFile[] files = new EdgeFile[connections.size()];
            for (int c = 0; c < connections.size(); c++) {
                generators[c] = generator(c, connections.get(c));
                files[c] = generators[c] instanceof FromFileGenerator fromFile ? fromFile.file() : null;
                long count = count(c, generators[c]);
                starts[c + 1] = starts[c] + count;
            }
            long total = starts[connections.size()];
            if (total > EdgeGenerator.MAX_EDGES) {
                throw new IllegalArgumentException("The connections create " + total + " edges; at most "
                        + EdgeGenerator.MAX_EDGES + " fit in one network's arrays.");
            }
            refuseBeyondMemory(footprint.addEdges(total));
            int[] sources = new int[(int) total];
            int[] targets = new int[(int) total];
            for (int c = 0; c < connections.size(); c++) {
                try {
                    generators[c].generateInto(sources, targets, (int) starts[c], threads);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(describe(c) + ": " + e.getMessage(), e);
                }
                generators[c] = null;
            }
            float[] weights = new float[(int) total];
            char[] delaySteps = new char[(int) total];
            boolean compact = true;
            ValueSampler.EdgeDistances distances = x == null ? null
                    : e -> distance(x, y, sources[e], targets[e]);
            for (int c = 0; c < connections.size(); c++) {
                Connection connection = connections.get(c);
                long connectionSeed = RandomStreams.derive(seed, c);
                int from = (int) starts[c];
                int count = (int) (starts[c + 1] - starts[c]);
                try {
                    ValueSampler.fillEdges("weights", connection.getWeights(), DEFAULT_WEIGHT, weights, from, count,
                            connectionSeed, RandomStreams.WEIGHTS, distances, threads);
                    compact = compact && ValueSampler.fillDelaySteps(connection.getDelays(), DEFAULT_DELAY, delaySteps,
                            from, count, connectionSeed, distances, resolution, threads);
                    if (files[c] != null) {
                        fileWeights(files[c], weights, from);
                        compact = compact && fileDelaySteps(files[c], delaySteps, from);
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(describe(c) + ": " + e.getMessage(), e);
                }
            }
            Map<String, float[]> edgeParameters = new TreeMap<>(
                    edgeParameters(drawn, specTable, sources, targets, starts, distances));
            for (int c = 0; c < connections.size(); c++) {
                if (files[c] != null) {
                    fileParameters(files[c], edgeParameters, (int) starts[c], (int) total);
                }
            }
            if (compact) {
                return NetworkInstance.ofSteps(model.getName(), seed, groups, values, sources, targets, weights,
                        delaySteps, starts, specTable, resolution, x, y).withEdgeParameters(edgeParameters);
            }
            // a delay beyond the compact column's range: the same values again, as floats
            delaySteps = null;
            float[] delays = new float[(int) total];
            for (int c = 0; c < connections.size(); c++) {
                try {
                    ValueSampler.fillEdges("delays", connections.get(c).getDelays(), DEFAULT_DELAY, delays, (int) starts[c],
                            (int) (starts[c + 1] - starts[c]), RandomStreams.derive(seed, c), RandomStreams.DELAYS, distances,
                            threads);
                    if (files[c] != null) {
                        fileDelays(files[c], delays, (int) starts[c]);
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(describe(c) + ": " + e.getMessage(), e);
                }
            }
            roundDelays(delays);
            return NetworkInstance.of(model.getName(), seed, groups, values, sources, targets, weights, delays, starts,
                    specTable, resolution, x, y).withEdgeParameters(edgeParameters);
        }

        DeferredNetwork buildDeferred() {
            if (shard != null) {
                throw new IllegalArgumentException("A part of a network (a target shard) is instantiated with its "
                        + "edges; instantiate it whole.");
            }
            NetworkFootprint footprint = neuronFootprint();
            refuseBeyondMemory(footprint);
            placeNeurons();
            List<Map<String, double[]>> values = neuronValues();
            int[] specTable = synapseSpecs();
            List<DrawnParameter> drawn = drawnParameters(specTable);
            int[] groupOf = groupOf();
            TreeSet<String> parameterNames = new TreeSet<>();
            drawn.forEach(parameter -> parameterNames.add(parameter.name()));
            List<Connection> connections = model.getConnections();
            EdgeGenerator[] generators = new EdgeGenerator[connections.size()];
            long[] starts = new long[connections.size() + 1];
            boolean[] again = new boolean[connections.size()];
            long keptEdges = 0;
            for (int c = 0; c < connections.size(); c++) {
                generators[c] = generator(c, connections.get(c));
                if (generators[c] instanceof FromFileGenerator fromFile) {
                    parameterNames.addAll(fromFile.file().parameters().keySet());
                }
                long count = count(c, generators[c]);
                starts[c + 1] = starts[c] + count;
                again[c] = generators[c] instanceof FromDegreeListGenerator degrees && degrees.drawsTargetRanges()
                        && drawsTargetsAlone(connections.get(c), generators[c], specTable, drawn, groupOf);
                keptEdges += again[c] ? 0 : count;
            }
            if (starts[connections.size()] > EdgeGenerator.MAX_EDGES) {
                throw new IllegalArgumentException("The connections create " + starts[connections.size()]
                        + " edges; at most " + EdgeGenerator.MAX_EDGES + " fit in one network's arrays.");
            }
            refuseBeyondMemory(footprint.addEdges(keptEdges));
            List<String> names = List.copyOf(parameterNames);
            NetworkEdges.Connection[] parts = new NetworkEdges.Connection[connections.size()];
            for (int c = 0; c < connections.size(); c++) {
                Distribution delayLaw = connections.get(c).getDelays();
                // a file's own delays replace the law's: then no single value tells every delay
                boolean fileDelays = generators[c] instanceof FromFileGenerator fromFile && fromFile.file().delays() != null;
                float constantDelay = !fileDelays && (delayLaw == null || delayLaw instanceof ConstantValue)
                        ? roundedDelay(delayLaw == null ? DEFAULT_DELAY : Units.toNest(((ConstantValue) delayLaw).getValue()))
                        : Float.NaN;
                try {
                    if (again[c]) {
                        FromDegreeListGenerator generator = (FromDegreeListGenerator) generators[c];
                        generator.targetEdgeStart(0, threads);
                        NetworkEdges.ValueDraws draws = valueDraws(c, (int) (starts[c + 1] - starts[c]), names, drawn,
                                specTable, groupOf);
                        if (starts[c + 1] > starts[c]) {
                            // a law that cannot be drawn fails here, not in a simulator's thread
                            draws.fill(0, 1, new float[1], new float[1], new float[names.size()][1]);
                        }
                        parts[c] = new NetworkEdges.Connection(generator, draws, null, constantDelay);
                    } else {
                        ShardPart whole = wholePart(c, generators[c], specTable, drawn, groupOf);
                        float[][] columns = new float[names.size()][];
                        for (int p = 0; p < columns.length; p++) {
                            columns[p] = whole.parameters().getOrDefault(names.get(p), nanColumn(whole.sources().length));
                        }
                        parts[c] = new NetworkEdges.Connection(null, null, new NetworkEdges.KeptEdges(whole.sources(),
                                whole.targets(), whole.weights(), whole.delays(), columns), constantDelay);
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(describe(c) + ": " + e.getMessage(), e);
                }
                generators[c] = null;
            }
            int g = groups.size();
            boolean[] spanned = new boolean[g * g];
            for (int c = 0; c < connections.size(); c++) {
                if (starts[c + 1] == starts[c]) {
                    continue;
                }
                boolean[] sourceGroups = new boolean[g];
                boolean[] targetGroups = new boolean[g];
                for (int id : ids(connections.get(c).getSources(), "connection " + c)) {
                    sourceGroups[groupOf[id]] = true;
                }
                for (int id : ids(connections.get(c).getTargets(), "connection " + c)) {
                    targetGroups[groupOf[id]] = true;
                }
                for (int s = 0; s < g; s++) {
                    for (int t = 0; t < g; t++) {
                        spanned[s * g + t] |= sourceGroups[s] && targetGroups[t];
                    }
                }
            }
            long[] noEdges = new long[connections.size() + 1];
            NetworkInstance neurons = NetworkInstance.of(model.getName(), seed, groups, values, new int[0], new int[0],
                    new float[0], new float[0], noEdges, specTable, resolution, x, y);
            return new DeferredNetwork(neurons, new NetworkEdges(parts, starts, names, resolution, spanned, g));
        }

        /** A delay rounded to the grid as {@link #roundDelays} rounds it. */
        private float roundedDelay(double delayMs) {
            return (float) (ValueSampler.toStep((float) delayMs, 1 / resolution) * resolution);
        }

        /**
         * How a connection drawn again draws the values of a run of its edges: the streams and chunks {@link
         * #drawnPart} draws a target shard's from, on the calling thread.
         */
        private NetworkEdges.ValueDraws valueDraws(int c, int count, List<String> names, List<DrawnParameter> drawn,
                int[] specTable, int[] groupOf) {
            Connection connection = model.getConnections().get(c);
            long connectionSeed = RandomStreams.derive(seed, c);
            DrawnParameter[] everyEdge = new DrawnParameter[names.size()];
            for (DrawnParameter parameter : drawn) {
                if (everyEdgeDraws(connection, parameter, specTable, groupOf) == Boolean.TRUE) {
                    everyEdge[names.indexOf(parameter.name())] = parameter;
                }
            }
            Distribution weightLaw = connection.getWeights();
            Distribution delayLaw = connection.getDelays();
            double stepsPerMs = 1 / resolution;
            return (first, length, weights, delays, parameters) -> {
                if (length == 0) {
                    return;
                }
                EdgeRuns run = NetworkEdges.run(first, length);
                ValueSampler.fillEdgeRuns("weights", weightLaw, DEFAULT_WEIGHT, weights, run, count, connectionSeed,
                        RandomStreams.WEIGHTS, 1);
                ValueSampler.fillEdgeRuns("delays", delayLaw, DEFAULT_DELAY, delays, run, count, connectionSeed,
                        RandomStreams.DELAYS, 1);
                for (int e = 0; e < length; e++) {
                    delays[e] = (float) (ValueSampler.toStep(delays[e], stepsPerMs) * resolution);
                }
                for (int p = 0; p < everyEdge.length; p++) {
                    DrawnParameter parameter = everyEdge[p];
                    if (parameter == null) {
                        Arrays.fill(parameters[p], 0, length, Float.NaN);
                    } else {
                        ValueSampler.fillEdgeRuns(parameter.what(), parameter.value(), Double.NaN, parameters[p], run,
                                count, RandomStreams.synapseParameterSeed(connectionSeed, parameter.spec(),
                                        parameter.name()), RandomStreams.SYNAPSE_PARAMETERS, 1);
                    }
                }
            };
        }

        /** A synapse parameter drawn per edge: its specification's index, its name and its law. */
        private record DrawnParameter(int spec, String name, Distribution value, String what) {
        }

        /**
         * The non-constant parameters of the specifications some group pair uses; every specification's
         * parameters are checked, used or not, as the language validator checks them.
         */
        private List<DrawnParameter> drawnParameters(int[] specTable) {
            List<SynapseSpec> specs = model.getSynapses();
            List<DrawnParameter> drawn = new ArrayList<>();
            for (int s = 0; s < specs.size(); s++) {
                SynapseSpec spec = specs.get(s);
                int index = s;
                boolean used = Arrays.stream(specTable).anyMatch(t -> t == index);
                for (Parameter parameter : spec.getParameters()) {
                    SynapseParameterDraws.checkAllowed(spec, parameter);
                    if (!used || !SynapseParameterDraws.isDrawn(parameter.getValue())) {
                        continue;
                    }
                    String what = "synapse parameter '" + parameter.getName() + "' of the specification "
                            + SynapseSpecResolver.describeKey(spec);
                    if (parameter.getValue() instanceof LinearCorrelation && x == null) {
                        throw new IllegalArgumentException("The " + what
                                + " correlates with distance, but the network has no positions: add a space.");
                    }
                    drawn.add(new DrawnParameter(s, parameter.getName(), parameter.getValue(), what));
                }
            }
            return drawn;
        }

        /**
         * One column per drawn parameter name: each specification that draws it fills the edges of its
         * group pairs, connection by connection; NaN elsewhere.
         */
        private Map<String, float[]> edgeParameters(List<DrawnParameter> drawn, int[] specTable, int[] sources,
                int[] targets, long[] starts, ValueSampler.EdgeDistances distances) {
            if (drawn.isEmpty()) {
                return Map.of();
            }
            int[] groupOf = groupOf();
            int g = groups.size();
            Map<String, float[]> columns = new TreeMap<>();
            for (DrawnParameter parameter : drawn) {
                float[] column = columns.computeIfAbsent(parameter.name(), name -> {
                    float[] unset = new float[sources.length];
                    Arrays.fill(unset, Float.NaN);
                    return unset;
                });
                ValueSampler.EdgeFilter ofSpec = e -> specTable[groupOf[sources[e]] * g + groupOf[targets[e]]] == parameter.spec();
                for (int c = 0; c + 1 < starts.length; c++) {
                    long parameterSeed = RandomStreams.synapseParameterSeed(RandomStreams.derive(seed, c), parameter.spec(),
                            parameter.name());
                    try {
                        ValueSampler.fillEdgesWhere(parameter.what(), parameter.value(), column, (int) starts[c],
                                (int) (starts[c + 1] - starts[c]), parameterSeed, RandomStreams.SYNAPSE_PARAMETERS, ofSpec,
                                distances, threads);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(describe(c) + ": " + e.getMessage(), e);
                    }
                }
            }
            return columns;
        }

        /** The group index of each of the ids. */
        private static int[] groupsOf(int[] ids, int[] groupOf) {
            int[] groupIndices = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                groupIndices[i] = groupOf[ids[i]];
            }
            return groupIndices;
        }

        /** The group index of every neuron. */
        private int[] groupOf() {
            int[] groupOf = new int[neuronCount];
            for (int g = 0; g < groups.size(); g++) {
                Arrays.fill(groupOf, groups.get(g).firstId(), groups.get(g).firstId() + groups.get(g).size(), g);
            }
            return groupOf;
        }

        /** The edges one connection contributes to a target shard, with their values. */
        private record ShardPart(int[] sources, int[] targets, float[] weights, float[] delays,
                Map<String, float[]> parameters) {
        }

        /**
         * The target shard of the network: per connection, the edges into the shard's targets (see the class
         * comment), then one instance of them. The memory check counts the shard's edges and the largest
         * connection generated whole.
         */
        private NetworkInstance buildShard(NetworkFootprint footprint, List<Map<String, double[]>> values,
                int[] specTable, List<DrawnParameter> drawn) {
            List<Connection> connections = model.getConnections();
            int[] groupOf = groupOf();
            EdgeGenerator[] generators = new EdgeGenerator[connections.size()];
            EdgeRuns[] runs = new EdgeRuns[connections.size()];
            long estimate = 0;
            long largestWhole = 0;
            for (int c = 0; c < connections.size(); c++) {
                generators[c] = generator(c, connections.get(c));
                long count = count(c, generators[c]);
                if (drawsTargetsAlone(connections.get(c), generators[c], specTable, drawn, groupOf)) {
                    runs[c] = ((FromDegreeListGenerator) generators[c]).targetRuns(shard::holds, threads);
                    estimate += runs[c].edges();
                } else {
                    estimate += (count + shard.count() - 1) / shard.count();
                    largestWhole = Math.max(largestWhole, count);
                }
            }
            refuseBeyondMemory(footprint.addEdges(estimate + largestWhole));
            List<ShardPart> parts = new ArrayList<>();
            long[] starts = new long[connections.size() + 1];
            for (int c = 0; c < connections.size(); c++) {
                try {
                    parts.add(runs[c] != null
                            ? drawnPart(c, (FromDegreeListGenerator) generators[c], runs[c], specTable, drawn, groupOf)
                            : filteredPart(c, generators[c], specTable, drawn, groupOf));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(describe(c) + ": " + e.getMessage(), e);
                }
                generators[c] = null;
                starts[c + 1] = starts[c] + parts.get(c).sources().length;
            }
            long total = starts[connections.size()];
            if (total > EdgeGenerator.MAX_EDGES) {
                throw new IllegalArgumentException("The shard's connections create " + total + " edges; at most "
                        + EdgeGenerator.MAX_EDGES + " fit in one network's arrays.");
            }
            int[] sources = new int[(int) total];
            int[] targets = new int[(int) total];
            float[] weights = new float[(int) total];
            float[] delays = new float[(int) total];
            Map<String, float[]> edgeParameters = new TreeMap<>();
            for (DrawnParameter parameter : drawn) {
                edgeParameters.computeIfAbsent(parameter.name(), name -> nanColumn((int) total));
            }
            for (int c = 0; c < parts.size(); c++) {
                ShardPart part = parts.get(c);
                int at = (int) starts[c];
                int length = part.sources().length;
                System.arraycopy(part.sources(), 0, sources, at, length);
                System.arraycopy(part.targets(), 0, targets, at, length);
                System.arraycopy(part.weights(), 0, weights, at, length);
                System.arraycopy(part.delays(), 0, delays, at, length);
                part.parameters().forEach((name, column) -> System.arraycopy(column, 0,
                        edgeParameters.computeIfAbsent(name, absent -> nanColumn((int) total)), at, length));
                parts.set(c, null);
            }
            return NetworkInstance.of(model.getName(), seed, groups, values, sources, targets, weights, delays, starts,
                    specTable, resolution, x, y).withEdgeParameters(edgeParameters).withTargetShard(shard);
        }

        private static float[] nanColumn(int length) {
            float[] column = new float[length];
            Arrays.fill(column, Float.NaN);
            return column;
        }

        /**
         * Whether a connection's shard edges can be drawn without the others: an in-degree rule, values that do
         * not depend on distances, and each drawn synapse parameter either on every edge or on none (which edges
         * take one depends on their group pair, unknown for edges not drawn).
         */
        private boolean drawsTargetsAlone(Connection connection, EdgeGenerator generator, int[] specTable,
                List<DrawnParameter> drawn, int[] groupOf) {
            if (!(generator instanceof FromDegreeListGenerator degrees) || !degrees.selectsTargets()
                    || connection.getWeights() instanceof LinearCorrelation
                    || connection.getDelays() instanceof LinearCorrelation) {
                return false;
            }
            for (DrawnParameter parameter : drawn) {
                Boolean everyEdge = everyEdgeDraws(connection, parameter, specTable, groupOf);
                if (everyEdge == null || (everyEdge && parameter.value() instanceof LinearCorrelation)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether every, no (false) or some (null) group pair of a connection uses the parameter's specification. */
        private Boolean everyEdgeDraws(Connection connection, DrawnParameter parameter, int[] specTable, int[] groupOf) {
            int g = groups.size();
            boolean[] sourceGroups = new boolean[g];
            boolean[] targetGroups = new boolean[g];
            for (int id : ids(connection.getSources(), "a connection")) {
                sourceGroups[groupOf[id]] = true;
            }
            for (int id : ids(connection.getTargets(), "a connection")) {
                targetGroups[groupOf[id]] = true;
            }
            boolean some = false;
            boolean all = true;
            for (int s = 0; s < g; s++) {
                for (int t = 0; t < g; t++) {
                    if (sourceGroups[s] && targetGroups[t]) {
                        boolean uses = specTable[s * g + t] == parameter.spec();
                        some |= uses;
                        all &= uses;
                    }
                }
            }
            return all ? Boolean.TRUE : some ? null : Boolean.FALSE;
        }

        /** The edges of the shard's targets drawn alone, with the values of their chunks. */
        private ShardPart drawnPart(int c, FromDegreeListGenerator generator, EdgeRuns runs, int[] specTable,
                List<DrawnParameter> drawn, int[] groupOf) {
            Connection connection = model.getConnections().get(c);
            long connectionSeed = RandomStreams.derive(seed, c);
            int kept = (int) runs.edges();
            int count = (int) generator.edgeCount(threads);
            int[] sources = new int[kept];
            int[] targets = new int[kept];
            generator.generateRuns(runs, sources, targets, threads);
            float[] weights = new float[kept];
            ValueSampler.fillEdgeRuns("weights", connection.getWeights(), DEFAULT_WEIGHT, weights, runs, count,
                    connectionSeed, RandomStreams.WEIGHTS, threads);
            float[] delays = new float[kept];
            ValueSampler.fillEdgeRuns("delays", connection.getDelays(), DEFAULT_DELAY, delays, runs, count,
                    connectionSeed, RandomStreams.DELAYS, threads);
            roundDelays(delays);
            Map<String, float[]> parameters = new TreeMap<>();
            for (DrawnParameter parameter : drawn) {
                if (everyEdgeDraws(connection, parameter, specTable, groupOf) == Boolean.TRUE) {
                    float[] column = parameters.computeIfAbsent(parameter.name(), name -> nanColumn(kept));
                    ValueSampler.fillEdgeRuns(parameter.what(), parameter.value(), Double.NaN, column, runs, count,
                            RandomStreams.synapseParameterSeed(connectionSeed, parameter.spec(), parameter.name()),
                            RandomStreams.SYNAPSE_PARAMETERS, threads);
                }
            }
            return new ShardPart(sources, targets, weights, delays, parameters);
        }

        /** A whole connection ({@link #wholePart}), then its edges into the shard. */
        private ShardPart filteredPart(int c, EdgeGenerator generator, int[] specTable, List<DrawnParameter> drawn,
                int[] groupOf) {
            ShardPart whole = wholePart(c, generator, specTable, drawn, groupOf);
            int[] sources = whole.sources();
            int[] targets = whole.targets();
            float[] weights = whole.weights();
            float[] delays = whole.delays();
            Map<String, float[]> parameters = whole.parameters();
            int count = sources.length;
            int kept = 0;
            for (int e = 0; e < count; e++) {
                if (shard.holds(targets[e])) {
                    sources[kept] = sources[e];
                    targets[kept] = targets[e];
                    weights[kept] = weights[e];
                    delays[kept] = delays[e];
                    for (float[] column : parameters.values()) {
                        column[kept] = column[e];
                    }
                    kept++;
                }
            }
            int length = kept;
            parameters.replaceAll((name, column) -> Arrays.copyOf(column, length));
            return new ShardPart(Arrays.copyOf(sources, kept), Arrays.copyOf(targets, kept),
                    Arrays.copyOf(weights, kept), Arrays.copyOf(delays, kept), parameters);
        }

        /**
         * A whole connection with its values from the streams {@link #build()} draws them from (delays as the
         * float column rounds them).
         */
        private ShardPart wholePart(int c, EdgeGenerator generator, int[] specTable, List<DrawnParameter> drawn,
                int[] groupOf) {
            Connection connection = model.getConnections().get(c);
            long connectionSeed = RandomStreams.derive(seed, c);
            int count = (int) generator.edgeCount(threads);
            int[] sources = new int[count];
            int[] targets = new int[count];
            generator.generateInto(sources, targets, 0, threads);
            ValueSampler.EdgeDistances distances = x == null ? null : e -> distance(x, y, sources[e], targets[e]);
            float[] weights = new float[count];
            ValueSampler.fillEdges("weights", connection.getWeights(), DEFAULT_WEIGHT, weights, 0, count,
                    connectionSeed, RandomStreams.WEIGHTS, distances, threads);
            float[] delays = new float[count];
            ValueSampler.fillEdges("delays", connection.getDelays(), DEFAULT_DELAY, delays, 0, count, connectionSeed,
                    RandomStreams.DELAYS, distances, threads);
            if (generator instanceof FromFileGenerator fromFile) {
                fileWeights(fromFile.file(), weights, 0);
                fileDelays(fromFile.file(), delays, 0);
            }
            roundDelays(delays);
            int g = groups.size();
            Map<String, float[]> parameters = new TreeMap<>();
            for (DrawnParameter parameter : drawn) {
                float[] column = parameters.computeIfAbsent(parameter.name(), name -> nanColumn(count));
                ValueSampler.fillEdgesWhere(parameter.what(), parameter.value(), column, 0, count,
                        RandomStreams.synapseParameterSeed(connectionSeed, parameter.spec(), parameter.name()),
                        RandomStreams.SYNAPSE_PARAMETERS,
                        e -> specTable[groupOf[sources[e]] * g + groupOf[targets[e]]] == parameter.spec(), distances,
                        threads);
            }
            if (generator instanceof FromFileGenerator fromFile) {
                fileParameters(fromFile.file(), parameters, 0, count);
            }
            return new ShardPart(sources, targets, weights, delays, parameters);
        }

        /*
         * What the per-neuron arrays take (parameter values, positions, every connection's source and
         * target ids), known before any of them is allocated.
         */
        private NetworkFootprint neuronFootprint() {
            NetworkFootprint footprint = new NetworkFootprint();
            for (NeuralGroup group : modelGroups) {
                footprint.addNeuronValues((long) group.getParameters().size() * group.getSize());
            }
            if (model.getSpace() != null || model.getConnections().stream().anyMatch(c -> c.getRule() instanceof DistanceRule)) {
                footprint.addPositions(neuronCount);
            }
            for (Connection connection : model.getConnections()) {
                footprint.addSelectedIds(SelectionIds.count(connection.getSources(), selections)
                        + SelectionIds.count(connection.getTargets(), selections));
            }
            return footprint;
        }

        private void refuseBeyondMemory(NetworkFootprint footprint) {
            String refusal = footprint.refusal(NetworkFootprint.availableBytes());
            if (refusal != null) {
                throw new IllegalArgumentException("Network '" + model.getName() + "': " + refusal);
            }
        }

        private static double distance(double[] x, double[] y, int a, int b) {
            double dx = x[b] - x[a];
            double dy = y[b] - y[a];
            return Math.sqrt(dx * dx + dy * dy);
        }

        private long count(int c, EdgeGenerator generator) {
            try {
                return generator.edgeCount(threads);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(describe(c) + ": " + e.getMessage(), e);
            }
        }

        private String describe(int c) {
            Connection connection = model.getConnections().get(c);
            return "Connection " + c + " (" + (connection.getRule() == null ? "no rule" : connection.getRule().eClass().getName()) + ")";
        }

        /** The file's weights, where it has them, over the drawn ones: magnitudes (the sign is the source's type). */
        private static void fileWeights(EdgeFile file, float[] weights, int from) {
            float[] values = file.weights();
            if (values != null) {
                for (int e = 0; e < values.length; e++) {
                    if (!Float.isNaN(values[e])) {
                        weights[from + e] = Math.abs(values[e]);
                    }
                }
            }
        }

        /** The file's delays, where it has them, over the drawn ones (ms, rounded later with the others). */
        private static void fileDelays(EdgeFile file, float[] delays, int from) {
            float[] values = file.delays();
            if (values != null) {
                for (int e = 0; e < values.length; e++) {
                    if (!Float.isNaN(values[e])) {
                        delays[from + e] = values[e];
                    }
                }
            }
        }

        /**
         * The synapse parameters the file gives per edge, where it has them, over the drawn ones (a column is made,
         * NaN elsewhere, for a name nothing draws).
         */
        private static void fileParameters(EdgeFile file, Map<String, float[]> columns, int from, int total) {
            file.parameters().forEach((name, values) -> {
                float[] column = columns.computeIfAbsent(name, absent -> nanColumn(total));
                for (int e = 0; e < values.length; e++) {
                    if (!Float.isNaN(values[e])) {
                        column[from + e] = values[e];
                    }
                }
            });
        }

        /**
         * The file's delays, where it has them, as resolution steps over the drawn ones.
         *
         * @return false when a delay is beyond the compact column's range
         */
        private boolean fileDelaySteps(EdgeFile file, char[] steps, int from) {
            float[] values = file.delays();
            if (values == null) {
                return true;
            }
            double stepsPerMs = 1 / resolution;
            for (int e = 0; e < values.length; e++) {
                if (!Float.isNaN(values[e])) {
                    double step = ValueSampler.toStep(values[e], stepsPerMs);
                    if (!(step <= NetworkInstance.MAX_COMPACT_DELAY_STEPS)) {
                        return false;
                    }
                    steps[from + e] = (char) step;
                }
            }
            return true;
        }

        private void roundDelays(float[] delays) {
            double stepsPerMs = 1 / resolution;
            int block = 1 << 16;
            nngt.graph.internal.Parallel.forEach(threads, nngt.graph.internal.Parallel.blocks(delays.length, block), b -> {
                int end = Math.min(delays.length, (b + 1) * block);
                for (int e = b * block; e < end; e++) {
                    delays[e] = (float) (ValueSampler.toStep(delays[e], stepsPerMs) * resolution);
                }
            });
        }

        private int[] synapseSpecs() {
            if (specTable != null) {
                return specTable;
            }
            List<SynapseSpec> specs = model.getSynapses();
            SynapseSpecResolver resolver = new SynapseSpecResolver(specs);
            int g = modelGroups.size();
            int[] table = new int[g * g];
            for (int s = 0; s < g; s++) {
                for (int t = 0; t < g; t++) {
                    table[s * g + t] = resolver.resolve(modelGroups.get(s), modelGroups.get(t)).map(specs::indexOf).orElse(-1);
                }
            }
            specTable = table;
            return table;
        }

        private void placeNeurons() {
            Space space = model.getSpace();
            long positionSeed = RandomStreams.derive(seed, -1);
            Placement placement = null;
            if (space != null) {
                if (!space.getPositions().isEmpty()) {
                    if (space.getPositions().size() != neuronCount) {
                        throw new IllegalArgumentException("The space gives " + space.getPositions().size()
                                + " positions for " + neuronCount + " neurons; give one per neuron or none.");
                    }
                    double[] px = new double[neuronCount];
                    double[] py = new double[neuronCount];
                    for (int i = 0; i < neuronCount; i++) {
                        Position position = space.getPositions().get(i);
                        px[i] = position.getX();
                        py[i] = position.getY();
                    }
                    placement = Placement.explicit(px, py);
                } else if (space.getShape() instanceof Rectangle rectangle) {
                    placement = Placement.rectangle(neuronCount, Units.toNest(rectangle.getWidth()),
                            Units.toNest(rectangle.getHeight()), positionSeed, threads);
                } else if (space.getShape() instanceof Disk disk) {
                    placement = Placement.disk(neuronCount, Units.toNest(disk.getRadius()), positionSeed, threads);
                } else {
                    double density = space.getNeuronDensity() != null ? space.getNeuronDensity() : Placement.DEFAULT_NEURON_DENSITY;
                    placement = Placement.square(neuronCount, density, positionSeed, threads);
                }
            } else if (model.getConnections().stream().anyMatch(c -> c.getRule() instanceof DistanceRule)) {
                placement = Placement.square(neuronCount, Placement.DEFAULT_NEURON_DENSITY, positionSeed, threads);
            }
            if (placement != null) {
                x = placement.x();
                y = placement.y();
            }
        }

        private List<Map<String, double[]>> neuronValues() {
            List<Map<String, double[]>> values = new ArrayList<>();
            for (int g = 0; g < modelGroups.size(); g++) {
                NeuralGroup group = modelGroups.get(g);
                Map<String, double[]> groupValues = new LinkedHashMap<>();
                List<Parameter> parameters = group.getParameters();
                for (int p = 0; p < parameters.size(); p++) {
                    Parameter parameter = parameters.get(p);
                    SplittableRandom random = RandomStreams.stream(RandomStreams.key(seed, RandomStreams.PARAMETERS, g),
                            RandomStreams.PARAMETERS, p);
                    groupValues.put(parameter.getName(),
                            ValueSampler.neuronValues(parameter.getName(), parameter.getValue(), group.getSize(), random));
                }
                values.add(groupValues);
            }
            List<StateRandomization> randomizations = model.getRandomizations();
            for (int r = 0; r < randomizations.size(); r++) {
                StateRandomization randomization = randomizations.get(r);
                int[] ids = ids(randomization.getTargets(), "randomization " + r);
                for (int a = 0; a < randomization.getAssignments().size(); a++) {
                    Parameter assignment = randomization.getAssignments().get(a);
                    SplittableRandom random = RandomStreams.stream(RandomStreams.key(seed, RandomStreams.PARAMETERS, -1 - r),
                            RandomStreams.PARAMETERS, a);
                    double[] drawn = ValueSampler.neuronValues(assignment.getName(), assignment.getValue(), ids.length, random);
                    for (int k = 0; k < ids.length; k++) {
                        int g = groupIndex(ids[k]);
                        GroupRange range = groups.get(g);
                        double[] column = values.get(g).computeIfAbsent(assignment.getName(), name -> {
                            double[] unset = new double[range.size()];
                            Arrays.fill(unset, Double.NaN);
                            return unset;
                        });
                        column[ids[k] - range.firstId()] = drawn[k];
                    }
                }
            }
            return values;
        }

        private int groupIndex(int neuron) {
            for (int g = groups.size() - 1; g >= 0; g--) {
                if (groups.get(g).contains(neuron)) {
                    return g;
                }
            }
            throw new IllegalArgumentException("Neuron " + neuron + " belongs to no group.");
        }

        /** Ids of a selection in population order, without duplicates. */
        private int[] ids(Selection selection, String where) {
            return SelectionIds.of(selection, selections, where);
        }

        private EdgeGenerator generator(int c, Connection connection) {
            String where = "connection " + c;
            int[] sources = ids(connection.getSources(), where);
            int[] targets = ids(connection.getTargets(), where);
            long connectionSeed = RandomStreams.derive(seed, c);
            ConnectivityRule rule = connection.getRule();
            boolean multigraph = connection.isMultigraph();
            DegreeType degreeType = connection.getDegreeType() == null ? FromDegreeListGenerator.DEFAULT_DEGREE_TYPE
                    : DegreeType.valueOf(connection.getDegreeType().name());
            checkLinearCorrelation(connection);
            // Connections go from sources (presynaptic) to targets (postsynaptic). An in-degree is fixed
            // on the targets, an out-degree on the sources: the generators take the constrained side first.
            int[] constrained = degreeType == DegreeType.OUT ? sources : targets;
            int[] partners = degreeType == DegreeType.OUT ? targets : sources;
            try {
                if (rule instanceof AllToAll) {
                    return new AllToAllGenerator(sources, targets);
                }
                if (rule instanceof FixedDegree fixed) {
                    return new FixedDegreeGenerator(constrained, partners, fixed.getDegree(), degreeType, multigraph,
                            connectionSeed);
                }
                if (rule instanceof GaussianDegree gaussian) {
                    return new GaussianDegreeGenerator(constrained, partners, gaussian.getAverage(), gaussian.getDeviation(),
                            degreeType, multigraph, connectionSeed);
                }
                if (rule instanceof FromDegreeList list) {
                    int[] degrees = list.getDegrees().stream().mapToInt(Integer::intValue).toArray();
                    return new FromDegreeListGenerator(constrained, partners, degrees, degreeType, multigraph,
                            connectionSeed);
                }
                if (rule instanceof ErdosRenyi er) {
                    long edges = EdgeCounts.of(sources.length, targets.length, er.getDensity(), er.getEdges(), er.getAverageDegree());
                    double reciprocity = er.getReciprocity() == null ? ErdosRenyiGenerator.DEFAULT_RECIPROCITY : er.getReciprocity();
                    return new ErdosRenyiGenerator(sources, targets, edges, reciprocity, multigraph, connectionSeed);
                }
                if (rule instanceof RandomScaleFree rsf) {
                    long edges = EdgeCounts.of(sources.length, targets.length, rsf.getDensity(), rsf.getEdges(), rsf.getAverageDegree());
                    return new RandomScaleFreeGenerator(sources, targets, rsf.getInExponent(), rsf.getOutExponent(), edges,
                            rsf.getReciprocity() == null ? 0 : rsf.getReciprocity(), connectionSeed);
                }
                if (rule instanceof PriceScaleFree price) {
                    requireOnePopulation(sources, targets, "price_scale_free");
                    return new PriceScaleFreeGenerator(sources, price.getM(),
                            price.getC() == null ? PriceScaleFreeGenerator.DEFAULT_C : price.getC(), price.getGamma(),
                            price.getReciprocity() == null ? 0 : price.getReciprocity(), connectionSeed);
                }
                if (rule instanceof LatticeRule lattice) {
                    return lattice(lattice, sources, targets, multigraph, connectionSeed);
                }
                if (rule instanceof FromFile fromFile) {
                    int[] groupOf = groupOf();
                    FromFileGenerator generator = new FromFileGenerator(sources, targets, EdgeFiles.read(fromFile),
                            id -> groups.get(groupOf[id]).neuronType() == Groups.INHIBITORY);
                    EdgeFiles.checkSynapseParameters(generator.file(), groupsOf(sources, groupOf),
                            groupsOf(targets, groupOf), modelGroups, synapseSpecs(), model.getSynapses(),
                            NestVersions.family(model.getNestVersion()));
                    return generator;
                }
                if (rule instanceof DistanceRule distance) {
                    double maxProbability = distance.getMaxProbability() == null ? 0 : distance.getMaxProbability();
                    long edges = maxProbability > 0 ? 0
                            : EdgeCounts.of(sources.length, targets.length, distance.getDensity(), distance.getEdges(),
                                    distance.getAverageDegree());
                    DistanceProfile profile = distance.getProfile() == null ? DistanceRuleGenerator.DEFAULT_PROFILE
                            : DistanceProfile.valueOf(distance.getProfile().name());
                    return new DistanceRuleGenerator(sources, targets, x, y, Units.toNest(distance.getScale()), profile, edges,
                            maxProbability, multigraph, connectionSeed);
                }
            } catch (EdgeFileException e) {
                throw new EdgeFileException("Connection " + c + " (from_file): " + e.getMessage(), e.row());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Connection " + c + " (" + rule.eClass().getName() + "): " + e.getMessage(), e);
            }
            throw new IllegalArgumentException("Connection " + c + " has the rule "
                    + (rule == null ? "null" : rule.eClass().getName()) + ", which is not supported.");
        }

        private EdgeGenerator lattice(LatticeRule lattice, int[] sources, int[] targets, boolean multigraph, long connectionSeed) {
            String name = lattice.eClass().getName();
            requireOnePopulation(sources, targets, name);
            if (multigraph) {
                throw new IllegalArgumentException(name + " builds simple graphs; remove the multigraph flag.");
            }
            ReciprocityChoice choice = lattice.getReciprocityChoice() == null ? CircularGenerator.DEFAULT_RECIPROCITY_CHOICE
                    : ReciprocityChoice.valueOf(lattice.getReciprocityChoice().name());
            int k = lattice.getCoordinationNumber();
            double reciprocity = lattice.getLatticeReciprocity();
            if (lattice instanceof Circular) {
                return new CircularGenerator(sources, k, reciprocity, choice, connectionSeed);
            }
            if (lattice instanceof NewmanWatts nw) {
                double p = nw.getShortcutProbability() == null ? 0 : nw.getShortcutProbability();
                return new NewmanWattsGenerator(sources, k, p, nw.getEdges(), reciprocity, choice, connectionSeed);
            }
            WattsStrogatz ws = (WattsStrogatz) lattice;
            ShuffleMode shuffle = ws.getShuffle() == null ? WattsStrogatzGenerator.DEFAULT_SHUFFLE : ShuffleMode.valueOf(ws.getShuffle().name());
            return new WattsStrogatzGenerator(sources, k, ws.getShortcutProbability(), reciprocity, choice, shuffle, connectionSeed);
        }

        private void checkLinearCorrelation(Connection connection) {
            boolean needsDistance = connection.getWeights() instanceof LinearCorrelation
                    || connection.getDelays() instanceof LinearCorrelation;
            if (needsDistance && x == null) {
                throw new IllegalArgumentException("Connection " + model.getConnections().indexOf(connection)
                        + " correlates weights or delays with distance, but the network has no positions: add a space.");
            }
        }

        private static void requireOnePopulation(int[] sources, int[] targets, String rule) {
            if (!Arrays.equals(sources, targets)) {
                throw new IllegalArgumentException(rule + " needs one population: its source and target selections must be equal.");
            }
        }
    }
}
