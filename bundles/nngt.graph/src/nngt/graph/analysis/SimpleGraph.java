package nngt.graph.analysis;

import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import nngt.graph.NetworkInstance;
import nngt.graph.internal.Parallel;

/**
 * The undirected simple graph under a network, as NNGT's clustering sees it (directions, parallel
 * edges and self-loops dropped), with each edge kept once, at its end of lower rank. Nodes are ranked by
 * their number of edge ends (in- plus out-degree), then by id, so that a node's row holds its
 * neighbours of higher rank, a few of them even for the most connected nodes: the orientation under
 * which triangles are counted fast ({@link Clustering}). Rows are compressed, sorted, and hold ranks.
 *
 * <p>Built in O(E) time and memory (one int per directed edge kept, one more while the rows are sorted,
 * and a few per node) on several threads, the same for any thread count; the directed edges'
 * reciprocity is counted on the way, since a row's sorted entries show both directions of a pair side
 * by side.
 */
public final class SimpleGraph {

    /** The most nodes: a row entry keeps the edge's direction in its lowest bit. */
    public static final int MAX_NODES = 1 << 30;
    /** Rows deduplicated per parallel task: enough work per task to hide the hand-over. */
    private static final int ROWS_PER_TASK = 256;

    private final int nodeCount;
    /** Node id of each rank. */
    private final int[] order;
    /** Rank of each node id. */
    private final int[] rank;
    /** Row of rank r: {@code higher[starts[r]] .. higher[starts[r + 1] - 1]}. */
    private final int[] starts;
    private final int[] higher;
    /** Per rank, its neighbours of lower rank (the rows that hold it). */
    private final int[] lowerCounts;
    private final long nonLoopEdges;
    private final long reciprocalEdges;

    private SimpleGraph(int nodeCount, int[] order, int[] rank, int[] starts, int[] higher, int[] lowerCounts,
            long nonLoopEdges, long reciprocalEdges) {
        this.nodeCount = nodeCount;
        this.order = order;
        this.rank = rank;
        this.starts = starts;
        this.higher = higher;
        this.lowerCounts = lowerCounts;
        this.nonLoopEdges = nonLoopEdges;
        this.reciprocalEdges = reciprocalEdges;
    }

    /**
     * @param network a network
     * @param threads threads to use, at least 1; the result does not depend on it
     * @return the undirected simple graph of its edges
     * @throws IllegalArgumentException as {@link #of(int, int[], int[], int)}
     */
    public static SimpleGraph of(NetworkInstance network, int threads) {
        return of(network.neuronCount(), network.sources(), network.targets(), threads);
    }

