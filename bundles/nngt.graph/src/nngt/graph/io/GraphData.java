package nngt.graph.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nngt.graph.GroupRange;
import nngt.graph.NetworkInstance;
import nngt.model.NestVersion;
import nngt.model.api.NestVersions;

/**
 * What the file formats store: a directed graph's nodes and edges (edge order kept), named node and
 * edge attributes, positions, and the population (groups, seed, resolution) of our portable header.
 * Converts from and to {@link NetworkInstance}.
 *
 * <p>A network's per-edge synapse parameters are edge attributes like the weight, and the header names
 * them ({@link #SYNAPSE_PARAMETERS}, which NNGT ignores): only the attributes listed there become
 * synapse parameters when read, so that NNGT's {@code distance} or a third-party column is never sent
 * to a simulator as one.
 */
public final class GraphData {

    /** Name of the weight attribute, as in NNGT. */
    public static final String WEIGHT = "weight";
    /** Name of the delay attribute, as in NNGT. */
    public static final String DELAY = "delay";
    /** Header key (graph attribute in GraphML) listing the edge attributes that are synapse parameters. */
    public static final String SYNAPSE_PARAMETERS = "synapse_parameters";

    private final String name;
    private final int nodeCount;
    private final int[] sources;
    private final int[] targets;
    private final Map<String, Attribute> edgeAttributes;
    private final List<String> synapseParameters;
    private final Map<String, Attribute> nodeAttributes;
    private final double[] x;
    private final double[] y;
    private final List<GroupRange> groups;
    private final Long seed;
    private final Double resolution;

    /**
     * @param name graph name
     * @param nodeCount number of nodes; every id is below it
     * @param sources source of each edge
     * @param targets target of each edge
     * @param edgeAttributes edge attributes in order, each with one value per edge (may be empty)
     * @param nodeAttributes node attributes in order, each with one value per node (may be empty)
     * @param x x positions in micrometres, or null
     * @param y y positions in micrometres, or null
     * @param groups population groups, contiguous from 0 and covering every node, or empty for none
     * @param seed the master seed the network was made with, or null
     * @param resolution the resolution in ms, or null
     * @throws IllegalArgumentException when lengths or ids are inconsistent
     */
    public GraphData(String name, int nodeCount, int[] sources, int[] targets, Map<String, Attribute> edgeAttributes,
            Map<String, Attribute> nodeAttributes, double[] x, double[] y, List<GroupRange> groups, Long seed,
            Double resolution) {
        this(name, nodeCount, sources, targets, edgeAttributes, nodeAttributes, x, y, groups, seed, resolution, null);
    }

    /**
     * @param synapseParameters names of the numeric edge attributes that are synapse parameters drawn
     *        per edge (NaN where an edge's specification does not draw it), or null for none
     * @throws IllegalArgumentException as the other constructor, or when a synapse parameter is not a
     *         numeric edge attribute
     * @see #GraphData(String, int, int[], int[], Map, Map, double[], double[], List, Long, Double)
     */
    public GraphData(String name, int nodeCount, int[] sources, int[] targets, Map<String, Attribute> edgeAttributes,
            Map<String, Attribute> nodeAttributes, double[] x, double[] y, List<GroupRange> groups, Long seed,
            Double resolution, List<String> synapseParameters) {
        if (sources == null || targets == null || sources.length != targets.length) {
            throw new IllegalArgumentException("Arguments 'sources' and 'targets' must be arrays of one length.");
        }
        for (int e = 0; e < sources.length; e++) {
            if (sources[e] < 0 || sources[e] >= nodeCount || targets[e] < 0 || targets[e] >= nodeCount) {
                throw new IllegalArgumentException("Edge " + e + " (" + sources[e] + " -> " + targets[e]
                        + ") names a node outside 0.." + (nodeCount - 1) + ".");
            }
        }
        Map<String, Attribute> edgeMap = new LinkedHashMap<>(edgeAttributes == null ? Map.of() : edgeAttributes);
        Map<String, Attribute> nodeMap = new LinkedHashMap<>(nodeAttributes == null ? Map.of() : nodeAttributes);
        edgeMap.forEach((key, attribute) -> requireSize("Edge attribute '" + key + "'", attribute.size(), sources.length));
        nodeMap.forEach((key, attribute) -> requireSize("Node attribute '" + key + "'", attribute.size(), nodeCount));
        if ((x == null) != (y == null) || (x != null && (x.length != nodeCount || y.length != nodeCount))) {
            throw new IllegalArgumentException("Arguments 'x' and 'y' must both be null or both hold " + nodeCount + " positions.");
        }
        List<GroupRange> groupList = groups == null ? List.of() : List.copyOf(groups);
        if (!groupList.isEmpty()) {
            int next = 0;
            for (GroupRange group : groupList) {
                if (group.firstId() != next) {
                    throw new IllegalArgumentException("Group '" + group.name() + "' starts at " + group.firstId()
                            + "; groups must be contiguous, so it should start at " + next + ".");
                }
                next += group.size();
            }
            requireSize("The groups", next, nodeCount);
        }
        this.name = name == null ? "" : name;
        this.nodeCount = nodeCount;
        this.sources = sources;
        this.targets = targets;
        this.edgeAttributes = Collections.unmodifiableMap(edgeMap);
        this.synapseParameters = synapseParameters == null ? List.of() : List.copyOf(synapseParameters);
        for (String parameter : this.synapseParameters) {
            Attribute attribute = edgeMap.get(parameter);
            if (attribute == null || attribute.isString()) {
                throw new IllegalArgumentException("Synapse parameter '" + parameter + "' is "
                        + (attribute == null ? "not an edge attribute" : "a string attribute")
                        + "; each synapse parameter must be a numeric edge attribute, one value per edge.");
            }
        }
        this.nodeAttributes = Collections.unmodifiableMap(nodeMap);
        this.x = x;
        this.y = y;
        this.groups = groupList;
        this.seed = seed;
        this.resolution = resolution;
    }

