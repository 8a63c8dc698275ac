package nngt.sim.api;

import java.util.List;

import nngt.graph.NetworkEdges;

/**
 * A network's drawn edges ({@link NetworkEdges}) as the plan's edges: each edge gets the sign and the synapse model
 * of its (source group, target group) pair, as {@link SimulationPlanBuilder} gives the arrays of an instance.
 */
final class DrawnPlanEdges implements PlanEdges {

    private final NetworkEdges edges;
    private final int[] groupOf;
    private final int groupCount;
    private final float[] signOfPair;
    private final int[] specOfPair;

    /**
     * @param edges      the network's edges
     * @param groupOf    the group of every neuron
     * @param groupCount the number of groups
     * @param signOfPair per (source group, target group), row-major, the weight's sign
     * @param specOfPair per pair the synapse model index, or -1
     */
    DrawnPlanEdges(NetworkEdges edges, int[] groupOf, int groupCount, float[] signOfPair, int[] specOfPair) {
        this.edges = edges;
        this.groupOf = groupOf;
        this.groupCount = groupCount;
        this.signOfPair = signOfPair;
        this.specOfPair = specOfPair;
    }

    @Override
    public long size() {
        return edges.edgeCount();
    }

    @Override
    public List<String> parameterNames() {
        return edges.parameterNames();
    }

    /**
     * The synapse models of the group pairs that a connection with edges spans (a pair it spans may by chance
     * receive no edge, so this may name a model no edge uses; it never misses one).
     */
    @Override
    public boolean[] synapseModelsUsed(int models) {
        boolean[] used = new boolean[models + 1];
        for (int s = 0; s < groupCount; s++) {
            for (int t = 0; t < groupCount; t++) {
                if (edges.spansGroupPair(s, t)) {
                    used[specOfPair[s * groupCount + t] + 1] = true;
                }
            }
        }
        return used;
    }

    @Override
    public PlanEdges.Cursor edgesTo(int lo, int hi) {
        return new Cursor(edges.edgesTo(lo, hi));
    }

    @Override
    public PlanEdges.Cursor delaySamples() {
        return new Cursor(edges.delaySamples());
    }

    /** The network's cursor with the pair's sign and synapse model. */
    private final class Cursor implements PlanEdges.Cursor {
        private final NetworkEdges.Cursor edge;
        private int pair;

        Cursor(NetworkEdges.Cursor edge) {
            this.edge = edge;
        }

        @Override
        public boolean next() {
            if (!edge.next()) {
                return false;
            }
            // a delay sample standing for a whole connection has no ids, hence no pair
            pair = edge.source() < 0 ? -1 : groupOf[edge.source()] * groupCount + groupOf[edge.target()];
            return true;
        }

        @Override
        public int source() {
            return edge.source();
        }

        @Override
        public int target() {
            return edge.target();
        }

        @Override
        public float weight() {
            return pair < 0 ? Float.NaN : signOfPair[pair] * edge.weight();
        }

        @Override
        public float delayMs() {
            return edge.delayMs();
        }

        @Override
        public int synapseModel() {
            return pair < 0 ? -1 : specOfPair[pair];
        }

        @Override
        public float parameter(int column) {
            return edge.parameter(column);
        }
    }
}
