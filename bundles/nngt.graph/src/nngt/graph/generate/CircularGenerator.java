package nngt.graph.generate;

import java.util.SplittableRandom;

import nngt.graph.internal.IntPairBuffer;
import nngt.graph.internal.RandomStreams;

/**
 * NNGT {@code circular}: a ring lattice over {@code nodes} (ring order = array order) where each node
 * links to its {@code coordinationNumber / 2} nearest neighbours on each side.
 *
 * <p>Reciprocity 1: both directions, {@code N * k} edges, ordered by offset (−k/2 … −1, 1 … k/2), then
 * by node. Reciprocity r &lt; 1: the one-directional lattice ({@code N * k / 2} edges, offsets 1 … k/2)
 * has each edge reversed with probability ½; then {@code E − N k / 2} of its edges, with
 * {@code E = round(N k / 2 * (1 + r / (2 − r)))}, get their reverse added (chosen uniformly, or the
 * nearest offsets first), so the fraction of reciprocal edges is {@code 2 (E − N k / 2) / E ≈ r}.
 */
public final class CircularGenerator extends EagerEdgeGenerator {

    /** Default lattice reciprocity, as in NNGT. */
    public static final double DEFAULT_RECIPROCITY = 1;
    /** Default choice of reciprocal edges, as in NNGT. */
    public static final ReciprocityChoice DEFAULT_RECIPROCITY_CHOICE = ReciprocityChoice.RANDOM;

    private final int[] nodes;
    private final int coordinationNumber;
    private final double reciprocity;
    private final ReciprocityChoice choice;
    private final long seed;

    /**
     * @param nodes the ring, in order
     * @param coordinationNumber k, even, 0 or more and below the node count
     * @param reciprocity fraction of reciprocal edges in [0, 1]
     * @param choice how reciprocal edges are chosen when reciprocity is below 1
     * @param seed seed of the random stream
     * @throws IllegalArgumentException when k is odd, negative or not below the node count, or
     *         reciprocity lies outside [0, 1]
     */
    public CircularGenerator(int[] nodes, int coordinationNumber, double reciprocity, ReciprocityChoice choice, long seed) {
        this.nodes = checkLattice(nodes, coordinationNumber, reciprocity, choice);
        this.coordinationNumber = coordinationNumber;
        this.reciprocity = reciprocity;
        this.choice = choice;
        this.seed = seed;
    }

    /** Checks the lattice arguments shared with Newman-Watts and Watts-Strogatz; returns a copy of the nodes. */
    static int[] checkLattice(int[] nodes, int coordinationNumber, double reciprocity, ReciprocityChoice choice) {
        int[] copy = Checks.ids("nodes", nodes);
        if (coordinationNumber < 0 || coordinationNumber % 2 != 0 || (coordinationNumber > 0 && coordinationNumber >= copy.length)) {
            throw new IllegalArgumentException("Argument 'coordinationNumber' is " + coordinationNumber
                    + "; it must be even, 0 or more and below the node count (" + copy.length + ").");
        }
        Checks.probability("reciprocity", reciprocity);
        if (choice == null) {
            throw new IllegalArgumentException("Argument 'choice' is null; valid values are RANDOM and CLOSEST.");
        }
        return copy;
    }

    /**
     * @param n node count
     * @param k coordination number
     * @param reciprocity lattice reciprocity
     * @return the number of edges of the lattice
     */
    public static long latticeEdgeCount(int n, int k, double reciprocity) {
        if (reciprocity == 1) {
            return (long) n * k;
        }
        return Math.round(0.5 * n * k * (1 + reciprocity / (2 - reciprocity)));
    }

    @Override
    protected EdgeArrays build(int threads) {
        IntPairBuffer edges = lattice(nodes, coordinationNumber, reciprocity, choice,
                RandomStreams.stream(seed, RandomStreams.SEQUENTIAL, 0));
        int[] s = new int[edges.size()];
        int[] t = new int[edges.size()];
        edges.copyTo(s, t, 0);
        return new EdgeArrays(s, t);
    }

    /** The lattice as a buffer (shared with Newman-Watts and Watts-Strogatz). */
    static IntPairBuffer lattice(int[] nodes, int k, double reciprocity, ReciprocityChoice choice, SplittableRandom random) {
        int n = nodes.length;
        int half = k / 2;
        long total = latticeEdgeCount(n, k, reciprocity);
        IntPairBuffer edges = new IntPairBuffer((int) total);
        if (reciprocity == 1) {
            for (int o = -half; o <= half; o++) {
                if (o == 0) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    edges.add(nodes[i], nodes[Math.floorMod(i + o, n)]);
                }
            }
            return edges;
        }
        int base = n * half;
        for (int o = 1; o <= half; o++) {
            for (int i = 0; i < n; i++) {
                int a = nodes[i];
                int b = nodes[(i + o) % n];
                if (random.nextBoolean()) {
                    edges.add(b, a);
                } else {
                    edges.add(a, b);
                }
            }
        }
        int reciprocal = (int) (total - base);
        long[] chosen = new long[(base + 63) >>> 6];
        if (choice == ReciprocityChoice.CLOSEST) {
            int full = reciprocal / n * n;
            for (int e = 0; e < full; e++) {
                chosen[e >>> 6] |= 1L << e;
            }
            pick(chosen, full, Math.min(base, full + n), reciprocal - full, random);
        } else {
            pick(chosen, 0, base, reciprocal, random);
        }
        for (int e = 0; e < base; e++) {
            if ((chosen[e >>> 6] & (1L << e)) != 0) {
                edges.add(edges.second(e), edges.first(e));
            }
        }
        return edges;
    }

    /** Marks {@code count} distinct random indices of [from, to). */
    private static void pick(long[] marks, int from, int to, int count, SplittableRandom random) {
        for (int made = 0; made < count;) {
            int e = from + random.nextInt(to - from);
            if ((marks[e >>> 6] & (1L << e)) == 0) {
                marks[e >>> 6] |= 1L << e;
                made++;
            }
        }
    }
}