    /**
     * @param nodeCount number of nodes, at most {@link #MAX_NODES}
     * @param sources source of each directed edge
     * @param targets target of each directed edge, same length
     * @param threads threads to use, at least 1; the result does not depend on it
     * @return the undirected simple graph of the edges
     * @throws IllegalArgumentException when the arrays differ in length or name a node out of range, or
     *         when there are more than {@link #MAX_NODES} nodes
     */
    public static SimpleGraph of(int nodeCount, int[] sources, int[] targets, int threads) {
        if (nodeCount < 0 || nodeCount > MAX_NODES) {
            throw new IllegalArgumentException("Argument 'nodeCount' is " + nodeCount + "; the analysis handles 0 to "
                    + MAX_NODES + " nodes.");
        }
        if (sources.length != targets.length) {
            throw new IllegalArgumentException("Arguments 'sources' and 'targets' hold " + sources.length + " and "
                    + targets.length + " ids; they must have one length.");
        }
        int edges = sources.length;
        // fixed chunks of edges, each with its own counts and cursors, so that chunks scatter in parallel
        int chunks = Math.max(1, Math.min(threads, Parallel.blocks(edges, 1 << 16)));
        int chunkSize = (int) (((long) edges + chunks - 1) / chunks);
        int[][] ends = new int[chunks][];
        Parallel.forEach(threads, chunks, c -> {
            int[] count = new int[nodeCount];
            for (int e = c * chunkSize, end = (int) Math.min(edges, (long) (c + 1) * chunkSize); e < end; e++) {
                int s = sources[e];
                int t = targets[e];
                if (s < 0 || s >= nodeCount || t < 0 || t >= nodeCount) {
                    throw new IllegalArgumentException("Edge " + e + " (" + s + " -> " + t + ") names a node outside 0.."
                            + (nodeCount - 1) + ".");
                }
                if (s != t) {
                    count[s]++;
                    count[t]++;
                }
            }
            ends[c] = count;
        });
        int[] degree = ends[0];
        for (int c = 1; c < chunks; c++) {
            for (int v = 0; v < nodeCount; v++) {
                degree[v] += ends[c][v];
            }
        }
        int[] order = new int[nodeCount];
        int[] rank = new int[nodeCount];
        rankByDegree(degree, order, rank);
        // an edge goes into the row of its lower-ranked end, as the other end's rank shifted left, its
        // lowest bit 1 when the edge points towards the row's node. The rows come out sorted from a
        // two-pass radix sort: the edges are first put in columns by their higher-ranked end (as the lower
        // rank, same bit), then the columns are read in increasing order into the rows
        int[][] columnCursors = new int[chunks][];
        Parallel.forEach(threads, chunks, c -> {
            int[] count = new int[nodeCount];
            for (int e = c * chunkSize, end = (int) Math.min(edges, (long) (c + 1) * chunkSize); e < end; e++) {
                if (sources[e] != targets[e]) {
                    count[Math.max(rank[sources[e]], rank[targets[e]])]++;
                }
            }
            columnCursors[c] = count;
        });
        int[] columnStarts = cursorsFromCounts(columnCursors, nodeCount);
        int[] columns = new int[columnStarts[nodeCount]];
        Parallel.forEach(threads, chunks, c -> {
            int[] cursor = columnCursors[c];
            for (int e = c * chunkSize, end = (int) Math.min(edges, (long) (c + 1) * chunkSize); e < end; e++) {
                int rs = rank[sources[e]];
                int rt = rank[targets[e]];
                if (rs < rt) {
                    columns[cursor[rt]++] = rs << 1;
                } else if (rt < rs) {
                    columns[cursor[rs]++] = rt << 1 | 1;
                }
            }
        });
        // contiguous ranges of columns, about the same number of entries each, fill the rows in parallel
        int[] firstColumn = new int[chunks + 1];
        for (int c = 1, q = 0; c <= chunks; c++) {
            long goal = (long) columns.length * c / chunks;
            while (q < nodeCount && columnStarts[q] < goal) {
                q++;
            }
            firstColumn[c] = c == chunks ? nodeCount : q;
        }
        int[][] rowCursors = new int[chunks][];
        Parallel.forEach(threads, chunks, c -> {
            int[] count = new int[nodeCount];
            for (int k = columnStarts[firstColumn[c]]; k < columnStarts[firstColumn[c + 1]]; k++) {
                count[columns[k] >>> 1]++;
            }
            rowCursors[c] = count;
        });
        int[] starts = cursorsFromCounts(rowCursors, nodeCount);
        int next = starts[nodeCount];
        int[] rows = new int[next];
        Parallel.forEach(threads, chunks, c -> {
            int[] cursor = rowCursors[c];
            for (int q = firstColumn[c]; q < firstColumn[c + 1]; q++) {
                for (int k = columnStarts[q]; k < columnStarts[q + 1]; k++) {
                    rows[cursor[columns[k] >>> 1]++] = q << 1 | (columns[k] & 1);
                }
            }
        });
        int[] unique = new int[nodeCount];
        int tasks = Parallel.blocks(nodeCount, ROWS_PER_TASK);
        long[] reciprocal = new long[tasks];
        Parallel.forEach(threads, tasks, task -> {
            for (int r = task * ROWS_PER_TASK, end = Math.min(nodeCount, r + ROWS_PER_TASK); r < end; r++) {
                int write = starts[r];
                int k = starts[r];
                while (k < starts[r + 1]) {
                    int other = rows[k] >>> 1;
                    int first = k;
                    int arriving = 0;
                    for (; k < starts[r + 1] && rows[k] >>> 1 == other; k++) {
                        arriving += rows[k] & 1;
                    }
                    // a pair linked both ways: every edge between the two has its reverse
                    int leaving = k - first - arriving;
                    reciprocal[task] += leaving > 0 && arriving > 0 ? k - first : 0;
                    rows[write++] = other;
                }
                unique[r] = write - starts[r];
            }
        });
        // the deduplicated rows, moved side by side into the columns' array (read by now, and as long), and
        // each rank's count of lower neighbours, summed from per-worker counts: both in parallel
        int[] keptStarts = new int[nodeCount + 1];
        for (int r = 0; r < nodeCount; r++) {
            keptStarts[r + 1] = keptStarts[r] + unique[r];
        }
        int[] higher = columns;
        Queue<int[]> workerCounts = new ConcurrentLinkedQueue<>();
        Parallel.forEach(threads, tasks, () -> {
            int[] count = new int[nodeCount];
            workerCounts.add(count);
            return count;
        }, (count, task) -> {
            for (int r = task * ROWS_PER_TASK, end = Math.min(nodeCount, r + ROWS_PER_TASK); r < end; r++) {
                System.arraycopy(rows, starts[r], higher, keptStarts[r], unique[r]);
                for (int k = keptStarts[r]; k < keptStarts[r + 1]; k++) {
                    count[higher[k]]++;
                }
            }
        });
        int[] lowerCounts = new int[nodeCount];
        for (int[] count : workerCounts) {
            for (int r = 0; r < nodeCount; r++) {
                lowerCounts[r] += count[r];
            }
        }
        return new SimpleGraph(nodeCount, order, rank, keptStarts, higher, lowerCounts, next,
                Arrays.stream(reciprocal).sum());
    }

