package nngt.graph.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.generate.DegreeType;
import nngt.graph.generate.DistanceProfile;
import nngt.graph.generate.DistanceRuleGenerator;
import nngt.graph.generate.EdgeArrays;
import nngt.graph.generate.GaussianDegreeGenerator;
import nngt.graph.space.Placement;
import nngt.model.Network;
import nngt.model.Unit;
import nngt.model.api.Distributions;
import nngt.model.api.NeuralPop;
import nngt.model.api.Networks;

/**
 * Statistical properties, each with its tolerance stated: at most 5 standard errors, so that a correct
 * generator fails with probability below 1e-6 per check (the seeds are fixed, so a pass is stable).
 */
class StatisticsTest {

    @Test
    void gaussianDegreeMeanAndStd() {
        int n = 20_000;
        int[] ids = GeneratorExactTest.range(0, n);
        EdgeArrays edges = new GaussianDegreeGenerator(ids, ids, 100, 15, DegreeType.IN, false, 21).generate(2);
        int[] in = GeneratorExactTest.degrees(edges.targets(), n);
        double mean = 0;
        for (int d : in) {
            mean += d;
        }
        mean /= n;
        double variance = 0;
        for (int d : in) {
            variance += (d - mean) * (d - mean);
        }
        double std = Math.sqrt(variance / (n - 1));
        // standard errors: 15 / sqrt(n) = 0.106 for the mean, 15 / sqrt(2n) = 0.075 for the std
        assertEquals(100, mean, 5 * 0.106);
        assertEquals(15, std, 5 * 0.075);
        GeneratorExactTest.assertSimple(edges);
    }

    @Test
    void erdosRenyiDegreesAreHypergeometric() {
        // G(n, M) on n = 2,000 nodes and M = 100,000 of the N = n(n - 1) pairs (the sparse path, four
        // buckets of sources): a node's out- and in-degree are Hypergeometric(N, n - 1, M), mean M / n = 50
        // and variance 50 (1 - 1/n)(N - M)/(N - 1) = 48.7; the standard error of a variance over n nodes is
        // about 48.7 sqrt(2 / (n - 1)) = 1.54
        int n = 2_000;
        int[] ids = GeneratorExactTest.range(0, n);
        EdgeArrays edges = new nngt.graph.generate.ErdosRenyiGenerator(ids, ids, 100_000, -1, false, 13).generate(2);
        assertEquals(100_000, edges.size());
        GeneratorExactTest.assertSimple(edges);
        for (int[] ends : new int[][] {edges.sources(), edges.targets()}) {
            int[] degrees = GeneratorExactTest.degrees(ends, n);
            double variance = 0;
            for (int d : degrees) {
                variance += (d - 50.0) * (d - 50.0);
            }
            assertEquals(48.7, variance / (n - 1), 5 * 1.54);
        }
    }

    @Test
    void partnersAreDrawnUniformly() {
        // 70,000 nodes each send one edge to one of 7 partners (ids 70,000..70,006): each partner's
        // in-degree is Binomial(70,000, 1/7), mean 10,000, standard deviation 92.6
        int[] constrained = GeneratorExactTest.range(0, 70_000);
        int[] partners = GeneratorExactTest.range(70_000, 70_007);
        EdgeArrays edges = new nngt.graph.generate.FixedDegreeGenerator(constrained, partners, 1, DegreeType.OUT, true, 8)
                .generate(2);
        int[] in = GeneratorExactTest.degrees(edges.targets(), 70_007);
        for (int p : partners) {
            assertEquals(10_000, in[p], 5 * 92.6, "in-degree of partner " + p);
        }
    }

