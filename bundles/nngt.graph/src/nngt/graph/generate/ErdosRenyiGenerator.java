package nngt.graph.generate;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;

import nngt.graph.internal.LongHashSet;
import nngt.graph.internal.Parallel;
import nngt.graph.internal.RandomStreams;

/**
 * NNGT {@code erdos_renyi}: G(n, M), a uniformly random set of exactly {@code edges} edges from
 * {@code sources} to {@code targets}, without self-loops, and without duplicates unless multigraph.
 *
 * <p>Candidate pairs are drawn in fixed-size chunks, each from its own stream, so the result does
 * not depend on the thread count; duplicates are dropped and replaced by fresh pairs (topping up a
 * uniform set keeps it uniform). Sparse graphs (at most 1/8 of the possible pairs) count and write
 * the pairs straight into the edge arrays, sorted by source and target index, with the replacements
 * at the end; denser ones sort a buffer of pair keys in rounds.
 *
 * <p>Reciprocity (one population only) fixes NNGT's broken option: with reciprocity r, exactly
 * {@code P = round(r * edges / 2)} unordered pairs carry both directions and {@code edges - 2P} pairs
 * carry one random direction, so the fraction of edges whose reverse exists is exactly {@code 2P/edges}.
 */
public final class ErdosRenyiGenerator extends EdgeGenerator {

    /** Default reciprocity: none requested (as NNGT's -1). */
    public static final double DEFAULT_RECIPROCITY = -1;
    /** Rounds of redrawing before giving up on a nearly complete graph. */
    public static final int MAX_ROUNDS = 1000;

    private static final int CHUNK = 1 << 16;
    /** Graphs with at most this fraction of the possible pairs take the buffer-free path. */
    private static final int SPARSE_FRACTION = 8;

    private final int[] sources;
    private final int[] targets;
    private final long edges;
    private final double reciprocity;
    private final boolean multigraph;
    private final long seed;

    /**
     * @param sources source ids
     * @param targets target ids
     * @param edges exact number of edges, at most the number of possible pairs unless multigraph
     * @param reciprocity fraction of reciprocal edges in [0, 1], or negative for none requested
     * @param multigraph whether a pair may be drawn several times
     * @param seed seed of the random streams
     * @throws IllegalArgumentException when the edge count is negative or too high, or reciprocity is
     *         asked for two different populations or a multigraph
     */
    public ErdosRenyiGenerator(int[] sources, int[] targets, long edges, double reciprocity, boolean multigraph,
            long seed) {
        this.sources = Checks.ids("sources", sources);
        this.targets = Checks.ids("targets", targets);
        long possible = Checks.possiblePairs(this.sources, this.targets);
        if (edges < 0 || edges > MAX_EDGES || (!multigraph && edges > possible) || (multigraph && possible == 0 && edges > 0)) {
            throw new IllegalArgumentException("Argument 'edges' is " + edges + "; it must lie in [0, "
                    + (multigraph ? MAX_EDGES : Math.min(possible, MAX_EDGES)) + "] for these populations.");
        }
        if (reciprocity > 0) {
            Checks.probability("reciprocity", reciprocity);
            Checks.sameSetRequired("reciprocity", this.sources, this.targets);
            if (multigraph) {
                throw new IllegalArgumentException("Argument 'reciprocity' is " + reciprocity
                        + " but multigraph is set; reciprocity is defined for simple graphs only.");
            }
            long mutual = Math.round(reciprocity * edges / 2);
            long n = this.sources.length;
            if (edges - mutual > n * (n - 1) / 2) {
                throw new IllegalArgumentException("Argument 'edges' is " + edges + "; with reciprocity " + reciprocity
                        + " it needs " + (edges - mutual) + " node pairs, but " + n + " nodes have only " + n * (n - 1) / 2 + ".");
            }
        } else if (Double.isNaN(reciprocity)) {
            throw new IllegalArgumentException("Argument 'reciprocity' is NaN; give a value in [0, 1] or -1.");
        }
        this.edges = edges;
        this.reciprocity = reciprocity;
        this.multigraph = multigraph;
        this.seed = seed;
    }

    @Override
    public long edgeCount(int threads) {
        return edges;
    }

