package nngt.graph.generate;

/**
 * Some of a connection's edges, as runs of consecutive edge indices in ascending order: run {@code r} covers the
 * connection's edges {@code [first(r), first(r) + length(r))} and lands at {@code [offset(r), offset(r) +
 * length(r))} of arrays that hold the chosen edges side by side. It lets a part of a network draw the values of
 * exactly its edges from the streams of the whole (the instantiator draws them for a part of a network).
 */
public final class EdgeRuns {

    private final int[] first;
    private final int[] length;
    private final long[] offset;
    private final int runs;

    /**
     * @param first  the first edge of each run, ascending, in the connection's numbering
     * @param length the edges of each run, each 1 or more; runs do not overlap
     * @param runs   how many entries of the arrays are runs (the arrays may be longer)
     * @throws IllegalArgumentException when runs overlap, are out of order or empty
     */
    public EdgeRuns(int[] first, int[] length, int runs) {
        this.first = first;
        this.length = length;
        this.runs = runs;
        this.offset = new long[runs + 1];
        for (int r = 0; r < runs; r++) {
            if (length[r] < 1 || (r > 0 && first[r] < first[r - 1] + length[r - 1])) {
                throw new IllegalArgumentException("Run " + r + " [" + first[r] + ", +" + length[r]
                        + ") is empty or overlaps the run before it; runs must be ascending and disjoint.");
            }
            offset[r + 1] = offset[r] + length[r];
        }
    }

    /** @return the number of runs */
    public int runs() {
        return runs;
    }

    /**
     * @param run a run
     * @return its first edge in the connection's numbering
     */
    public int first(int run) {
        return first[run];
    }

    /**
     * @param run a run
     * @return its edge count
     */
    public int length(int run) {
        return length[run];
    }

    /**
     * @param run a run, or {@link #runs()} for the total
     * @return where its edges start in the side-by-side arrays
     */
    public long offset(int run) {
        return offset[run];
    }

    /** @return the number of edges of all runs */
    public long edges() {
        return offset[runs];
    }
}
