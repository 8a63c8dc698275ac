package nngt.generator.sonata;

/**
 * The order and the indices of a SONATA edge population: a stable counting sort by target and SONATA's
 * {@code node_id_to_range}/{@code range_to_edge_id} tables, in time linear in the edges and nodes.
 */
final class EdgeOrder {

    /**
     * The two tables of one direction of SONATA's {@code indices}.
     *
     * @param nodeIdToRange one row per node: the half-open rows of {@code rangeToEdgeId} that list its edges
     * @param rangeToEdgeId half-open ranges of edge ids
     */
    record Index(long[][] nodeIdToRange, long[][] rangeToEdgeId) {
    }

    private EdgeOrder() {
    }

    /**
     * The edges ordered by target, in their order within a target.
     *
     * @param targets the target of each edge, in [0, nodes)
     * @param nodes   the number of nodes
     * @return the edge indices in the new order
     */
    static int[] byTarget(int[] targets, int nodes) {
        int[] start = new int[nodes + 1];
        for (int target : targets) {
            start[target + 1]++;
        }
        for (int n = 0; n < nodes; n++) {
            start[n + 1] += start[n];
        }
        int[] order = new int[targets.length];
        for (int e = 0; e < targets.length; e++) {
            order[start[targets[e]]++] = e;
        }
        return order;
    }

    /**
     * @param ends the node at one end of each edge, in edge id order
     * @return the number of runs of consecutive edges with the same node at that end
     */
    static int ranges(long[] ends) {
        int runs = 0;
        for (int e = 0; e < ends.length; e++) {
            if (e == 0 || ends[e] != ends[e - 1]) {
                runs++;
            }
        }
        return runs;
    }

    /**
     * SONATA's index of edges by one end: each run of consecutive edges with the same node at that end is one range.
     *
     * @param ends  the node at that end of each edge, in edge id order
     * @param nodes the number of nodes
     * @return the index; a node without edges has the empty range [r, r) at the row r where its ranges would be
     */
    static Index index(long[] ends, int nodes) {
        int[] runs = new int[nodes + 1];
        for (int e = 0; e < ends.length; e++) {
            if (e == 0 || ends[e] != ends[e - 1]) {
                runs[(int) ends[e] + 1]++;
            }
        }
        for (int n = 0; n < nodes; n++) {
            runs[n + 1] += runs[n];
        }
        long[][] nodeIdToRange = new long[nodes][];
        for (int n = 0; n < nodes; n++) {
            nodeIdToRange[n] = new long[] {runs[n], runs[n + 1]};
        }
        long[][] rangeToEdgeId = new long[runs[nodes]][];
        int[] next = java.util.Arrays.copyOf(runs, nodes);
        int first = 0;
        for (int e = 1; e <= ends.length; e++) {
            if (e == ends.length || ends[e] != ends[e - 1]) {
                rangeToEdgeId[next[(int) ends[first]]++] = new long[] {first, e};
                first = e;
            }
        }
        return new Index(nodeIdToRange, rangeToEdgeId);
    }
}
