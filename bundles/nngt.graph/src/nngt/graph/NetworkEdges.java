package nngt.graph;

import java.util.Arrays;
import java.util.List;

import nngt.graph.generate.EdgeRuns;
import nngt.graph.generate.FromDegreeListGenerator;

/**
 * The edges of a network that are drawn again whenever asked, instead of kept: what a simulator reads to fill its
 * synapse tables thread by thread without the {@link NetworkInstance}'s edge columns (made by {@link
 * NetworkInstantiator#withDeferredEdges}).
 *
 * <p>The edges, their weights, delays and per-edge synapse parameters are exactly those of the instance that
 * {@link NetworkInstantiator#instantiate} builds from the same model and options, drawn from the same streams, on
 * any thread count. {@link #edgesTo} gives the edges whose target lies in a range in the instance's order:
 * connection by connection, and within a connection in the order its generator writes them.
 *
 * <p>Cost: a connection drawn by an in-degree rule whose values do not depend on distances (the usual case: NEST's
 * {@code fixed_indegree}, Brunel's network) keeps nothing but its degrees (4 bytes per target) and where each
 * target's edges start (8 bytes per target); a cursor draws its edges block by block, about {@value #BLOCK_EDGES}
 * edges at a time (16 bytes per edge and thread while a block is read). Every other connection (all-to-all, the
 * Erdős–Rényi and distance rules, out- and total-degree rules, lattices, growth) cannot draw a range of targets
 * alone: it is drawn once, whole, with its values, and kept (16 bytes per edge and 4 per drawn synapse parameter),
 * so it costs what it costs in the instance.
 */
public final class NetworkEdges {

    /** About how many edges a cursor draws at a time from a connection drawn again. */
    public static final int BLOCK_EDGES = 1 << 18;

    private final Connection[] connections;
    private final long[] starts;
    private final List<String> parameterNames;
    private final double resolution;
    private final boolean[] spannedPairs;
    private final int groupCount;

    /**
     * One connection's edges: either drawn again per range of targets, or kept whole.
     *
     * @param generator   the in-degree generator that draws a range of targets again, or null when kept
     * @param values      how its weights, delays and synapse parameters are drawn (for a generator)
     * @param kept        the whole connection with its values (when not drawn again)
     * @param constantDelay the delay every edge has when the law is a constant, else NaN
     */
    record Connection(FromDegreeListGenerator generator, ValueDraws values, KeptEdges kept, float constantDelay) {
    }

    /** Draws the values of a run of a connection's edges, as the instantiator draws them for the whole. */
    interface ValueDraws {
        /**
         * Fills the weights, the delays in ms on the resolution grid, and per parameter name its column (NaN where
         * the edge has none) of the connection's edges {@code [first, first + length)}.
         */
        void fill(int first, int length, float[] weights, float[] delays, float[][] parameters);
    }

    /** A connection drawn once, whole: its edges and their values, in generation order. */
    record KeptEdges(int[] sources, int[] targets, float[] weights, float[] delays, float[][] parameters) {
    }

    NetworkEdges(Connection[] connections, long[] starts, List<String> parameterNames, double resolution,
            boolean[] spannedPairs, int groupCount) {
        this.connections = connections;
        this.spannedPairs = spannedPairs;
        this.groupCount = groupCount;
        this.starts = starts;
        this.parameterNames = List.copyOf(parameterNames);
        this.resolution = resolution;
    }

    /**
     * @return the number of edges of the network
     */
    public long edgeCount() {
        return starts[connections.length];
    }

    /**
     * @return the number of connections
     */
    public int connectionCount() {
        return connections.length;
    }

    /**
     * @param connection a connection index, or {@link #connectionCount()} for the end
     * @return the index of its first edge in the instance's edge order
     */
    public long connectionStart(int connection) {
        return starts[connection];
    }

    /**
     * @return the names of the synapse parameters drawn per edge, sorted, as the instance's {@link
     *         NetworkInstance#edgeParameters()} keys; {@link Cursor#parameter} reads them by position
     */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /**
     * Whether some connection with edges goes from a neuron of one group to a neuron of another (it may still have
     * drawn no edge between them).
     *
     * @param sourceGroup a group index
     * @param targetGroup a group index
     * @return true when a connection with edges has sources in the first group and targets in the second
     */
    public boolean spansGroupPair(int sourceGroup, int targetGroup) {
        return spannedPairs[sourceGroup * groupCount + targetGroup];
    }

    /**
     * @return the resolution in ms the delays are rounded to
     */
    public double resolution() {
        return resolution;
    }

    /**
     * The edges whose target lies in {@code [lo, hi)}, in the instance's order. Each call draws them again; any
     * number of cursors may be read at once, on different threads.
     *
     * @param lo first target id
     * @param hi end of the target ids (exclusive)
     * @return a cursor before the first edge
     */
    public Cursor edgesTo(int lo, int hi) {
        return new Cursor(lo, hi, false);
    }

