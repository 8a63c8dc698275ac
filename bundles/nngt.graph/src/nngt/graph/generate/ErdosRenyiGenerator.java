package nngt.graph.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

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
    /** The sparse path's buckets of sources hold about this many pairs. */
    private static final int BUCKET_PAIRS = 1 << 15;
    /** The sparse path counts pairs per bucket for at most this many fixed runs of chunks. */
    private static final int MAX_TASKS = 256;
    /** Bits per pass of the sparse path's radix sort: 2^11 counters fit in the L1 cache. */
    private static final int RADIX_BITS = 11;

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
     * to count how many fall in each bucket of consecutive sources, then to write each pair into its
     * bucket's region of the edge arrays, at a place fixed by the counts (a radix pass: every bucket is
     * written sequentially, so the scatter stays in cache). Each bucket is then sorted by source and
     * target and its repeats are dropped, so neither thread timing nor the order of the pairs in a bucket
     * matters; the few duplicates are replaced by fresh pairs appended at the end. Peak memory: the edge
     * arrays plus two bucket-sized key arrays per thread (none when a source alone fills a bucket).
     */
    private void generateSparse(int[] out, int[] in, int offset, int threads) {
        int count = (int) edges;
        int ns = sources.length;
        int chunks = Parallel.blocks(count, CHUNK);
        int chunksPerTask = Parallel.blocks(chunks, MAX_TASKS);
        int tasks = Parallel.blocks(chunks, chunksPerTask);
        int shift = bucketShift(ns, count);
        int buckets = ((ns - 1) >>> shift) + 1;
        // slots[task * buckets + b]: first the pairs that task draws into bucket b, then where it writes them
        int[] slots = new int[tasks * buckets];
        Parallel.forEach(threads, tasks, task -> {
            int row = task * buckets;
            drawPairs(task, chunksPerTask, count, (i, j) -> slots[row + (i >>> shift)]++);
        });
        int[] bucketStarts = new int[buckets + 1];
        int position = offset;
        for (int b = 0; b < buckets; b++) {
            bucketStarts[b] = position;
            for (int task = 0; task < tasks; task++) {
                int pairs = slots[task * buckets + b];
                slots[task * buckets + b] = position;
                position += pairs;
            }
        }
        bucketStarts[buckets] = position;
        Parallel.forEach(threads, tasks, task -> {
            int row = task * buckets;
            drawPairs(task, chunksPerTask, count, (i, j) -> {
                int slot = slots[row + (i >>> shift)]++;
                out[slot] = i;
                in[slot] = j;
            });
        });
        // per bucket: targets grouped by source, each source's sorted and deduplicated at the bucket's start
        int[] kept = new int[ns];
        int largest = 0;
        for (int b = 0; b < buckets; b++) {
            largest = Math.max(largest, bucketStarts[b + 1] - bucketStarts[b]);
        }
        int bucketLength = largest;
        int targetBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(targets.length - 1));
        // one source per bucket (sources with more than a bucket's pairs each): sorted in place, no scratch,
        // so that a few sources of huge degree do not need key arrays of their size
        Parallel.forEach(threads, buckets, () -> shift == 0 ? null : new BucketScratch(bucketLength), (scratch, b) -> {
            if (scratch == null) {
                sortSource(in, bucketStarts[b], bucketStarts[b + 1], b, kept);
            } else {
                sortBucket(out, in, bucketStarts[b], bucketStarts[b + 1], b << shift, kept, targetBits,
                        targetBits + shift, scratch);
            }
        });
        int w = offset;
        int[] segmentStarts = new int[ns + 1];
        for (int b = 0; b < buckets; b++) {
            int first = b << shift;
            int last = Math.min(ns, (b + 1) << shift);
            int bucketKept = 0;
            for (int i = first; i < last; i++) {
                segmentStarts[i] = w + bucketKept - offset;
                Arrays.fill(out, w + bucketKept, w + bucketKept + kept[i], i);
                bucketKept += kept[i];
            }
            System.arraycopy(in, bucketStarts[b], in, w, bucketKept);
            w += bucketKept;
        }
        segmentStarts[ns] = w - offset;
        // replacements for the duplicates, checked against the sorted segments and each other
        LongHashSet extra = new LongHashSet(Math.max(16, count - (w - offset)));
        int nt = targets.length;
        SplittableRandom random = RandomStreams.stream(seed, RandomStreams.SEQUENTIAL, 1);
        for (long attempts = 0; w < offset + count; attempts++) {
            if (attempts > 1000L * count) {
                throw new IllegalArgumentException("Argument 'edges' is " + edges + "; duplicates could not be replaced.");
            }
            int i = RandomStreams.below(random, ns);
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

    /**
     * The power of two of sources per bucket: as many as keep a bucket's expected pairs within
     * {@link #BUCKET_PAIRS}, so that sorting a bucket works in cache.
     */
    private static int bucketShift(int sourceCount, int pairCount) {
        long pairsPerSource = Math.max(1, pairCount / sourceCount);
        int shift = 0;
        while (shift < 16 && (1 << shift) < sourceCount && (2L << shift) * pairsPerSource <= BUCKET_PAIRS) {
            shift++;
        }
        return shift;
    }

    /** Sorts source {@code source}'s targets in {@code in[from, to)} in place, dropping repeats unless multigraph. */
    private void sortSource(int[] in, int from, int to, int source, int[] kept) {
        Arrays.sort(in, from, to);
        int w = from;
        for (int k = from; k < to; k++) {
            if (multigraph || k == from || in[k] != in[k - 1]) {
                in[w++] = in[k];
            }
        }
        kept[source] = w - from;
    }

    /** What one worker reuses from bucket to bucket: the bucket's pairs as keys, and room to sort them. */
    private record BucketScratch(long[] keys, long[] buffer, int[] digitStarts) {
        BucketScratch(int length) {
            this(new long[length], new long[length], new int[(1 << RADIX_BITS) + 1]);
        }
    }

    /**
     * Sorts the pairs in {@code [from, to)} (source indices in {@code out}, target indices in {@code in})
     * by source, then target, dropping repeats unless multigraph. The distinct targets of sources
     * {@code first..} are left in order at the start of the range, and their number in {@code kept}.
     * The pairs are packed into keys (source offset in the bucket above the target index) and sorted by
     * a least-significant-digit radix sort: a few passes over data in cache, where a comparison sort of
     * each source's targets mispredicts a branch on about every other comparison.
     */
    private void sortBucket(int[] out, int[] in, int from, int to, int first, int[] kept, int targetBits,
            int keyBits, BucketScratch scratch) {
        int length = to - from;
        long[] keys = scratch.keys();
        long[] buffer = scratch.buffer();
        int[] digitStarts = scratch.digitStarts();
        for (int k = 0; k < length; k++) {
            keys[k] = ((long) (out[from + k] - first) << targetBits) | in[from + k];
        }
        int passes = Math.max(1, (keyBits + RADIX_BITS - 1) / RADIX_BITS);
        int digitBits = (keyBits + passes - 1) / passes;
        int mask = (1 << digitBits) - 1;
        for (int pass = 0; pass < passes; pass++) {
            int shift = pass * digitBits;
            Arrays.fill(digitStarts, 0, mask + 2, 0);
            for (int k = 0; k < length; k++) {
                digitStarts[(int) (keys[k] >>> shift) & mask]++;
            }
            for (int d = 0, sum = 0; d <= mask; d++) {
                int size = digitStarts[d];
                digitStarts[d] = sum;
                sum += size;
            }
            for (int k = 0; k < length; k++) {
                long key = keys[k];
                buffer[digitStarts[(int) (key >>> shift) & mask]++] = key;
            }
            long[] sorted = buffer;
            buffer = keys;
            keys = sorted;
        }
        long targetMask = (1L << targetBits) - 1;
        int w = from;
        for (int k = 0; k < length; k++) {
            long key = keys[k];
            if (multigraph || k == 0 || key != keys[k - 1]) {
                in[w++] = (int) (key & targetMask);
                kept[first + (int) (key >>> targetBits)]++;
            }
        }
    }

    /**
     * Draws the pairs of source and target indices (no self-pair) of the chunks of task {@code task}
     * into {@code sink}, chunk by chunk, each chunk from its own stream.
     */
    private void drawPairs(int task, int chunksPerTask, int count, PairSink sink) {
        int chunkEnd = Math.min(Parallel.blocks(count, CHUNK), (task + 1) * chunksPerTask);
        for (int chunk = task * chunksPerTask; chunk < chunkEnd; chunk++) {
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
