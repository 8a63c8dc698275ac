package nngt.graph.generate;

import nngt.model.api.NetworkFootprint;

/**
 * A graph generator with NNGT's semantics, on plain id arrays. Arguments are checked once in the
 * constructor; randomness comes from the seed given there, through counter-based streams, so the
 * edges are the same for every thread count.
 *
 * <p>The two-step protocol ({@link #edgeCount(int)}, then {@link #generateInto}) lets a caller
 * allocate exact-size arrays for several generators before any edge is written.
 */
public abstract class EdgeGenerator {

    /** Largest edge count of one generator: the largest Java array. */
    public static final long MAX_EDGES = NetworkFootprint.MAX_ARRAY_LENGTH;

    /**
     * @param threads threads to use, at least 1
     * @return the number of edges {@link #generateInto} writes
     * @throws IllegalArgumentException when the rule cannot be realised (with the reason)
     */
    public abstract long edgeCount(int threads);

    /**
     * Writes the edges into {@code sources[offset..offset+edgeCount)} and the same range of
     * {@code targets}.
     *
     * @param sources destination of the source ids
     * @param targets destination of the target ids
     * @param offset first index to write
     * @param threads threads to use, at least 1
     * @throws IllegalArgumentException when the arrays are too short or the rule cannot be realised
     */
    public abstract void generateInto(int[] sources, int[] targets, int offset, int threads);

    /**
     * Generates the edges into new exact-size arrays.
     *
     * @param threads threads to use, at least 1
     * @return the edges
     */
    public final EdgeArrays generate(int threads) {
        long count = edgeCount(threads);
        if (count > MAX_EDGES) {
            throw new IllegalArgumentException("The rule creates " + count + " edges; at most " + MAX_EDGES
                    + " fit in one generator's arrays.");
        }
        int[] sources = new int[(int) count];
        int[] targets = new int[(int) count];
        generateInto(sources, targets, 0, threads);
        return new EdgeArrays(sources, targets);
    }

    /**
     * Checks that the destination arrays can hold {@code count} edges from {@code offset}.
     *
     * @param sources destination of the source ids
     * @param targets destination of the target ids
     * @param offset first index
     * @param count edges to write
     */
    protected static void checkDestination(int[] sources, int[] targets, int offset, long count) {
        if (sources == null || targets == null || offset < 0 || offset + count > sources.length
                || offset + count > targets.length) {
            throw new IllegalArgumentException("Destination arrays of lengths "
                    + (sources == null ? "null" : sources.length) + "/" + (targets == null ? "null" : targets.length)
                    + " cannot hold " + count + " edges from offset " + offset + ".");
        }
    }
}
