package nngt.graph.generate;

/**
 * The edge count of NNGT's edge-count rules ({@code _compute_connections}): {@code int(avg_deg * n_sources)}
 * when an average degree is given, else {@code edges}, else {@code int(density * n_sources * n_targets)}.
 */
public final class EdgeCounts {

    private EdgeCounts() {
    }

    /**
     * @param sources number of source nodes
     * @param targets number of target nodes
     * @param density fraction of all pairs in [0, 1], or null
     * @param edges edge count, 0 or more, or null
     * @param averageDegree edges per source, 0 or more, or null
     * @return the edge count
     * @throws IllegalArgumentException when all three are null or one is out of range
     */
    public static long of(int sources, int targets, Double density, Long edges, Double averageDegree) {
        return Checks.edgeCount(sources, targets, density, edges, averageDegree);
    }
}
