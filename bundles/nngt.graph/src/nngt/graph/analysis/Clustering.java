package nngt.graph.analysis;

import java.util.Arrays;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;

import nngt.graph.internal.Parallel;
import nngt.graph.internal.RandomStreams;
import nngt.model.api.NetworkFootprint;

/**
 * Clustering of the undirected simple graph under a network, as NNGT reports it: the global clustering
 * coefficient (transitivity, 3 × triangles / connected triples) and the average local clustering.
 *
 * <p>Triangles are counted exactly on {@link SimpleGraph}'s orientation, every edge from its end of
 * lower to its end of higher (degree, id) rank, so that each triangle is found once, from its lowest
 * node, and no node has more than about √(2E) higher neighbours (Schank and Wagner's "forward"
 * algorithm, Latapy's bound). Two ways of intersecting the oriented rows, chosen by their cost:
 * {@link TriangleMethod#BITSETS}, rows as bit sets over the ranks, intersected 64 nodes at a time
 * (dense graphs such as NEST's Brunel network, 19 % of all pairs linked), and
 * {@link TriangleMethod#MARKING}, one row marked in a scratch array and the rows of its members probed
 * against it (sparse graphs, whose bit sets would be mostly zeros). Where even the cheaper one would
 * take too long, {@link Mode#AUTO} samples connected triples uniformly instead (wedge sampling) and
 * reports the estimate with its Hoeffding bound.
 */
public final class Clustering {

    /** How the global clustering is obtained. */
    public enum Mode {
        /** Exact unless the exact count's work exceeds {@link #EXACT_WORK_LIMIT}; then estimated. */
        AUTO,
        /** Always counted exactly. */
        EXACT,
        /** Always estimated by sampling connected triples. */
        ESTIMATED
    }

    /** How the oriented rows are intersected when triangles are counted exactly. */
    public enum TriangleMethod {
        /** Rows as bit sets over the ranks: 64 candidate nodes per word operation. */
        BITSETS,
        /** One row marked in a scratch array, the rows of its members probed against the marks. */
        MARKING
    }

    /**
     * The global clustering coefficient, exact or estimated.
     *
     * @param value the coefficient (the estimate when {@code estimated})
     * @param estimated whether it was estimated by sampling
     * @param errorBound for an estimate, the half-width of its confidence interval; 0 when exact
     * @param confidence for an estimate, the probability that the exact value lies within the bound
     * @param samples for an estimate, the connected triples sampled; 0 when exact
     */
    public record GlobalClustering(double value, boolean estimated, double errorBound, double confidence, long samples) {
    }

    /**
     * Exact work (in word operations, about a nanosecond each on one core) beyond which {@link Mode#AUTO}
     * estimates: about half a minute on two cores.
     */
    public static final double EXACT_WORK_LIMIT = 6e10;
    /** Error bound that an estimate aims at. */
    public static final double ESTIMATE_ERROR = 0.001;
    /** Confidence of an estimate's error bound. */
    public static final double ESTIMATE_CONFIDENCE = 0.99;
    /** Cost of one marking probe (a scattered read) in word operations of the bit sets. */
    private static final double PROBE_COST = 4;
    /** Largest bit-set table, in bytes; beyond it only marking counts exactly. */
    private static final long MAX_BITSET_BYTES = 1L << 30;
    /** Stream purpose of the triples sampled for an estimate. */
    private static final long TRIPLES = 101;
    /** Sampled triples per stream, so that the estimate is the same for any thread count. */
    private static final int SAMPLES_PER_BLOCK = 1 << 16;
    /** Ranks per parallel task: small, since the work of a rank varies widely. */
    private static final int RANKS_PER_TASK = 32;
    /** Ranks whose bit-set rows are intersected together: one bit each in a long mask. */
    private static final int BITSET_BLOCK = Long.SIZE;

    private Clustering() {
    }

