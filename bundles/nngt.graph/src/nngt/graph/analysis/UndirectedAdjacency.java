package nngt.graph.analysis;

import java.util.Arrays;

import nngt.graph.NetworkInstance;
import nngt.graph.internal.Parallel;
import nngt.model.api.NetworkFootprint;

/**
 * The undirected simple graph under a network, as NNGT's clustering sees it (directions, parallel
 * edges and self-loops dropped), in compressed rows: the neighbours of node v are
 * {@code neighbours()[start(v)] .. neighbours()[start(v + 1) - 1]}, unique and in increasing order.
 * Built in O(E) time and memory (two ints per edge kept, two more while the rows are sorted, and a
 * few ints per node) on several threads, and the same for any thread count. The directed edges' reciprocity is counted on the way, since the sorted rows show
 * both directions of a pair side by side.
 */
public final class UndirectedAdjacency {

    /** The most nodes: a row entry keeps the edge's direction in its lowest bit. */
    public static final int MAX_NODES = 1 << 30;
    /** Rows deduplicated per parallel task: enough work per task to hide the hand-over. */
    private static final int ROWS_PER_TASK = 256;

    private final int nodeCount;
    private final int[] starts;
    private final int[] neighbours;
    private final long nonLoopEdges;
    private final long reciprocalEdges;

    private UndirectedAdjacency(int nodeCount, int[] starts, int[] neighbours, long nonLoopEdges, long reciprocalEdges) {
        this.nodeCount = nodeCount;
        this.starts = starts;
        this.neighbours = neighbours;
        this.nonLoopEdges = nonLoopEdges;
        this.reciprocalEdges = reciprocalEdges;
    }

    /**
     * @param network a network
     * @param threads threads to use, at least 1; the result does not depend on it
     * @return the undirected simple graph of its edges
     * @throws IllegalArgumentException as {@link #of(int, int[], int[], int)}
     */
    public static UndirectedAdjacency of(NetworkInstance network, int threads) {
        return of(network.neuronCount(), network.sources(), network.targets(), threads);
    }

    /**
     * @param nodeCount number of nodes, at most {@link #MAX_NODES}
     * @param sources source of each directed edge
     * @param targets target of each directed edge, same length
     * @param threads threads to use, at least 1; the result does not depend on it
     * @return the undirected simple graph of the edges
     * @throws IllegalArgumentException when the arrays differ in length, name a node out of range, or
     *         hold more than half of {@link NetworkFootprint#MAX_ARRAY_LENGTH} edges (each edge is
     *         listed at both ends), or when there are more than {@link #MAX_NODES} nodes
     */
    public static UndirectedAdjacency of(int nodeCount, int[] sources, int[] targets, int threads) {
        if (nodeCount < 0 || nodeCount > MAX_NODES) {
            throw new IllegalArgumentException("Argument 'nodeCount' is " + nodeCount + "; the analysis handles 0 to "
                    + MAX_NODES + " nodes.");
        }
        if (sources.length != targets.length) {
            throw new IllegalArgumentException("Arguments 'sources' and 'targets' hold " + sources.length + " and "
                    + targets.length + " ids; they must have one length.");
        }
        if (2L * sources.length > NetworkFootprint.MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException("The network has " + sources.length + " edges; the analysis lists each at "
                    + "both ends and handles at most " + NetworkFootprint.MAX_ARRAY_LENGTH / 2 + ".");
        }
        int edges = sources.length;
        // an entry is the other end shifted left, its lowest bit 0 for an edge leaving the row's node;
        // rows are filled in any order first, then re-scattered row by row in node order, which leaves
        // every row sorted (a two-pass radix sort, with no comparison)
        int chunks = Math.max(1, Math.min(threads, Parallel.blocks(edges, 1 << 16)));
        int chunkSize = (int) (((long) edges + chunks - 1) / chunks);
        int[][] cursors = new int[chunks][];
        Parallel.forEach(threads, chunks, c -> {
            int[] count = new int[nodeCount];
            for (int e = c * chunkSize, end = (int) Math.min(edges, (long) (c + 1) * chunkSize); e < end; e++) {
                int s = sources[e];
                int t = targets[e];
                if (s < 0 || s >= nodeCount || t < 0 || t >= nodeCount) {
                    throw new IllegalArgumentException("Edge " + e + " (" + s + " -> " + t + ") names a node outside 0.."
                            + (nodeCount - 1) + ".");
                }
                count[s]++;
                count[t]++;
            }
            cursors[c] = count;
        });
        int[] starts = cursorsFromCounts(cursors, nodeCount);
        int[] unsorted = new int[starts[nodeCount]];
        Parallel.forEach(threads, chunks, c -> {
            int[] cursor = cursors[c];
            for (int e = c * chunkSize, end = (int) Math.min(edges, (long) (c + 1) * chunkSize); e < end; e++) {
                int s = sources[e];
                int t = targets[e];
                unsorted[cursor[s]++] = t << 1;
                unsorted[cursor[t]++] = s << 1 | 1;
            }
        });
        int[] entries = sortedRows(unsorted, starts, nodeCount, threads);
        int[] unique = new int[nodeCount];
        int tasks = Parallel.blocks(nodeCount, ROWS_PER_TASK);
        long[] nonLoop = new long[tasks];
        long[] reciprocal = new long[tasks];
        Parallel.forEach(threads, tasks, task -> {
            for (int v = task * ROWS_PER_TASK, end = Math.min(nodeCount, v + ROWS_PER_TASK); v < end; v++) {
                int write = starts[v];
                int k = starts[v];
                while (k < starts[v + 1]) {
                    int other = entries[k] >>> 1;
                    int leaving = 0;
                    boolean arriving = false;
                    for (; k < starts[v + 1] && entries[k] >>> 1 == other; k++) {
                        if ((entries[k] & 1) == 0) {
                            leaving++;
                        } else {
                            arriving = true;
                        }
                    }
                    if (other != v) {
                        // the edges v -> other are reciprocal when one edge other -> v exists
                        nonLoop[task] += leaving;
                        reciprocal[task] += arriving ? leaving : 0;
                        entries[write++] = other;
                    }
                }
                unique[v] = write - starts[v];
            }
        });
        int kept = 0;
        for (int v = 0; v < nodeCount; v++) {
            System.arraycopy(entries, starts[v], entries, kept, unique[v]);
            starts[v] = kept;
            kept += unique[v];
        }
        starts[nodeCount] = kept;
        return new UndirectedAdjacency(nodeCount, starts, entries, Arrays.stream(nonLoop).sum(),
                Arrays.stream(reciprocal).sum());
    }