    /** Observed distance histogram against the rule's expectation over every candidate pair. */
    private static void assertDistanceHistogram(DistanceProfile profile, double scale, int n, int edges, long seed) {
        Placement placement = Placement.square(n, 1000, seed, 1);
        double[] x = placement.x();
        double[] y = placement.y();
        int[] ids = GeneratorExactTest.range(0, n);
        EdgeArrays result = new DistanceRuleGenerator(ids, ids, x, y, scale, profile, edges, 0, false, seed).generate(2);
        assertEquals(edges, result.size());
        GeneratorExactTest.assertSimple(result);
        double reach = profile.reach(scale);
        int bins = 10;
        double width = Math.min(reach, 3 * scale) / bins;
        java.util.List<Double> pairs = new java.util.ArrayList<>();
        java.util.List<Double> pairDistances = new java.util.ArrayList<>();
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < n; t++) {
                double dx = x[t] - x[s];
                double dy = y[t] - y[s];
                if (s == t || Math.abs(dx) >= reach || Math.abs(dy) >= reach) {
                    continue;
                }
                double d = Math.hypot(dx, dy);
                double p = profile.probability(d, scale);
                if (p > 0) {
                    pairs.add(p);
                    pairDistances.add(d);
                }
            }
        }
        // drawing at a rate proportional to p(d) until the count of distinct pairs is reached includes a
        // pair with probability 1 - exp(-c p(d)), with c set by the count (saturation of close pairs)
        double[] pairProbabilities = new double[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            pairProbabilities[k] = pairs.get(k);
        }
        double low = 0;
        double high = 1;
        while (inclusions(pairProbabilities, high) < edges) {
            high *= 2;
        }
        for (int i = 0; i < 100; i++) {
            double mid = (low + high) / 2;
            if (inclusions(pairProbabilities, mid) < edges) {
                low = mid;
            } else {
                high = mid;
            }
        }
        double c = (low + high) / 2;
        double[] expected = new double[bins + 1];
        for (int k = 0; k < pairProbabilities.length; k++) {
            expected[Math.min(bins, (int) (pairDistances.get(k) / width))] += -Math.expm1(-c * pairProbabilities[k]);
        }
        double[] observed = new double[bins + 1];
        for (int e = 0; e < result.size(); e++) {
            double d = Math.hypot(x[result.targets()[e]] - x[result.sources()[e]], y[result.targets()[e]] - y[result.sources()[e]]);
            observed[Math.min(bins, (int) (d / width))]++;
        }
        for (int b = 0; b <= bins; b++) {
            double mean = expected[b];
            // binomial standard error of the bin count; 5 of them plus 1 edge of slack for rounding
            double tolerance = 5 * Math.sqrt(mean * (1 - mean / edges)) + 1;
            assertEquals(mean, observed[b], tolerance, profile + " bin " + b + " (distance " + b * width + " um)");
        }
    }

    private static double inclusions(double[] probabilities, double c) {
        double sum = 0;
        for (double p : probabilities) {
            sum += -Math.expm1(-c * p);
        }
        return sum;
    }

    @Test
    void distanceRuleExpHistogramMatchesTheRule() {
        assertDistanceHistogram(DistanceProfile.EXP, 40, 2000, 10_000, 5);
    }

    @Test
    void distanceRuleLinHistogramMatchesTheRule() {
        assertDistanceHistogram(DistanceProfile.LIN, 150, 2000, 10_000, 6);
    }

    @Test
    void distanceRuleMaxProbabilityModeKeepsEachPairWithItsProbability() {
        int n = 3000;
        Placement placement = Placement.square(n, 1000, 9, 1);
        double[] x = placement.x();
        double[] y = placement.y();
        int[] ids = GeneratorExactTest.range(0, n);
        double scale = 60;
        EdgeArrays result = new DistanceRuleGenerator(ids, ids, x, y, scale, DistanceProfile.GAUSSIAN, 0, 0.5, false, 4)
                .generate(2);
        double mean = 0;
        double variance = 0;
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < n; t++) {
                double dx = x[t] - x[s];
                double dy = y[t] - y[s];
                if (s != t && Math.abs(dx) < 600 && Math.abs(dy) < 600) {
                    double p = 0.5 * DistanceProfile.GAUSSIAN.probability(Math.hypot(dx, dy), scale);
                    mean += p;
                    variance += p * (1 - p);
                }
            }
        }
        assertEquals(mean, result.size(), 5 * Math.sqrt(variance));
        GeneratorExactTest.assertSimple(result);
    }

    private static NetworkInstance withWeights(nngt.model.Distribution weights) {
        Network network = Networks.network("weights", 12, NeuralPop.uniform(2000, "iaf_psc_alpha", Map.of()));
        Models.connect(network, null, null, Models.fixed(100), weights, null);
        return NetworkInstantiator.instantiate(network, InstantiationOptions.defaults().withThreads(2));
    }

    @Test
    void gaussianWeightsHaveTheirMeanAndStd() {
        float[] w = withWeights(Distributions.gaussian(2, 0.5, Unit.NANOSIEMENS)).weights();
        double[] moments = moments(w);
        // n = 200,000: standard errors 0.5 / sqrt(n) = 0.0011 (mean) and 0.5 / sqrt(2n) = 0.0008 (std)
        assertEquals(2, moments[0], 5 * 0.0011);
        assertEquals(0.5, moments[1], 5 * 0.0008);
    }

    @Test
    void uniformWeightsAreUniformInTheirBounds() {
        float[] w = withWeights(Distributions.uniform(1, 3, Unit.PICOAMPERE)).weights();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (float v : w) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertTrue(min >= 1 && max <= 3, "range " + min + " .. " + max);
        double[] moments = moments(w);
        // std of U(1, 3) is 2 / sqrt(12) = 0.577: standard error of the mean 0.0013
        assertEquals(2, moments[0], 5 * 0.0013);
        assertEquals(2 / Math.sqrt(12), moments[1], 5 * 0.0013);
    }

    @Test
    void lognormalWeightsHaveLogMomentsAndUnitConversion() {
        float[] w = withWeights(Distributions.lognormal(0.5, 0.25, Unit.NANOAMPERE)).weights();
        // nA to pA: every value is 1000 times exp(N(0.5, 0.25))
        float[] logs = new float[w.length];
        for (int e = 0; e < w.length; e++) {
            logs[e] = (float) Math.log(w[e] / 1000.0);
        }
        double[] moments = moments(logs);
        assertEquals(0.5, moments[0], 5 * 0.25 / Math.sqrt(w.length));
        assertEquals(0.25, moments[1], 5 * 0.25 / Math.sqrt(2.0 * w.length));
    }

    private static double[] moments(float[] values) {
        double mean = 0;
        for (float v : values) {
            mean += v;
        }
        mean /= values.length;
        double variance = 0;
        for (float v : values) {
            variance += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(variance / (values.length - 1))};
    }
}