    /**
     * @param graph the undirected simple graph
     * @param mode exact, estimated, or chosen by the cost of the exact count
     * @param seed seed of the sampled triples (an estimate is the same for a seed on any thread count)
     * @param threads threads to use, at least 1
     * @return the global clustering coefficient, 0 without connected triples
     */
    public static GlobalClustering global(SimpleGraph graph, Mode mode, long seed, int threads) {
        long wedges = graph.wedges();
        if (wedges == 0) {
            return new GlobalClustering(0, false, 0, 0, 0);
        }
        if (mode != Mode.ESTIMATED) {
            Oriented oriented = new Oriented(graph);
            if (mode == Mode.EXACT || oriented.cheapestWork() <= EXACT_WORK_LIMIT) {
                long triangles = oriented.count(oriented.cheapestMethod(), threads);
                return new GlobalClustering(3.0 * triangles / wedges, false, 0, 0, 0);
            }
        }
        return estimate(graph, wedges, seed, threads);
    }

    /**
     * @param graph the undirected simple graph
     * @param method how the oriented rows are intersected
     * @param threads threads to use, at least 1
     * @return the number of triangles, each counted once
     * @throws IllegalArgumentException when {@link TriangleMethod#BITSETS} would need more than the
     *         table's limit (1 GiB)
     */
    public static long triangles(SimpleGraph graph, TriangleMethod method, int threads) {
        return new Oriented(graph).count(method, threads);
    }

    /**
     * @param graph the undirected simple graph
     * @param threads threads to use, at least 1
     * @return for every node, the triangles it belongs to (the linked pairs among its neighbours)
     */
    public static long[] localTriangles(SimpleGraph graph, int threads) {
        return new Oriented(graph).localTriangles(threads);
    }

    /**
     * Average local clustering; nodes with fewer than two neighbours count as 0, as in NetworkX and
     * JGraphT.
     *
     * @param graph the undirected simple graph
     * @param threads threads to use, at least 1
     * @return the average local clustering coefficient, 0 without nodes
     */
    public static double averageLocal(SimpleGraph graph, int threads) {
        long[] triangles = localTriangles(graph, threads);
        double sum = 0;
        for (int v = 0; v < triangles.length; v++) {
            double pairs = graph.degree(v) * (graph.degree(v) - 1.0) / 2;
            sum += pairs == 0 ? 0 : triangles[v] / pairs;
        }
        return triangles.length == 0 ? 0 : sum / triangles.length;
    }

    /**
     * Wedge sampling: a connected triple drawn uniformly (its centre with probability proportional to
     * its pairs of neighbours, then one of those pairs) is closed with probability equal to the global
     * clustering coefficient, so the closed fraction of k triples is off by more than
     * √(ln(2/δ) / 2k) with probability at most δ (Hoeffding).
     */
    private static GlobalClustering estimate(SimpleGraph graph, long wedges, long seed, int threads) {
        double delta = 1 - ESTIMATE_CONFIDENCE;
        long samples = (long) Math.ceil(Math.log(2 / delta) / (2 * ESTIMATE_ERROR * ESTIMATE_ERROR));
        int n = graph.nodeCount();
        int[] starts = graph.starts();
        int[] higher = graph.higher();
        // the rows hold each rank's higher neighbours; its lower ones are gathered here, by rank
        int[] lowerStarts = new int[n + 1];
        int[] lowerCounts = graph.lowerCounts();
        for (int r = 0; r < n; r++) {
            lowerStarts[r + 1] = lowerStarts[r] + lowerCounts[r];
        }
        int[] lower = new int[lowerStarts[n]];
        int[] fill = Arrays.copyOf(lowerStarts, n);
        for (int r = 0; r < n; r++) {
            for (int k = starts[r]; k < starts[r + 1]; k++) {
                lower[fill[higher[k]]++] = r;
            }
        }
        long[] cumulative = new long[n + 1];
        for (int r = 0; r < n; r++) {
            long d = starts[r + 1] - starts[r] + lowerCounts[r];
            cumulative[r + 1] = cumulative[r] + d * (d - 1) / 2;
        }
        int blocks = Parallel.blocks(samples, SAMPLES_PER_BLOCK);
        long[] closed = new long[blocks];
        Parallel.forEach(threads, blocks, block -> {
            SplittableRandom random = RandomStreams.stream(seed, TRIPLES, block);
            long count = 0;
            for (long k = (long) block * SAMPLES_PER_BLOCK, end = Math.min(samples, k + SAMPLES_PER_BLOCK); k < end; k++) {
                long x = random.nextLong(wedges);
                int found = Arrays.binarySearch(cumulative, x);
                // the centre is the rank whose range of triples [cumulative[r], cumulative[r + 1]) holds x
                int r = found >= 0 ? found : -found - 2;
                while (cumulative[r + 1] <= x) {
                    r++;
                }
                int above = starts[r + 1] - starts[r];
                int d = above + lowerCounts[r];
                int i = RandomStreams.below(random, d);
                int j = RandomStreams.below(random, d - 1);
                j += j >= i ? 1 : 0;
                int a = i < above ? higher[starts[r] + i] : lower[lowerStarts[r] + i - above];
                int b = j < above ? higher[starts[r] + j] : lower[lowerStarts[r] + j - above];
                if (graph.linkedRanks(Math.min(a, b), Math.max(a, b))) {
                    count++;
                }
            }
            closed[block] = count;
        });
        double bound = Math.sqrt(Math.log(2 / delta) / (2.0 * samples));
        return new GlobalClustering(Arrays.stream(closed).sum() / (double) samples, true, bound, ESTIMATE_CONFIDENCE, samples);
    }

