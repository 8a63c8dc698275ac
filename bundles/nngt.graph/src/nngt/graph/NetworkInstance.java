package nngt.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nngt.graph.internal.Parallel;

/**
 * The concrete network: columnar primitive arrays, no object per edge. Built by
 * {@link NetworkInstantiator} or read from a file.
 *
 * <p>Ids are NNGT's, 0..N-1 in population order. Weights are in NEST units and positive also for
 * inhibitory sources: simulators apply the sign. Delays are in ms; the resolution is their grid.
 *
 * <p>Memory: 14 bytes per edge when every delay is a whole number of resolution steps between 1 and
 * {@link #MAX_COMPACT_DELAY_STEPS} (always the case for instantiated networks with delays below 6.5 s
 * at 0.1 ms): source and target ids (4 bytes each), the weight (a float) and the delay as an unsigned
 * 16-bit count of resolution steps, converted to ms on read. NEST itself keeps delays as whole
 * steps, so nothing it needs is lost. Other delays (read from a file, off the grid, or longer) are
 * kept as floats (16 bytes per edge). Each synapse parameter drawn per edge adds a float column
 * ({@link #edgeParameters()}); a network without one pays nothing. The arrays returned are the
 * instance's own (not copies, to keep 10^8 edges affordable): callers must not modify them.
 * {@link nngt.model.api.NetworkFootprint} holds these sizes for the validator and the instantiator, which
 * refuse a network beyond the memory.
 */
public final class NetworkInstance {

    private final String name;
    private final long seed;
    private final List<GroupRange> groups;
    private final int[] groupStarts;
    private final List<Map<String, double[]>> neuronValues;
    private final int[] sources;
    private final int[] targets;
    private final float[] weights;
    /** Delays as resolution steps, or null when {@link #exactDelays} holds them. */
    private final char[] delaySteps;
    /** Delays in ms when they are not all compact steps, else null. */
    private final float[] exactDelays;
    private final long[] connectionStarts;
    private final int[] synapseSpecs;
    private final double resolution;
    private final double[] x;
    private final double[] y;
    private final Map<String, float[]> edgeParameters;
    private final TargetShard targetShard;
    private volatile float[] distances;
    private volatile float[] delayView;

    /** Largest delay, in resolution steps, that the compact delay column holds (unsigned 16 bits). */
    public static final int MAX_COMPACT_DELAY_STEPS = Character.MAX_VALUE;

    /**
     * Creates an instance from its arrays, which it keeps (no copy). It has no per-edge synapse
     * parameters; {@link #withEdgeParameters} adds them.
     *
     * @param name network name
     * @param seed master seed the instance was made with
     * @param groups primary groups, contiguous from id 0
     * @param neuronValues per group, parameter name to one value per neuron (NEST units), or null for none
     * @param sources source ids
     * @param targets target ids, same length
     * @param weights weights, same length
     * @param delays delays in ms, same length; kept as resolution steps when each is a whole number of
     *        steps in [1, {@link #MAX_COMPACT_DELAY_STEPS}] (exactly as given otherwise)
     * @param connectionStarts first edge of each connection plus the edge count at the end, or null for one
     *        connection
     * @param synapseSpecs for each (source group, target group) pair, row-major, the synapse
     *        specification index or -1; null for -1 everywhere
     * @param resolution resolution in ms
     * @param x x positions in micrometres, or null when not spatial
     * @param y y positions, or null
     * @return the instance
     * @throws IllegalArgumentException when the arrays are inconsistent (lengths, ids out of range,
     *         groups not contiguous)
     */
    public static NetworkInstance of(String name, long seed, List<GroupRange> groups,
            List<Map<String, double[]>> neuronValues, int[] sources, int[] targets, float[] weights, float[] delays,
            long[] connectionStarts, int[] synapseSpecs, double resolution, double[] x, double[] y) {
        if (delays == null) {
            throw new IllegalArgumentException("Argument 'delays' is null; give one delay in ms per edge.");
        }
        char[] steps = compactSteps(delays, resolution);
        return new NetworkInstance(name, seed, groups, neuronValues, sources, targets, weights, steps,
                steps == null ? delays : null, connectionStarts, synapseSpecs, resolution, x, y, true);
    }

    /**
     * Creates an instance whose delays are given as resolution steps (the instantiator's compact form).
     * The edges' ids are not checked one by one: the generators only draw ids of the population.
     *
     * @param delaySteps delay of each edge in resolution steps, each at least 1
     * @see #of
     */
    static NetworkInstance ofSteps(String name, long seed, List<GroupRange> groups,
            List<Map<String, double[]>> neuronValues, int[] sources, int[] targets, float[] weights, char[] delaySteps,
            long[] connectionStarts, int[] synapseSpecs, double resolution, double[] x, double[] y) {
        return new NetworkInstance(name, seed, groups, neuronValues, sources, targets, weights, delaySteps, null,
                connectionStarts, synapseSpecs, resolution, x, y, false);
    }

