package nngt.graph.generate;

import java.util.SplittableRandom;

import nngt.graph.internal.IntPairBuffer;
import nngt.graph.internal.RandomStreams;

/**
 * NNGT {@code price_scale_free}: growth in the order of {@code nodes}; node i (i ≥ 1) links to
 * {@code min(i, m)} distinct earlier nodes chosen one after the other with probability proportional
 * to {@code k_in^gamma + c} (numpy's {@code choice(replace=False, p)}).
 * The edge goes from the new node to the old one, so node i's out-degree is exactly {@code min(i, m)}
 * (plus reverses). With reciprocity r each new edge also gets its reverse with probability r. Weights
 * live in a Fenwick tree, so each draw costs O(log N).
 */
public final class PriceScaleFreeGenerator extends EagerEdgeGenerator {

    /** Default attractiveness for directed graphs, as in NNGT. */
    public static final double DEFAULT_C = 1;
    /** Default exponent of the in-degree, as in NNGT. */
    public static final double DEFAULT_GAMMA = 1;

    private final int[] nodes;
    private final int m;
    private final double c;
    private final double gamma;
    private final double reciprocity;
    private final long seed;

    /**
     * @param nodes the nodes, in order of arrival
     * @param m edges per new node, at least 1
     * @param c additive attractiveness, above 0 (directed graphs)
     * @param gamma exponent of the in-degree, finite and 0 or more
     * @param reciprocity probability that a new edge gets its reverse, in [0, 1]
     * @param seed seed of the random stream
     * @throws IllegalArgumentException when an argument is out of range
     */
    public PriceScaleFreeGenerator(int[] nodes, int m, double c, double gamma, double reciprocity, long seed) {
        this.nodes = Checks.ids("nodes", nodes);
        if (m < 1) {
            throw new IllegalArgumentException("Argument 'm' is " + m + "; it must be 1 or more.");
        }
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("Argument 'c' is " + c + "; a directed Price graph needs a finite c above 0.");
        }
        if (!(gamma >= 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("Argument 'gamma' is " + gamma + "; it must be finite and 0 or more.");
        }
        this.m = m;
        this.c = c;
        this.gamma = gamma;
        this.reciprocity = Checks.probability("reciprocity", reciprocity);
        this.seed = seed;
    }

    @Override
    protected EdgeArrays build(int threads) {
        SplittableRandom random = RandomStreams.stream(seed, RandomStreams.SEQUENTIAL, 0);
        int n = nodes.length;
        double[] tree = new double[n + 1];
        int[] inDegree = new int[n];
        IntPairBuffer edges = new IntPairBuffer((int) Math.min(EdgeGenerator.MAX_EDGES, (long) n * m));
        int[] picks = new int[m];
        for (int i = 1; i < n; i++) {
            add(tree, i - 1, weight(0));
            int count = Math.min(i, m);
            for (int k = 0; k < count; k++) {
                double total = prefix(tree, i);
                int j;
                do {
                    // c > 0 keeps the total positive; the check guards against a rounding residue
                    // left on an already picked node
                    j = find(tree, random.nextDouble() * total, i);
                } while (isPicked(picks, k, j));
                picks[k] = j;
                add(tree, j, -weight(inDegree[j]));
            }
            for (int k = 0; k < count; k++) {
                int j = picks[k];
                add(tree, j, weight(inDegree[j]));
                edges.add(nodes[i], nodes[j]);
                bump(tree, inDegree, j);
                if (reciprocity > 0 && random.nextDouble() < reciprocity) {
                    edges.add(nodes[j], nodes[i]);
                    bump(tree, inDegree, i);
                }
            }
        }
        int[] s = new int[edges.size()];
        int[] t = new int[edges.size()];
        edges.copyTo(s, t, 0);
        return new EdgeArrays(s, t);
    }

    private void bump(double[] tree, int[] inDegree, int j) {
        double before = weight(inDegree[j]);
        inDegree[j]++;
        add(tree, j, weight(inDegree[j]) - before);
    }

    private double weight(int inDegree) {
        return (gamma == 1 ? inDegree : Math.pow(inDegree, gamma)) + c;
    }

    private static boolean isPicked(int[] picks, int picked, int j) {
        for (int k = 0; k < picked; k++) {
            if (picks[k] == j) {
                return true;
            }
        }
        return false;
    }

    private static void add(double[] tree, int index, double delta) {
        for (int i = index + 1; i < tree.length; i += i & -i) {
            tree[i] += delta;
        }
    }

    private static double prefix(double[] tree, int count) {
        double sum = 0;
        for (int i = count; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    /** The index whose cumulative weight interval holds {@code value}, among the first {@code bound}. */
    private static int find(double[] tree, double value, int bound) {
        int position = 0;
        for (int step = Integer.highestOneBit(tree.length - 1); step > 0; step >>= 1) {
            int next = position + step;
            if (next < tree.length && tree[next] <= value) {
                position = next;
                value -= tree[next];
            }
        }
        return Math.min(position, bound - 1);
    }
}