    /**
     * Turns per-chunk counts per row into per-chunk write cursors (chunk after chunk within each row)
     * and returns the row starts.
     */
    private static int[] cursorsFromCounts(int[][] cursors, int nodeCount) {
        int[] starts = new int[nodeCount + 1];
        int next = 0;
        for (int v = 0; v < nodeCount; v++) {
            starts[v] = next;
            for (int[] cursor : cursors) {
                int count = cursor[v];
                cursor[v] = next;
                next += count;
            }
        }
        starts[nodeCount] = next;
        return starts;
    }

    /**
     * The same rows, each sorted: row v's entries are written into the rows of their other ends, rows
     * taken in increasing order, so every row receives its entries by increasing other end. The rows
     * are symmetric (an edge is listed at both ends), so they keep their starts; contiguous ranges of
     * rows are scattered in parallel, each with its own cursors.
     */
    private static int[] sortedRows(int[] unsorted, int[] starts, int nodeCount, int threads) {
        int chunks = Math.max(1, Math.min(threads, Parallel.blocks(unsorted.length, 1 << 16)));
        int[] firstRow = new int[chunks + 1];
        for (int c = 1, v = 0; c <= chunks; c++) {
            long goal = (long) unsorted.length * c / chunks;
            while (v < nodeCount && starts[v] < goal) {
                v++;
            }
            firstRow[c] = c == chunks ? nodeCount : v;
        }
        int[][] cursors = new int[chunks][];
        Parallel.forEach(threads, chunks, c -> {
            int[] count = new int[nodeCount];
            for (int k = starts[firstRow[c]]; k < starts[firstRow[c + 1]]; k++) {
                count[unsorted[k] >>> 1]++;
            }
            cursors[c] = count;
        });
        cursorsFromCounts(cursors, nodeCount);
        int[] sorted = new int[unsorted.length];
        Parallel.forEach(threads, chunks, c -> {
            int[] cursor = cursors[c];
            for (int v = firstRow[c]; v < firstRow[c + 1]; v++) {
                for (int k = starts[v]; k < starts[v + 1]; k++) {
                    // seen from the other end, the edge's direction flips
                    sorted[cursor[unsorted[k] >>> 1]++] = v << 1 | (unsorted[k] & 1 ^ 1);
                }
            }
        });
        return sorted;
    }

    /**
     * @return number of nodes
     */
    public int nodeCount() {
        return nodeCount;
    }

    /**
     * @param v a node
     * @return the index in {@link #neighbours()} of its first neighbour
     */
    public int start(int v) {
        return starts[v];
    }

    /**
     * @param v a node
     * @return its number of distinct neighbours, itself excluded
     */
    public int degree(int v) {
        return starts[v + 1] - starts[v];
    }

    /**
     * @return every row's neighbours one after the other (the array may be longer than the rows; it is
     *         the adjacency's own, not to be modified)
     */
    public int[] neighbours() {
        return neighbours;
    }

    /**
     * @return number of undirected edges (linked node pairs)
     */
    public long edgeCount() {
        return starts[nodeCount] / 2;
    }

    /**
     * @param a a node
     * @param b another node
     * @return whether a and b are linked
     */
    public boolean linked(int a, int b) {
        return Arrays.binarySearch(neighbours, starts[a], starts[a + 1], b) >= 0;
    }

    /**
     * Edge reciprocity as graph-tool and NNGT define it: the fraction of the directed edges (self-loops
     * excluded) whose reverse edge also exists.
     *
     * @return the reciprocity, 0 without such edges
     */
    public double reciprocity() {
        return nonLoopEdges == 0 ? 0 : reciprocalEdges / (double) nonLoopEdges;
    }

    /**
     * @return the connected triples (wedges): for every node, the pairs among its neighbours
     */
    public long wedges() {
        long wedges = 0;
        for (int v = 0; v < nodeCount; v++) {
            long d = degree(v);
            wedges += d * (d - 1) / 2;
        }
        return wedges;
    }
}