    @Override
    public void generateInto(int[] out, int[] in, int offset, int threads) {
        checkDestination(out, in, offset, edges);
        if (reciprocity > 0) {
            generateReciprocal(out, in, offset, threads);
            return;
        }
        int nt = targets.length;
        if (edges <= Checks.possiblePairs(sources, targets) / SPARSE_FRACTION) {
            generateSparse(out, in, offset, threads);
            return;
        }
        long[] keys = drawKeys((int) edges, threads, (random) -> {
            while (true) {
                int i = RandomStreams.below(random, sources.length);
                int j = RandomStreams.below(random, nt);
                if (sources[i] != targets[j]) {
                    return (long) i * nt + j;
                }
            }
        });
        fill(out, in, offset, threads, keys, key -> sources[(int) (key / nt)], key -> targets[(int) (key % nt)]);
    }

    /**
     * Sparse graphs, without a key buffer: the pairs are drawn twice from the same chunk streams, first
     * to count the edges of each source, then to write each target into its source's segment of
     * {@code in}; segments are sorted (so thread timing does not matter) and deduplicated, and the few
     * duplicates are replaced by fresh pairs appended at the end. Peak memory: the edge arrays.
     */
    private void generateSparse(int[] out, int[] in, int offset, int threads) {
        int count = (int) edges;
        int nt = targets.length;
        AtomicIntegerArray cursors = new AtomicIntegerArray(sources.length + 1);
        int chunks = Parallel.blocks(count, CHUNK);
        Parallel.forEach(threads, chunks, chunk -> drawPairs(chunk, count, (i, j) -> cursors.incrementAndGet(i + 1)));
        int[] starts = new int[sources.length + 1];
        for (int i = 0; i < sources.length; i++) {
            starts[i + 1] = starts[i] + cursors.get(i + 1);
            cursors.set(i + 1, 0);
        }
        Parallel.forEach(threads, chunks,
                chunk -> drawPairs(chunk, count, (i, j) -> in[offset + starts[i] + cursors.getAndIncrement(i + 1)] = j));
        // sort and deduplicate each source's targets; kept[i] = distinct targets of source i
        int[] kept = new int[sources.length];
        Parallel.forEach(threads, Parallel.blocks(sources.length, 1024), block -> {
            int end = Math.min(sources.length, (block + 1) * 1024);
            for (int i = block * 1024; i < end; i++) {
                int from = offset + starts[i];
                int to = offset + starts[i + 1];
                Arrays.sort(in, from, to);
                int unique = 0;
                for (int k = from; k < to; k++) {
                    if (multigraph || k == from || in[k] != in[k - 1]) {
                        in[from + unique++] = in[k];
                    }
                }
                kept[i] = unique;
            }
        });
        int w = offset;
        int[] segmentStarts = new int[sources.length + 1];
        for (int i = 0; i < sources.length; i++) {
            segmentStarts[i] = w - offset;
            System.arraycopy(in, offset + starts[i], in, w, kept[i]);
            Arrays.fill(out, w, w + kept[i], i);
            w += kept[i];
        }
        segmentStarts[sources.length] = w - offset;
        // replacements for the duplicates, checked against the sorted segments and each other
        LongHashSet extra = new LongHashSet(Math.max(16, count - (w - offset)));
        SplittableRandom random = RandomStreams.stream(seed, RandomStreams.SEQUENTIAL, 1);
        for (long attempts = 0; w < offset + count; attempts++) {
            if (attempts > 1000L * count) {
                throw new IllegalArgumentException("Argument 'edges' is " + edges + "; duplicates could not be replaced.");
            }
            int i = RandomStreams.below(random, sources.length);
            int j = RandomStreams.below(random, nt);
            if (sources[i] == targets[j]
                    || Arrays.binarySearch(in, offset + segmentStarts[i], offset + segmentStarts[i] + kept[i], j) >= 0
                    || !extra.add((long) i * nt + j)) {
                continue;
            }
            out[w] = i;
            in[w++] = j;
        }
        Parallel.forEach(threads, Parallel.blocks(count, CHUNK), chunk -> {
            int end = Math.min(count, (chunk + 1) * CHUNK);
            for (int k = chunk * CHUNK; k < end; k++) {
                out[offset + k] = sources[out[offset + k]];
                in[offset + k] = targets[in[offset + k]];
            }
        });
    }

