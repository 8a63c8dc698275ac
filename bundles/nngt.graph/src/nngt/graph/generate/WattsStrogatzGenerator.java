package nngt.graph.generate;

import java.util.SplittableRandom;

import nngt.graph.internal.IntPairBuffer;
import nngt.graph.internal.LongHashSet;
import nngt.graph.internal.RandomStreams;

/**
 * NNGT {@code watts_strogatz}: the lattice of {@link CircularGenerator}, then Binomial(E, p) distinct
 * random edges are rewired (E = the lattice size, fixing NNGT's count for reciprocity between 0 and
 * 1). A rewired edge keeps its source and gets a new uniform target ({@link ShuffleMode#TARGETS}), or the
 * reverse ({@link ShuffleMode#SOURCES}), or a coin flip decides ({@link ShuffleMode#RANDOM}); a new end
 * that would make a self-loop or a duplicate is redrawn, up to {@code 50 * N} times, after which the
 * edge stays. The edge count is unchanged.
 */
public final class WattsStrogatzGenerator extends EagerEdgeGenerator {

    /** Default shuffle mode, as in NNGT. */
    public static final ShuffleMode DEFAULT_SHUFFLE = ShuffleMode.RANDOM;

    private final int[] nodes;
    private final int coordinationNumber;
    private final double shortcutProbability;
    private final double reciprocity;
    private final ReciprocityChoice choice;
    private final ShuffleMode shuffle;
    private final long seed;

    /**
     * @param nodes the ring, in order
     * @param coordinationNumber k, even and below the node count
     * @param shortcutProbability rewiring probability p in [0, 1]
     * @param reciprocity lattice reciprocity in [0, 1]
     * @param choice how reciprocal lattice edges are chosen
     * @param shuffle which end is redrawn
     * @param seed seed of the random stream
     * @throws IllegalArgumentException when an argument is out of range or null
     */
    public WattsStrogatzGenerator(int[] nodes, int coordinationNumber, double shortcutProbability, double reciprocity,
            ReciprocityChoice choice, ShuffleMode shuffle, long seed) {
        this.nodes = CircularGenerator.checkLattice(nodes, coordinationNumber, reciprocity, choice);
        this.coordinationNumber = coordinationNumber;
        this.shortcutProbability = Checks.probability("shortcutProbability", shortcutProbability);
        if (shuffle == null) {
            throw new IllegalArgumentException("Argument 'shuffle' is null; valid values are TARGETS, SOURCES and RANDOM.");
        }
        this.reciprocity = reciprocity;
        this.choice = choice;
        this.shuffle = shuffle;
        this.seed = seed;
    }

    @Override
    protected EdgeArrays build(int threads) {
        SplittableRandom random = RandomStreams.stream(seed, RandomStreams.SEQUENTIAL, 0);
        IntPairBuffer edges = CircularGenerator.lattice(nodes, coordinationNumber, reciprocity, choice, random);
        int count = edges.size();
        long span = 1L + NewmanWattsGenerator.max(nodes);
        LongHashSet existing = new LongHashSet(count);
        for (int e = 0; e < count; e++) {
            existing.add(edges.first(e) * span + edges.second(e));
        }
        int rewired = (int) NewmanWattsGenerator.binomial(count, shortcutProbability, random);
        long[] chosen = new long[(count + 63) >>> 6];
        for (int made = 0; made < rewired;) {
            int e = random.nextInt(count);
            if ((chosen[e >>> 6] & (1L << e)) == 0) {
                chosen[e >>> 6] |= 1L << e;
                made++;
            }
        }
        long attempts = 50L * nodes.length;
        for (int e = 0; e < count; e++) {
            if ((chosen[e >>> 6] & (1L << e)) == 0) {
                continue;
            }
            int s = edges.first(e);
            int t = edges.second(e);
            boolean newTarget = shuffle == ShuffleMode.TARGETS || (shuffle == ShuffleMode.RANDOM && random.nextBoolean());
            for (long a = 0; a < attempts; a++) {
                int other = nodes[random.nextInt(nodes.length)];
                int ns = newTarget ? s : other;
                int nt = newTarget ? other : t;
                if (ns != nt && existing.add(ns * span + nt)) {
                    existing.remove(s * span + t);
                    edges.set(e, ns, nt);
                    break;
                }
            }
        }
        int[] s = new int[count];
        int[] t = new int[count];
        edges.copyTo(s, t, 0);
        return new EdgeArrays(s, t);
    }
}