    /**
     * Edges that show every delay the network has, for a simulator that needs the smallest and largest delay before
     * it builds anything: one edge of each connection whose delay is a constant, every edge of the others (drawn as
     * {@link #edgesTo} draws them).
     *
     * @return a cursor before the first edge
     */
    public Cursor delaySamples() {
        return new Cursor(Integer.MIN_VALUE, Integer.MAX_VALUE, true);
    }

    /** One edge at a time: {@link #next()} moves to the next edge, the other methods describe it. */
    public final class Cursor {
        private final int lo;
        private final int hi;
        private final boolean samples;
        private int connection = -1;
        // what is read: a kept connection's arrays, or the block drawn last
        private int[] sources;
        private int[] targets;
        private float[] weights;
        private float[] delays;
        private float[][] parameters;
        private int position;
        private int end;
        private boolean filter;
        // the block a connection drawn again is drawn into, reused
        private int[] blockSources;
        private int[] blockTargets;
        private float[] blockWeights;
        private float[] blockDelays;
        private float[][] blockParameters;
        // a connection drawn again: its next node and the end of the nodes in range
        private int nextNode;
        private int endNode;

        private Cursor(int lo, int hi, boolean samples) {
            this.lo = lo;
            this.hi = hi;
            this.samples = samples;
        }

        /**
         * @return whether there is one more edge
         */
        public boolean next() {
            while (true) {
                while (++position < end) {
                    if (!filter || (targets[position] >= lo && targets[position] < hi)) {
                        return true;
                    }
                }
                if (connection >= 0 && connection < connections.length && nextNode < endNode) {
                    drawBlock(connections[connection]);
                    continue;
                }
                if (++connection >= connections.length) {
                    connection = connections.length;
                    position = end = 0;
                    return false;
                }
                open(connections[connection]);
            }
        }

        private void open(Connection c) {
            position = -1;
            end = 0;
            nextNode = endNode = 0;
            if (starts[connection + 1] == starts[connection]) {
                return;
            }
            if (samples && !Float.isNaN(c.constantDelay())) {
                // one value tells the delay of every edge: a single entry, whose ids are not an edge's
                sources = targets = new int[] {-1};
                weights = new float[] {Float.NaN};
                delays = new float[] {c.constantDelay()};
                parameters = new float[parameterNames.size()][];
                end = 1;
                filter = false;
                return;
            }
            if (c.kept() != null) {
                KeptEdges kept = c.kept();
                sources = kept.sources();
                targets = kept.targets();
                weights = kept.weights();
                delays = kept.delays();
                parameters = kept.parameters();
                end = kept.sources().length;
                filter = true;
                return;
            }
            nextNode = c.generator().firstTargetNode(lo);
            endNode = c.generator().firstTargetNode(hi);
        }

        /** Draws the next nodes' edges: at least one node, else at most about {@link #BLOCK_EDGES} edges. */
        private void drawBlock(Connection c) {
            FromDegreeListGenerator generator = c.generator();
            long first = generator.targetEdgeStart(nextNode, 1);
            int last = nextNode + 1;
            while (last < endNode && generator.targetEdgeStart(last + 1, 1) - first <= BLOCK_EDGES) {
                last++;
            }
            int length = (int) (generator.targetEdgeStart(last, 1) - first);
            if (blockSources == null || blockSources.length < length) {
                int size = Math.max(length, Math.min(BLOCK_EDGES, (int) (starts[connections.length])));
                blockSources = new int[size];
                blockTargets = new int[size];
                blockWeights = new float[size];
                blockDelays = new float[size];
                blockParameters = new float[parameterNames.size()][size];
            }
            generator.generateTargets(nextNode, last, blockSources, blockTargets);
            c.values().fill((int) first, length, blockWeights, blockDelays, blockParameters);
            sources = blockSources;
            targets = blockTargets;
            weights = blockWeights;
            delays = blockDelays;
            parameters = blockParameters;
            nextNode = last;
            position = -1;
            end = length;
            filter = false;
        }

        /**
         * @return the connection of the edge
         */
        public int connection() {
            return connection;
        }

        /**
         * @return the source id (-1 for a {@link #delaySamples()} entry that stands for a whole connection)
         */
        public int source() {
            return sources[position];
        }

        /**
         * @return the target id (-1 for a {@link #delaySamples()} entry that stands for a whole connection)
         */
        public int target() {
            return targets[position];
        }

        /**
         * @return the weight, unsigned, as the instance holds it
         */
        public float weight() {
            return weights[position];
        }

        /**
         * @return the delay in ms, on the resolution grid
         */
        public float delayMs() {
            return delays[position];
        }

        /**
         * @param index a position in {@link #parameterNames()}
         * @return the edge's value of that synapse parameter, NaN when it has none
         */
        public float parameter(int index) {
            float[] column = parameters[index];
            return column == null ? Float.NaN : column[position];
        }
    }

    /** Runs of one connection's edges for {@link ValueDraws}: a single run. */
    static EdgeRuns run(int first, int length) {
        return new EdgeRuns(new int[] {first}, new int[] {length}, 1);
    }

    /** A column of NaN. */
    static float[] unset(int length) {
        float[] column = new float[length];
        Arrays.fill(column, Float.NaN);
        return column;
    }
}