    /** The delays as steps when every one is a whole number of steps that fits, else null. */
    private static char[] compactSteps(float[] delays, double resolution) {
        if (!(resolution > 0)) {
            return null;
        }
        // checked before allocating, so that delays off the grid cost no second column
        for (float delay : delays) {
            double step = Math.floor(delay / resolution + 0.5);
            if (!(step >= 1 && step <= MAX_COMPACT_DELAY_STEPS) || (float) (step * resolution) != delay) {
                return null;
            }
        }
        char[] steps = new char[delays.length];
        for (int e = 0; e < delays.length; e++) {
            steps[e] = (char) Math.floor(delays[e] / resolution + 0.5);
        }
        return steps;
    }

    private NetworkInstance(String name, long seed, List<GroupRange> groups, List<Map<String, double[]>> neuronValues,
            int[] sources, int[] targets, float[] weights, char[] delaySteps, float[] exactDelays, long[] connectionStarts,
            int[] synapseSpecs, double resolution, double[] x, double[] y, boolean checkIds) {
        if (groups == null) {
            throw new IllegalArgumentException("Argument 'groups' is null; give the primary groups.");
        }
        this.groups = List.copyOf(groups);
        this.groupStarts = new int[groups.size() + 1];
        for (int g = 0; g < groups.size(); g++) {
            GroupRange group = groups.get(g);
            if (group.firstId() != groupStarts[g]) {
                throw new IllegalArgumentException("Group '" + group.name() + "' starts at id " + group.firstId()
                        + "; groups must be contiguous from 0, so it should start at " + groupStarts[g] + ".");
            }
            groupStarts[g + 1] = groupStarts[g] + group.size();
        }
        int n = groupStarts[groups.size()];
        int delayCount = delaySteps != null ? delaySteps.length : exactDelays != null ? exactDelays.length : -1;
        if (sources == null || targets == null || weights == null || targets.length != sources.length
                || weights.length != sources.length || delayCount != sources.length) {
            throw new IllegalArgumentException("Arguments 'sources', 'targets', 'weights' and 'delays' must be arrays of one length.");
        }
        if (!(resolution > 0)) {
            throw new IllegalArgumentException("Argument 'resolution' is " + resolution + "; it must be above 0.");
        }
        if ((x == null) != (y == null) || (x != null && (x.length != n || y.length != n))) {
            throw new IllegalArgumentException("Arguments 'x' and 'y' must both be null or both hold " + n + " positions.");
        }
        int edges = sources.length;
        for (int e = 0; checkIds && e < edges; e++) {
            if (sources[e] < 0 || sources[e] >= n || targets[e] < 0 || targets[e] >= n) {
                throw new IllegalArgumentException("Edge " + e + " (" + sources[e] + " -> " + targets[e]
                        + ") names a neuron outside 0.." + (n - 1) + ".");
            }
        }
        this.connectionStarts = connectionStarts == null ? new long[] {0, edges} : connectionStarts.clone();
        if (this.connectionStarts[this.connectionStarts.length - 1] != edges) {
            throw new IllegalArgumentException("Argument 'connectionStarts' ends at " + this.connectionStarts[this.connectionStarts.length - 1]
                    + " but there are " + edges + " edges.");
        }
        int g = groups.size();
        if (synapseSpecs != null && synapseSpecs.length != g * g) {
            throw new IllegalArgumentException("Argument 'synapseSpecs' has " + synapseSpecs.length + " entries; it needs "
                    + g * g + " (one per group pair).");
        }
        this.synapseSpecs = synapseSpecs == null ? filled(g * g, -1) : synapseSpecs.clone();
        List<Map<String, double[]>> values = new ArrayList<>();
        for (int k = 0; k < g; k++) {
            Map<String, double[]> groupValues = neuronValues == null ? Map.of() : neuronValues.get(k);
            for (Map.Entry<String, double[]> entry : groupValues.entrySet()) {
                if (entry.getValue().length != groups.get(k).size()) {
                    throw new IllegalArgumentException("Parameter '" + entry.getKey() + "' of group '" + groups.get(k).name()
                            + "' has " + entry.getValue().length + " values; the group has " + groups.get(k).size() + " neurons.");
                }
            }
            values.add(Collections.unmodifiableMap(new LinkedHashMap<>(groupValues)));
        }
        this.neuronValues = List.copyOf(values);
        this.name = name == null ? "" : name;
        this.seed = seed;
        this.sources = sources;
        this.targets = targets;
        this.weights = weights;
        this.delaySteps = delaySteps;
        this.exactDelays = exactDelays;
        this.resolution = resolution;
        this.x = x;
        this.y = y;
        this.edgeParameters = Map.of();
        this.targetShard = null;
    }

