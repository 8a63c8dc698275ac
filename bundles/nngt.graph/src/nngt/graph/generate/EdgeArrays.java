package nngt.graph.generate;

/**
 * Edges as two exact-size columns: edge i goes from {@code sources()[i]} to {@code targets()[i]}.
 * The arrays are shared, not copied, to keep large networks at 8 bytes per edge.
 */
public final class EdgeArrays {

    private final int[] sources;
    private final int[] targets;

    /**
     * @param sources presynaptic ids
     * @param targets postsynaptic ids, same length
     * @throws IllegalArgumentException when the lengths differ or an array is null
     */
    public EdgeArrays(int[] sources, int[] targets) {
        if (sources == null || targets == null || sources.length != targets.length) {
            throw new IllegalArgumentException("Arguments 'sources' and 'targets' must be non-null arrays of equal length; got "
                    + (sources == null ? "null" : sources.length) + " and " + (targets == null ? "null" : targets.length) + ".");
        }
        this.sources = sources;
        this.targets = targets;
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
     * @return number of edges
     */
    public int size() {
        return sources.length;
    }
}
