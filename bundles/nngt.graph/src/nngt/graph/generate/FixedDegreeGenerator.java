package nngt.graph.generate;

import java.util.Arrays;

/**
 * NNGT {@code fixed_degree}: {@link FromDegreeListGenerator} with the same degree for every
 * constrained node (with degree type in: every source-selection neuron receives exactly
 * {@code degree} edges from distinct partners).
 */
public final class FixedDegreeGenerator extends FromDegreeListGenerator {

    /**
     * @param constrained the degree-constrained nodes (NNGT's connector {@code sources})
     * @param partners the partner nodes
     * @param degree the degree of every constrained node, 0 or more and at most the possible partners
     *        unless multigraph
     * @param degreeType in, out or total
     * @param multigraph whether partners may repeat
     * @param seed seed of the random streams
     * @throws IllegalArgumentException when an argument is out of range
     */
    public FixedDegreeGenerator(int[] constrained, int[] partners, int degree, DegreeType degreeType, boolean multigraph,
            long seed) {
        super(constrained, partners, filled(constrained, degree), degreeType, multigraph, seed);
    }

    private static int[] filled(int[] constrained, int degree) {
        if (degree < 0) {
            throw new IllegalArgumentException("Argument 'degree' is " + degree + "; it must be 0 or more.");
        }
        int[] degrees = new int[constrained == null ? 0 : constrained.length];
        Arrays.fill(degrees, degree);
        return degrees;
    }
}
