package nngt.graph.generate;

import java.util.SplittableRandom;

import nngt.graph.internal.Parallel;
import nngt.graph.internal.RandomStreams;
import nngt.graph.internal.ReusableRandom;

/**
 * NNGT {@code gaussian_degree}: each constrained node's degree is {@code rint(max(N(avg, std), 0))}
 * (round half to even, as numpy's {@code around}), drawn from the node's own stream, then
 * {@link FromDegreeListGenerator}. For a total degree an odd sum is made even by decrementing one
 * random node with a positive degree. The edge count is known once the degrees are drawn, so the
 * edges go straight into exact-size arrays.
 */
public final class GaussianDegreeGenerator extends FromDegreeListGenerator {

    private final double average;
    private final double deviation;

    /**
     * @param constrained the degree-constrained nodes (NNGT's connector {@code sources})
     * @param partners the partner nodes
     * @param average mean degree, finite and 0 or more
     * @param deviation standard deviation, finite and 0 or more
     * @param degreeType in, out or total
     * @param multigraph whether partners may repeat
     * @param seed seed of the random streams
     * @throws IllegalArgumentException when an argument is out of range; a drawn degree above the
     *         possible partners is reported when the edges are counted
     */
    public GaussianDegreeGenerator(int[] constrained, int[] partners, double average, double deviation,
            DegreeType degreeType, boolean multigraph, long seed) {
        super(constrained, partners, degreeType, multigraph, seed);
        if (!(average >= 0) || Double.isInfinite(average)) {
            throw new IllegalArgumentException("Argument 'average' is " + average + "; it must be finite and 0 or more.");
        }
        if (!(deviation >= 0) || Double.isInfinite(deviation)) {
            throw new IllegalArgumentException("Argument 'deviation' is " + deviation + "; it must be finite and 0 or more.");
        }
        this.average = average;
        this.deviation = deviation;
    }

    @Override
    protected int[] drawDegrees(int[] nodes, int threads) {
        int[] degrees = new int[nodes.length];
        int block = 4096;
        Parallel.forEach(threads, Parallel.blocks(nodes.length, block), ReusableRandom::new, (random, b) -> {
            int end = Math.min(nodes.length, (b + 1) * block);
            for (int i = b * block; i < end; i++) {
                random.reset(seed(), RandomStreams.DEGREES, nodes[i]);
                degrees[i] = (int) Math.rint(Math.max(average + deviation * random.nextGaussian(), 0));
            }
        });
        if (degreeType() == DegreeType.TOTAL) {
            long sum = 0;
            for (int d : degrees) {
                sum += d;
            }
            if (sum % 2 != 0) {
                SplittableRandom random = RandomStreams.stream(seed(), RandomStreams.DEGREES, -1);
                while (true) {
                    int i = random.nextInt(nodes.length);
                    if (degrees[i] > 0) {
                        degrees[i]--;
                        break;
                    }
                }
            }
        }
        return degrees;
    }
}