    /** The oriented rows of a simple graph, with the cost of each way of intersecting them. */
    private static final class Oriented {
        private final int nodeCount;
        private final int[] order;
        private final int[] starts;
        private final int[] higher;
        private final int words;
        private final long bitsetWords;
        private final double bitsetWork;
        private final double markingWork;

        Oriented(SimpleGraph graph) {
            nodeCount = graph.nodeCount();
            order = graph.order();
            starts = graph.starts();
            higher = graph.higher();
            words = (nodeCount + 63) >>> 6;
            long table = 0;
            double bitsets = 0;
            double marking = 0;
            for (int r = 0; r < nodeCount; r++) {
                table += words - (r >>> 6);
                for (int k = starts[r]; k < starts[r + 1]; k++) {
                    int q = higher[k];
                    bitsets += words - (q >>> 6);
                    marking += starts[q + 1] - starts[q];
                }
                marking += starts[r + 1] - starts[r];
            }
            bitsetWords = table;
            bitsetWork = bitsetsFit() ? bitsets : Double.POSITIVE_INFINITY;
            markingWork = marking * PROBE_COST;
        }

        private boolean bitsetsFit() {
            return bitsetWords <= NetworkFootprint.MAX_ARRAY_LENGTH && bitsetWords * Long.BYTES <= MAX_BITSET_BYTES;
        }

        double cheapestWork() {
            return Math.min(bitsetWork, markingWork);
        }

        TriangleMethod cheapestMethod() {
            return bitsetWork <= markingWork ? TriangleMethod.BITSETS : TriangleMethod.MARKING;
        }

        long count(TriangleMethod method, int threads) {
            if (method == TriangleMethod.MARKING) {
                long[] counts = new long[Parallel.blocks(nodeCount, RANKS_PER_TASK)];
                Parallel.forEach(threads, counts.length, () -> new int[nodeCount],
                        (marks, task) -> counts[task] = countMarking(marks, task, null));
                return Arrays.stream(counts).sum();
            }
            if (!bitsetsFit()) {
                throw new IllegalArgumentException("Counting triangles with bit sets needs " + bitsetWords * Long.BYTES
                        + " bytes for " + nodeCount + " nodes; at most " + MAX_BITSET_BYTES + " are allowed: count by marking.");
            }
            long[] bits = bitsets(threads);
            int[] rowStart = rowStarts();
            long[] counts = new long[Parallel.blocks(nodeCount, BITSET_BLOCK)];
            Parallel.forEach(threads, counts.length, () -> new long[nodeCount],
                    (linkedFrom, block) -> counts[block] = countBitsets(bits, rowStart, block, linkedFrom));
            return Arrays.stream(counts).sum();
        }