    /** Draws chunk {@code chunk}'s pairs of source and target indices (no self-pair) into {@code sink}. */
    private void drawPairs(int chunk, int count, PairSink sink) {
        SplittableRandom random = RandomStreams.stream(seed, RandomStreams.PARTNERS, chunk);
        int end = Math.min(count, (chunk + 1) * CHUNK);
        for (int k = chunk * CHUNK; k < end; k++) {
            while (true) {
                int i = RandomStreams.below(random, sources.length);
                int j = RandomStreams.below(random, targets.length);
                if (sources[i] != targets[j]) {
                    sink.accept(i, j);
                    break;
                }
            }
        }
    }

    @FunctionalInterface
    private interface PairSink {
        void accept(int sourceIndex, int targetIndex);
    }

    private void generateReciprocal(int[] out, int[] in, int offset, int threads) {
        int n = sources.length;
        long mutual = Math.round(reciprocity * edges / 2);
        int pairs = (int) (edges - mutual);
        long[] keys = drawKeys(pairs, threads, random -> {
            while (true) {
                int i = RandomStreams.below(random, n);
                int j = RandomStreams.below(random, n);
                if (i != j) {
                    return (long) Math.min(i, j) * n + Math.max(i, j);
                }
            }
        });
        long[] isMutual = new long[(pairs + 63) >>> 6];
        SplittableRandom random = RandomStreams.stream(seed, RandomStreams.SEQUENTIAL, 0);
        for (long chosen = 0; chosen < mutual;) {
            int k = random.nextInt(pairs);
            if ((isMutual[k >>> 6] & (1L << k)) == 0) {
                isMutual[k >>> 6] |= 1L << k;
                chosen++;
            }
        }
        int w = offset;
        for (int k = 0; k < pairs; k++) {
            int a = sources[(int) (keys[k] / n)];
            int b = sources[(int) (keys[k] % n)];
            if ((isMutual[k >>> 6] & (1L << k)) != 0) {
                out[w] = a;
                in[w++] = b;
                out[w] = b;
                in[w++] = a;
            } else if ((RandomStreams.key(seed, RandomStreams.NOISE, keys[k]) & 1) == 0) {
                out[w] = a;
                in[w++] = b;
            } else {
                out[w] = b;
                in[w++] = a;
            }
        }
    }

    /** Draws {@code count} keys, distinct unless multigraph, from chunk streams. */
    private long[] drawKeys(int count, int threads, KeyDraw draw) {
        long[] keys = new long[count];
        int filled = 0;
        for (int round = 0; filled < count; round++) {
            if (round == MAX_ROUNDS) {
                throw new IllegalArgumentException("Argument 'edges' is " + edges + ", so close to the number of possible pairs that "
                        + MAX_ROUNDS + " rounds of drawing did not reach it; lower it or use all_to_all.");
            }
            int from = filled;
            int missing = count - filled;
            long roundSeed = RandomStreams.key(seed, RandomStreams.ROUNDS, round);
            Parallel.forEach(threads, Parallel.blocks(missing, CHUNK), chunk -> {
                SplittableRandom random = RandomStreams.stream(roundSeed, RandomStreams.ROUNDS, chunk);
                int end = Math.min(count, from + (chunk + 1) * CHUNK);
                for (int k = from + chunk * CHUNK; k < end; k++) {
                    keys[k] = draw.next(random);
                }
            });
            if (multigraph) {
                return keys;
            }
            if (threads > 1) {
                Arrays.parallelSort(keys);
            } else {
                Arrays.sort(keys);
            }
            filled = 0;
            for (int k = 0; k < count; k++) {
                if (k == 0 || keys[k] != keys[k - 1]) {
                    keys[filled++] = keys[k];
                }
            }
        }
        return keys;
    }

    private void fill(int[] out, int[] in, int offset, int threads, long[] keys, java.util.function.LongToIntFunction source,
            java.util.function.LongToIntFunction target) {
        Parallel.forEach(threads, Parallel.blocks(keys.length, CHUNK), chunk -> {
            int end = Math.min(keys.length, (chunk + 1) * CHUNK);
            for (int k = chunk * CHUNK; k < end; k++) {
                out[offset + k] = source.applyAsInt(keys[k]);
                in[offset + k] = target.applyAsInt(keys[k]);
            }
        });
    }

    @FunctionalInterface
    private interface KeyDraw {
        long next(SplittableRandom random);
    }
}