    private static void requireSize(String what, int size, int expected) {
        if (size != expected) {
            throw new IllegalArgumentException(what + " holds " + size + " values; " + expected + " are needed.");
        }
    }

    /**
     * @param network a network
     * @return its data, with the attributes {@code weight} and {@code delay}, then its per-edge synapse
     *         parameters by name (listed in {@link #synapseParameters()}), positions and population
     */
    public static GraphData of(NetworkInstance network) {
        Map<String, Attribute> edges = new LinkedHashMap<>();
        edges.put(WEIGHT, Attribute.floats(network.weights()));
        edges.put(DELAY, Attribute.floats(network.delays()));
        network.edgeParameters().forEach((parameter, values) -> edges.put(parameter, Attribute.floats(values)));
        return new GraphData(network.name(), network.neuronCount(), network.sources(), network.targets(), edges, Map.of(),
                network.x(), network.y(), network.groups(), network.seed(), network.resolution(),
                List.copyOf(network.edgeParameters().keySet()));
    }

    /**
     * Builds a network from the data: weights and delays from the {@code weight} and {@code delay}
     * attributes (NNGT's default 1 where absent), groups from the population header or one excitatory
     * group {@code default} of model {@code aeif_cond_alpha}, the recorded seed (0 when the file has
     * none) and resolution (NEST's default when none), and the edge attributes named in
     * {@link #synapseParameters()} as its per-edge synapse parameters.
     *
     * @return the network
     */
    public NetworkInstance toNetwork() {
        float[] weights = column(WEIGHT, 1);
        float[] delays = column(DELAY, 1);
        List<GroupRange> population = groups.isEmpty()
                ? List.of(new GroupRange("default", 0, nodeCount, 1, "aeif_cond_alpha")) : groups;
        List<Map<String, double[]>> values = new ArrayList<>();
        population.forEach(group -> values.add(Map.of()));
        Map<String, float[]> edgeParameters = new LinkedHashMap<>();
        synapseParameters.forEach(parameter -> edgeParameters.put(parameter, column(parameter, Float.NaN)));
        return NetworkInstance.of(name, seed == null ? 0 : seed, population, values, sources, targets, weights, delays, null,
                null, resolution == null ? NestVersions.defaultResolutionMs(NestVersion.NEST3) : resolution, x, y).withEdgeParameters(edgeParameters);
    }

    private float[] column(String key, float absent) {
        float[] values = new float[sources.length];
        Attribute attribute = edgeAttributes.get(key);
        if (attribute == null) {
            java.util.Arrays.fill(values, absent);
            return values;
        }
        if (attribute.isString()) {
            throw new IllegalArgumentException("Edge attribute '" + key + "' holds strings; a number per edge is needed.");
        }
        for (int e = 0; e < values.length; e++) {
            values[e] = attribute.floatValue(e);
        }
        return values;
    }

    /**
     * @return the graph's name
     */
    public String name() {
        return name;
    }

    /**
     * @return number of nodes
     */
    public int nodeCount() {
        return nodeCount;
    }

    /**
     * @return edge sources, in file order
     */
    public int[] sources() {
        return sources;
    }

    /**
     * @return edge targets, in file order
     */
    public int[] targets() {
        return targets;
    }

    /**
     * @return edge attributes by name, in order
     */
    public Map<String, Attribute> edgeAttributes() {
        return edgeAttributes;
    }

    /**
     * @return names of the edge attributes that are per-edge synapse parameters, empty for none
     */
    public List<String> synapseParameters() {
        return synapseParameters;
    }

    /**
     * @return node attributes by name, in order
     */
    public Map<String, Attribute> nodeAttributes() {
        return nodeAttributes;
    }

    /**
     * @return x positions in micrometres, or null
     */
    public double[] x() {
        return x;
    }

    /**
     * @return y positions in micrometres, or null
     */
    public double[] y() {
        return y;
    }

    /**
     * @return the population groups, empty when unknown
     */
    public List<GroupRange> groups() {
        return groups;
    }

    /**
     * @return the master seed, or null when unknown
     */
    public Long seed() {
        return seed;
    }

    /**
     * @return the resolution in ms, or null when unknown
     */
    public Double resolution() {
        return resolution;
    }
}
