package nngt.sim.api;

import java.util.List;

/**
 * The edges of a {@link SimulationPlan} as a backend reads them range by range ({@link SimulationPlan#edges()}):
 * either the plan's arrays, or a seeded source that draws the edges of any range of targets again whenever asked,
 * so that a simulator fills its tables thread by thread and no edge array exists (about 4 bytes per synapse for
 * the tables instead of 16 more for arrays).
 *
 * <p>Order: {@link #edgesTo} gives the edges whose target lies in the range in the plan's edge order, the order of
 * {@link SimulationPlan#sources()}: connection by connection in model order, within a connection in the order its
 * generator draws them. A plan built from a model gives exactly the edges, weights (with the plan's signs), delays,
 * synapse models and per-edge synapse parameters of the instance {@code NetworkInstantiator.instantiate} builds,
 * on any thread count.
 */
public interface PlanEdges {

    /**
     * @return the number of edges
     */
    long size();

    /**
     * @return the names of the synapse parameters drawn per edge, sorted (the keys of {@link
     *         SimulationPlan#edgeParameters()}); {@link Cursor#parameter} reads them by position
     */
    List<String> parameterNames();

    /**
     * The edges whose target lies in {@code [lo, hi)}, in the plan's order; a drawn source draws them again on
     * every call. Cursors may be read at the same time on different threads.
     *
     * @param lo first target id
     * @param hi end of the target ids (exclusive)
     * @return a cursor before the first edge
     */
    Cursor edgesTo(int lo, int hi);

    /**
     * Entries that show every delay there is, for a simulator that needs the smallest and largest delay first:
     * all edges, or one entry for a set of edges that share one delay (its ids are then -1).
     *
     * @return a cursor before the first entry
     */
    Cursor delaySamples();

    /**
     * Which synapse models the edges use. This default reads every edge; a drawn source answers from what it knows
     * of its connections.
     *
     * @param models the number of the plan's synapse models
     * @return {@code models + 1} flags: index 0 for static_synapse (edges without a model), {@code s + 1} for
     *         synapse model {@code s}
     */
    default boolean[] synapseModelsUsed(int models) {
        boolean[] used = new boolean[models + 1];
        for (Cursor edge = edgesTo(Integer.MIN_VALUE, Integer.MAX_VALUE); edge.next();) {
            used[edge.synapseModel() + 1] = true;
        }
        return used;
    }

    /** One edge at a time: {@link #next()} moves to the next edge, the other methods describe it. */
    interface Cursor {

        /**
         * @return whether there is one more edge
         */
        boolean next();

        /**
         * @return the source id
         */
        int source();

        /**
         * @return the target id
         */
        int target();

        /**
         * @return the signed weight, as {@link SimulationPlan#weights()} holds it
         */
        float weight();

        /**
         * @return the delay in ms
         */
        float delayMs();

        /**
         * @return the index into {@link SimulationPlan#synapseModels()}, or -1 for static_synapse
         */
        int synapseModel();

        /**
         * @param column a position in {@link #parameterNames()}
         * @return the edge's drawn value of that synapse parameter, NaN when it has none
         */
        float parameter(int column);
    }
}