        long[] localTriangles(int threads) {
            Queue<long[]> perWorker = new ConcurrentLinkedQueue<>();
            int tasks = Parallel.blocks(nodeCount, RANKS_PER_TASK);
            Parallel.forEach(threads, tasks, () -> {
                Scratch scratch = new Scratch(new int[nodeCount], new long[nodeCount]);
                perWorker.add(scratch.byRank());
                return scratch;
            }, (scratch, task) -> countMarking(scratch.marks(), task, scratch.byRank()));
            long[] byNode = new long[nodeCount];
            for (long[] byRank : perWorker) {
                for (int r = 0; r < nodeCount; r++) {
                    byNode[order[r]] += byRank[r];
                }
            }
            return byNode;
        }

        /** A worker's marks and, when local counts are wanted, its triangles per rank. */
        private record Scratch(int[] marks, long[] byRank) {
        }

        private int[] rowStarts() {
            int[] rowStart = new int[nodeCount + 1];
            for (int r = 0; r < nodeCount; r++) {
                rowStart[r + 1] = rowStart[r] + words - (r >>> 6);
            }
            return rowStart;
        }

        /** Row r holds the words from r / 64 on: no higher rank lies before them. */
        private long[] bitsets(int threads) {
            int[] rowStart = rowStarts();
            long[] bits = new long[(int) bitsetWords];
            int tasks = Parallel.blocks(nodeCount, RANKS_PER_TASK);
            Parallel.forEach(threads, tasks, task -> {
                for (int r = task * RANKS_PER_TASK, end = Math.min(nodeCount, r + RANKS_PER_TASK); r < end; r++) {
                    int offset = rowStart[r] - (r >>> 6);
                    for (int k = starts[r]; k < starts[r + 1]; k++) {
                        bits[offset + (higher[k] >>> 6)] |= 1L << higher[k];
                    }
                }
            });
            return bits;
        }

        /**
         * Counts the triangles whose lowest rank lies in one block of 64 ranks. Every higher neighbour q
         * of the block is visited once, with the mask of the block's ranks that link to it, so that q's
         * row is read from memory once per block and intersected with the block's rows, which stay in
         * the cache.
         */
        private long countBitsets(long[] bits, int[] rowStart, int block, long[] linkedFrom) {
            int first = block * BITSET_BLOCK;
            int end = Math.min(nodeCount, first + BITSET_BLOCK);
            int lowest = nodeCount;
            for (int r = first; r < end; r++) {
                for (int k = starts[r]; k < starts[r + 1]; k++) {
                    linkedFrom[higher[k]] |= 1L << (r - first);
                    lowest = Math.min(lowest, higher[k]);
                }
            }
            long count = 0;
            for (int q = lowest; q < nodeCount; q++) {
                long mask = linkedFrom[q];
                if (mask == 0) {
                    continue;
                }
                linkedFrom[q] = 0;
                int qStart = rowStart[q];
                int qEnd = rowStart[q + 1];
                int qWord = q >>> 6;
                for (; mask != 0; mask &= mask - 1) {
                    int r = first + Long.numberOfTrailingZeros(mask);
                    // the common neighbours above q: both rows from q's first word on
                    int a = rowStart[r] - (r >>> 6) + qWord;
                    for (int b = qStart; b < qEnd; a++, b++) {
                        count += Long.bitCount(bits[a] & bits[b]);
                    }
                }
            }
            return count;
        }

        /**
         * Marks row r with r + 1 (marks are never cleared: each rank has its own value), then probes the
         * rows of its members; counts into {@code byRank} too when it is given.
         */
        private long countMarking(int[] marks, int task, long[] byRank) {
            long count = 0;
            for (int r = task * RANKS_PER_TASK, end = Math.min(nodeCount, r + RANKS_PER_TASK); r < end; r++) {
                int mark = r + 1;
                for (int k = starts[r]; k < starts[r + 1]; k++) {
                    marks[higher[k]] = mark;
                }
                for (int k = starts[r]; k < starts[r + 1]; k++) {
                    int q = higher[k];
                    for (int j = starts[q]; j < starts[q + 1]; j++) {
                        int s = higher[j];
                        if (marks[s] == mark) {
                            count++;
                            if (byRank != null) {
                                byRank[r]++;
                                byRank[q]++;
                                byRank[s]++;
                            }
                        }
                    }
                }
            }
            return count;
        }
    }
}
