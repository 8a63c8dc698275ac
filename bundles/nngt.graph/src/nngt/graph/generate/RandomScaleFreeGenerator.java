package nngt.graph.generate;

import java.util.SplittableRandom;

import nngt.graph.internal.IntPairBuffer;
import nngt.graph.internal.LongHashSet;
import nngt.graph.internal.RandomStreams;

/**
 * NNGT {@code random_scale_free} with the documented exponents: in- and out-degree weights are drawn
 * with density {@code p(k) ∝ k^-exponent} for k ≥ 1 (a Pareto law of shape {@code exponent − 1}; NNGT
 * draws shape {@code exponent}, which shifts the exponent by one), scaled so that each sum is the edge
 * count, rounded and corrected by random ±1 steps. Source stubs (each source repeated out-degree
 * times) are zipped with shuffled target stubs; self-loops and duplicates are dropped and redrawn from
 * the stub lists (degree-weighted) until the edge count is reached.
 *
 * <p>Reciprocity r (one population only) works, unlike NNGT's: the base graph gets
 * {@code E − P} edges with {@code P = round(r E / 2)}, then P of its edges that have no reverse get one.
 * The reciprocity is then {@code 2P / E} plus the base graph's accidental mutual pairs.
 */
public final class RandomScaleFreeGenerator extends EagerEdgeGenerator {

    /** Rounds of redrawing over the stub lists before giving up. */
    public static final int MAX_ATTEMPTS_PER_EDGE = 1000;

    private final int[] sources;
    private final int[] targets;
    private final double inExponent;
    private final double outExponent;
    private final long edges;
    private final double reciprocity;
    private final long seed;

    /**
     * @param sources source ids
     * @param targets target ids
     * @param inExponent in-degree exponent, above 1
     * @param outExponent out-degree exponent, above 1
     * @param edges edge count, at most the possible pairs
     * @param reciprocity fraction of reciprocal edges in [0, 1] (one population), or 0 or negative for none
     * @param seed seed of the random stream
     * @throws IllegalArgumentException when an argument is out of range
     */
    public RandomScaleFreeGenerator(int[] sources, int[] targets, double inExponent, double outExponent, long edges,
            double reciprocity, long seed) {
        this.sources = Checks.ids("sources", sources);
        this.targets = Checks.ids("targets", targets);
        if (!(inExponent > 1) || Double.isInfinite(inExponent)) {
            throw new IllegalArgumentException("Argument 'inExponent' is " + inExponent + "; it must be finite and above 1.");
        }
        if (!(outExponent > 1) || Double.isInfinite(outExponent)) {
            throw new IllegalArgumentException("Argument 'outExponent' is " + outExponent + "; it must be finite and above 1.");
        }
        long possible = Checks.possiblePairs(this.sources, this.targets);
        if (edges < 0 || edges > Math.min(possible, MAX_EDGES) || (edges > 0 && (this.sources.length == 0 || this.targets.length == 0))) {
            throw new IllegalArgumentException("Argument 'edges' is " + edges + "; it must lie in [0, " + possible + "].");
        }
        if (reciprocity > 0) {
            Checks.probability("reciprocity", reciprocity);
            Checks.sameSetRequired("reciprocity", this.sources, this.targets);
        }
        this.inExponent = inExponent;
        this.outExponent = outExponent;
        this.edges = edges;
        this.reciprocity = Math.max(0, reciprocity);
        this.seed = seed;
    }

    @Override
    protected EdgeArrays build(int threads) {
        SplittableRandom random = RandomStreams.stream(seed, RandomStreams.SEQUENTIAL, 0);
        long mutual = Math.round(reciprocity * edges / 2);
        int base = (int) (edges - mutual);
        int[] out = degrees(sources.length, outExponent, base, random);
        int[] in = degrees(targets.length, inExponent, base, random);
        int[] sourceStubs = stubs(sources, out, base);
        int[] targetStubs = stubs(targets, in, base);
        for (int i = base - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = targetStubs[i];
            targetStubs[i] = targetStubs[j];
            targetStubs[j] = tmp;
        }
        long span = 1L + Math.max(NewmanWattsGenerator.max(sources), NewmanWattsGenerator.max(targets));
        LongHashSet existing = new LongHashSet(edges);
        IntPairBuffer result = new IntPairBuffer((int) edges);
        for (int k = 0; k < base; k++) {
            int s = sourceStubs[k];
            int t = targetStubs[k];
            if (s != t && existing.add(s * span + t)) {
                result.add(s, t);
            }
        }
        long attempts = (long) MAX_ATTEMPTS_PER_EDGE * Math.max(1, base - result.size());
        while (result.size() < base) {
            if (attempts-- == 0) {
                throw new IllegalArgumentException("Argument 'edges' is " + edges
                        + "; the scale-free degree sequences could not be realised without duplicates. Lower it.");
            }
            int s = sourceStubs[random.nextInt(base)];
            int t = targetStubs[random.nextInt(base)];
            if (s != t && existing.add(s * span + t)) {
                result.add(s, t);
            }
        }
        if (mutual > 0) {
            addReverses(result, base, (int) mutual, existing, span, random);
        }
        int[] s = new int[result.size()];
        int[] t = new int[result.size()];
        result.copyTo(s, t, 0);
        return new EdgeArrays(s, t);
    }

    private static void addReverses(IntPairBuffer result, int base, int mutual, LongHashSet existing, long span,
            SplittableRandom random) {
        int[] lonely = new int[base];
        int count = 0;
        for (int e = 0; e < base; e++) {
            if (!existing.contains(result.second(e) * span + result.first(e))) {
                lonely[count++] = e;
            }
        }
        if (count < mutual) {
            throw new IllegalArgumentException("Argument 'reciprocity' asks for " + mutual
                    + " reciprocal pairs but only " + count + " edges can get a reverse.");
        }
        for (int k = 0; k < mutual; k++) {
            int j = k + random.nextInt(count - k);
            int e = lonely[j];
            lonely[j] = lonely[k];
            lonely[k] = e;
            if (existing.add(result.second(e) * span + result.first(e))) {
                result.add(result.second(e), result.first(e));
            }
        }
    }

    private static int[] degrees(int n, double exponent, int total, SplittableRandom random) {
        double[] raw = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            raw[i] = Math.pow(1 - random.nextDouble(), -1 / (exponent - 1));
            sum += raw[i];
        }
        int[] degrees = new int[n];
        long made = 0;
        for (int i = 0; i < n; i++) {
            degrees[i] = (int) Math.round(raw[i] * total / sum);
            made += degrees[i];
        }
        while (made != total) {
            int i = random.nextInt(n);
            if (made < total) {
                degrees[i]++;
                made++;
            } else if (degrees[i] > 0) {
                degrees[i]--;
                made--;
            }
        }
        return degrees;
    }

    private static int[] stubs(int[] ids, int[] degrees, int total) {
        int[] stubs = new int[total];
        int w = 0;
        for (int i = 0; i < ids.length; i++) {
            for (int d = 0; d < degrees[i]; d++) {
                stubs[w++] = ids[i];
            }
        }
        return stubs;
    }
}
