package nngt.graph.generate;

import java.util.SplittableRandom;

import nngt.graph.internal.IntPairBuffer;
import nngt.graph.internal.LongHashSet;
import nngt.graph.internal.RandomStreams;

/**
 * NNGT {@code newman_watts}: the lattice of {@link CircularGenerator}, kept whole, plus shortcuts
 * between uniformly random node pairs (no self-loop, no duplicate of any edge). The total edge count
 * is {@code edges} when given, else the lattice size plus Binomial(lattice size, p).
 */
public final class NewmanWattsGenerator extends EagerEdgeGenerator {

    private final int[] nodes;
    private final int coordinationNumber;
    private final double shortcutProbability;
    private final Long edges;
    private final double reciprocity;
    private final ReciprocityChoice choice;
    private final long seed;

    /**
     * @param nodes the ring, in order
     * @param coordinationNumber k, even and below the node count
     * @param shortcutProbability p in [0, 1], used when {@code edges} is null
     * @param edges total edge count, at least the lattice size and at most the possible pairs, or null
     * @param reciprocity lattice reciprocity in [0, 1]
     * @param choice how reciprocal lattice edges are chosen
     * @param seed seed of the random stream
     * @throws IllegalArgumentException when an argument is out of range
     */
    public NewmanWattsGenerator(int[] nodes, int coordinationNumber, double shortcutProbability, Long edges,
            double reciprocity, ReciprocityChoice choice, long seed) {
        this.nodes = CircularGenerator.checkLattice(nodes, coordinationNumber, reciprocity, choice);
        this.coordinationNumber = coordinationNumber;
        this.shortcutProbability = Checks.probability("shortcutProbability", shortcutProbability);
        long lattice = CircularGenerator.latticeEdgeCount(nodes.length, coordinationNumber, reciprocity);
        long possible = (long) nodes.length * (nodes.length - 1);
        if (edges != null && (edges < lattice || edges > possible)) {
            throw new IllegalArgumentException("Argument 'edges' is " + edges + "; it must lie in [" + lattice + ", " + possible
                    + "] (the lattice size to the possible pairs).");
        }
        this.edges = edges;
        this.reciprocity = reciprocity;
        this.choice = choice;
        this.seed = seed;
    }

    @Override
    protected EdgeArrays build(int threads) {
        SplittableRandom random = RandomStreams.stream(seed, RandomStreams.SEQUENTIAL, 0);
        IntPairBuffer lattice = CircularGenerator.lattice(nodes, coordinationNumber, reciprocity, choice, random);
        long total = edges != null ? edges : lattice.size() + binomial(lattice.size(), shortcutProbability, random);
        long possible = (long) nodes.length * (nodes.length - 1);
        total = Math.min(total, possible);
        long span = 1L + max(nodes);
        LongHashSet existing = new LongHashSet(total);
        for (int e = 0; e < lattice.size(); e++) {
            existing.add(lattice.first(e) * span + lattice.second(e));
        }
        while (lattice.size() < total) {
            int a = nodes[random.nextInt(nodes.length)];
            int b = nodes[random.nextInt(nodes.length)];
            if (a != b && existing.add(a * span + b)) {
                lattice.add(a, b);
            }
        }
        int[] s = new int[lattice.size()];
        int[] t = new int[lattice.size()];
        lattice.copyTo(s, t, 0);
        return new EdgeArrays(s, t);
    }

    static long binomial(long trials, double p, SplittableRandom random) {
        long hits = 0;
        for (long i = 0; i < trials; i++) {
            if (random.nextDouble() < p) {
                hits++;
            }
        }
        return hits;
    }

    static int max(int[] ids) {
        int max = 0;
        for (int id : ids) {
            max = Math.max(max, id);
        }
        return max;
    }
}