    /**
     * Turns per-chunk counts per index into per-chunk write cursors (chunk after chunk within each
     * index) and returns where each index's entries start, and their total at the end.
     */
    private static int[] cursorsFromCounts(int[][] cursors, int size) {
        int[] starts = new int[size + 1];
        int next = 0;
        for (int i = 0; i < size; i++) {
            starts[i] = next;
            for (int[] cursor : cursors) {
                int count = cursor[i];
                cursor[i] = next;
                next += count;
            }
        }
        starts[size] = next;
        return starts;
    }

    /** Counting sort by degree, ids increasing within a degree. */
    private static void rankByDegree(int[] degree, int[] order, int[] rank) {
        int maxDegree = 0;
        for (int d : degree) {
            maxDegree = Math.max(maxDegree, d);
        }
        int[] firstOfDegree = new int[maxDegree + 2];
        for (int d : degree) {
            firstOfDegree[d + 1]++;
        }
        for (int d = 0; d <= maxDegree; d++) {
            firstOfDegree[d + 1] += firstOfDegree[d];
        }
        for (int v = 0; v < degree.length; v++) {
            int r = firstOfDegree[degree[v]]++;
            order[r] = v;
            rank[v] = r;
        }
    }

    /**
     * @return number of nodes
     */
    public int nodeCount() {
        return nodeCount;
    }

    /**
     * @return number of undirected edges (linked node pairs)
     */
    public long edgeCount() {
        return starts[nodeCount];
    }

    /**
     * @param v a node id
     * @return its number of distinct neighbours, itself excluded
     */
    public int degree(int v) {
        int r = rank[v];
        return starts[r + 1] - starts[r] + lowerCounts[r];
    }

    /**
     * @param v a node id
     * @return its neighbours' ids, in increasing order; those of lower rank are found by searching the
     *         rows of every lower rank (O(N log d)), so this is for a few nodes, not for all
     */
    public int[] neighbours(int v) {
        int r = rank[v];
        int[] ids = new int[degree(v)];
        int k = 0;
        for (int j = starts[r]; j < starts[r + 1]; j++) {
            ids[k++] = order[higher[j]];
        }
        for (int lower = 0; lower < r && k < ids.length; lower++) {
            if (linkedRanks(lower, r)) {
                ids[k++] = order[lower];
            }
        }
        Arrays.sort(ids);
        return ids;
    }

    /**
     * @param a a node id
     * @param b another node id
     * @return whether a and b are linked
     */
    public boolean linked(int a, int b) {
        return a != b && linkedRanks(Math.min(rank[a], rank[b]), Math.max(rank[a], rank[b]));
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
        for (int r = 0; r < nodeCount; r++) {
            long d = starts[r + 1] - starts[r] + lowerCounts[r];
            wedges += d * (d - 1) / 2;
        }
        return wedges;
    }

    /** Whether rank {@code low}'s row holds rank {@code high} (low below high). */
    boolean linkedRanks(int low, int high) {
        return Arrays.binarySearch(higher, starts[low], starts[low + 1], high) >= 0;
    }

    /** @return the node id of each rank */
    int[] order() {
        return order;
    }

    /** @return where each rank's row starts in {@link #higher()}, and its end at the last index */
    int[] starts() {
        return starts;
    }

    /** @return the rows: for each rank, the higher ranks it is linked to, increasing */
    int[] higher() {
        return higher;
    }

    /** @return per rank, the number of lower ranks it is linked to */
    int[] lowerCounts() {
        return lowerCounts;
    }
}