    /** A copy of {@code base} sharing its arrays, with other edge parameters (already checked) and shard. */
    private NetworkInstance(NetworkInstance base, Map<String, float[]> edgeParameters, TargetShard targetShard) {
        this.name = base.name;
        this.seed = base.seed;
        this.groups = base.groups;
        this.groupStarts = base.groupStarts;
        this.neuronValues = base.neuronValues;
        this.sources = base.sources;
        this.targets = base.targets;
        this.weights = base.weights;
        this.delaySteps = base.delaySteps;
        this.exactDelays = base.exactDelays;
        this.connectionStarts = base.connectionStarts;
        this.synapseSpecs = base.synapseSpecs;
        this.resolution = base.resolution;
        this.x = base.x;
        this.y = base.y;
        this.distances = base.distances;
        this.delayView = base.delayView;
        this.edgeParameters = edgeParameters;
        this.targetShard = targetShard;
    }

    /**
     * The same network with per-edge synapse parameters: every array is shared, nothing is copied.
     *
     * @param parameters synapse parameter name to one value per edge in NEST units, {@code Float.NaN}
     *        for edges whose synapse specification does not draw it; the arrays are kept (no copy);
     *        null or empty for none
     * @return the network with exactly these edge parameters
     * @throws IllegalArgumentException when a name is null or blank or an array does not hold
     *         {@link #edgeCount()} values
     */
    public NetworkInstance withEdgeParameters(Map<String, float[]> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            return edgeParameters.isEmpty() ? this : new NetworkInstance(this, Map.of(), targetShard);
        }
        Map<String, float[]> sorted = new TreeMap<>();
        parameters.forEach((key, values) -> {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("Argument 'parameters' holds the name '" + key
                        + "'; give each synapse parameter its NEST name.");
            }
            if (values == null || values.length != edgeCount()) {
                throw new IllegalArgumentException("Edge parameter '" + key + "' has "
                        + (values == null ? "no values" : values.length + " values") + "; the network has " + edgeCount()
                        + " edges, so it needs one per edge.");
            }
            sorted.put(key, values);
        });
        return new NetworkInstance(this, Collections.unmodifiableMap(sorted), targetShard);
    }

    /**
     * The same arrays marked as one part of a network: the edges whose targets {@code shard} holds (and every
     * neuron), as {@link NetworkInstantiator} builds them.
     *
     * @param shard the part, or null for a whole network
     * @return the marked instance; every array is shared
     */
    NetworkInstance withTargetShard(TargetShard shard) {
        return new NetworkInstance(this, edgeParameters, shard);
    }

    /**
     * @return the part of a network this instance holds (only the edges into that part's targets), or null
     *         when it holds the whole network
     */
    public TargetShard targetShard() {
        return targetShard;
    }

    private static int[] filled(int length, int value) {
        int[] array = new int[length];
        java.util.Arrays.fill(array, value);
        return array;
    }

    /**
     * @return the network's name
     */
    public String name() {
        return name;
    }

    /**
     * @return the master seed actually used (recorded in every output)
     */
    public long seed() {
        return seed;
    }

    /**
     * @return the number of neurons
     */
    public int neuronCount() {
        return groupStarts[groupStarts.length - 1];
    }

    /**
     * @return the primary groups in population order
     */
    public List<GroupRange> groups() {
        return groups;
    }

    /**
     * @param neuron a neuron id
     * @return the index in {@link #groups()} of its group
     * @throws IllegalArgumentException when the id is out of range
     */
    public int groupOf(int neuron) {
        if (neuron < 0 || neuron >= neuronCount()) {
            throw new IllegalArgumentException("Argument 'neuron' is " + neuron + "; valid ids are 0.." + (neuronCount() - 1) + ".");
        }
        int index = java.util.Arrays.binarySearch(groupStarts, neuron);
        if (index >= 0) {
            // several empty groups may start at the same id: take the last, which holds the neuron
            while (index + 1 < groupStarts.length - 1 && groupStarts[index + 1] == neuron) {
                index++;
            }
            return index;
        }
        return -index - 2;
    }

    /**
     * @param groupIndex index in {@link #groups()}
     * @return per parameter name, one value per neuron of the group in NEST units (group parameters drawn
     *         from their distributions, then state randomizations applied); NaN marks a neuron a partial
     *         randomization left at the model's default
     */
    public Map<String, double[]> neuronValues(int groupIndex) {
        return neuronValues.get(groupIndex);
    }

    /**
     * @return the number of edges
     */
    public int edgeCount() {
        return sources.length;
    }

    /**
     * @return source ids, in generation order
     */
    public int[] sources() {
        return sources;
    }

    /**
     * @return target ids, in generation order
     */
    public int[] targets() {
        return targets;
    }

    /**
     * @return weights in NEST units, positive also for inhibitory sources
     */
    public float[] weights() {
        return weights;
    }

    /**
     * All delays as one float array, made from the compact column on the first call and kept (4 more
     * bytes per edge from then on); {@link #delay(int)} reads one delay without it.
     *
     * @return delays in ms (for instantiated networks: on the resolution grid, at least one step)
     */
    public float[] delays() {
        if (exactDelays != null) {
            return exactDelays;
        }
        float[] result = delayView;
        if (result == null) {
            result = new float[delaySteps.length];
            float[] out = result;
            int block = 1 << 16;
            Parallel.forEach(Parallel.defaultThreads(), Parallel.blocks(out.length, block), b -> {
                int end = Math.min(out.length, (b + 1) * block);
                for (int e = b * block; e < end; e++) {
                    out[e] = (float) (delaySteps[e] * resolution);
                }
            });
            delayView = result;
        }
        return result;
    }

    /**
     * @param edge an edge index in [0, {@link #edgeCount()})
     * @return its delay in ms
     * @throws ArrayIndexOutOfBoundsException when the index is out of range
     */
    public float delay(int edge) {
        return delaySteps != null ? (float) (delaySteps[edge] * resolution) : exactDelays[edge];
    }

    /**
     * @param edge an edge index in [0, {@link #edgeCount()})
     * @return its delay as a whole number of resolution steps (rounded to the nearest when the
     *         instance was read with delays off the grid), as NEST stores it
     * @throws ArrayIndexOutOfBoundsException when the index is out of range
     */
    public long delaySteps(int edge) {
        return delaySteps != null ? delaySteps[edge] : (long) Math.floor(exactDelays[edge] / resolution + 0.5);
    }

    /**
     * @return whether the delays are held as 16-bit resolution steps (14 bytes per edge in all) rather
     *         than floats (16 bytes per edge)
     */
    public boolean compactDelays() {
        return delaySteps != null;
    }

    /**
     * The synapse parameters drawn per edge (a synapse specification's non-constant parameters, e.g.
     * {@code U = uniform(0.2, 0.8)}), drawn once from the instance's random streams so that every
     * backend reads the same values.
     *
     * @return parameter name to one value per edge in NEST units, sorted by name; {@code Float.NaN}
     *         where the edge's synapse specification does not draw the parameter (the edge then takes
     *         the specification's constant or the model default). Empty when nothing is drawn. The
     *         map is unmodifiable and the arrays are the instance's own: callers must not modify them
     */
    public Map<String, float[]> edgeParameters() {
        return edgeParameters;
    }

    /**
     * @return the number of connections of the model the edges came from
     */
    public int connectionCount() {
        return connectionStarts.length - 1;
    }

    /**
     * @param connection index of a connection of the model
     * @return its first edge; its edges are [start(c), start(c + 1))
     */
    public long connectionStart(int connection) {
        return connectionStarts[connection];
    }

    /**
     * @param sourceGroup index of the presynaptic group
     * @param targetGroup index of the postsynaptic group
     * @return index into the model's {@code Network.getSynapses()} chosen with
     *         {@code nngt.model.api.SynapseSpecResolver}, or -1 (NEST's static_synapse)
     */
    public int synapseSpecIndex(int sourceGroup, int targetGroup) {
        return synapseSpecs[sourceGroup * groups.size() + targetGroup];
    }

    /**
     * @return the resolution in ms
     */
    public double resolution() {
        return resolution;
    }

    /**
     * @return whether neurons have positions
     */
    public boolean spatial() {
        return x != null;
    }

    /**
     * @return x positions in micrometres, or null when not spatial
     */
    public double[] x() {
        return x;
    }

    /**
     * @return y positions in micrometres, or null when not spatial
     */
    public double[] y() {
        return y;
    }

    /**
     * The distance of every edge (NNGT's {@code distance} edge attribute), computed once on first use.
     *
     * @return distances in micrometres, one per edge
     * @throws IllegalStateException when the network is not spatial
     */
    public float[] distances() {
        if (x == null) {
            throw new IllegalStateException("Network '" + name + "' is not spatial: it has no distances.");
        }
        float[] result = distances;
        if (result == null) {
            result = new float[sources.length];
            float[] out = result;
            int block = 1 << 16;
            Parallel.forEach(Parallel.defaultThreads(), Parallel.blocks(out.length, block), b -> {
                int end = Math.min(out.length, (b + 1) * block);
                for (int e = b * block; e < end; e++) {
                    double dx = x[targets[e]] - x[sources[e]];
                    double dy = y[targets[e]] - y[sources[e]];
                    out[e] = (float) Math.sqrt(dx * dx + dy * dy);
                }
            });
            distances = result;
        }
        return result;
    }
}
