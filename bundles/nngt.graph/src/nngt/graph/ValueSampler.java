package nngt.graph;

import java.util.List;
import java.util.SplittableRandom;

import nngt.graph.internal.Parallel;
import nngt.graph.internal.RandomStreams;
import nngt.model.ConstantValue;
import nngt.model.CorrelationAttribute;
import nngt.model.CustomValues;
import nngt.model.Distribution;
import nngt.model.GaussianDistribution;
import nngt.model.LinearCorrelation;
import nngt.model.LognormalDistribution;
import nngt.model.UniformDistribution;
import nngt.model.api.Units;

/**
 * Draws NNGT edge-property and neuron-parameter distributions in NEST units. Edge values come in
 * fixed chunks, each from its own stream (seed, purpose, chunk), so they do not depend on the thread
 * count.
 */
final class ValueSampler {

    private static final int CHUNK = 1 << 14;

    private ValueSampler() {
    }

    /** Source of per-edge distances for {@code lin_corr}. */
    interface EdgeDistances {
        double distance(int edge);
    }

    /**
     * Fills {@code out[from, from + count)} with edge values.
     *
     * @param what "weights" or "delays", for messages
     * @param distribution the distribution, or null for the constant {@code absentValue}
     * @param distances edge distances, or null when the network is not spatial
     */
    static void fillEdges(String what, Distribution distribution, double absentValue, float[] out, int from, int count,
            long seed, long purpose, EdgeDistances distances, int threads) {
        if (distribution == null) {
            java.util.Arrays.fill(out, from, from + count, (float) absentValue);
            return;
        }
        if (distribution instanceof ConstantValue constant) {
            java.util.Arrays.fill(out, from, from + count, (float) Units.toNest(constant.getValue()));
            return;
        }
        if (distribution instanceof CustomValues custom) {
            List<Double> values = custom.getValues();
            if (values.size() != count) {
                throw new IllegalArgumentException("Custom " + what + " hold " + values.size() + " values but the connection has "
                        + count + " edges; give one value per edge.");
            }
            double factor = Units.factorToNest(custom.getUnit());
            for (int e = 0; e < count; e++) {
                out[from + e] = (float) (values.get(e) * factor);
            }
            return;
        }
        if (distribution instanceof LinearCorrelation correlation) {
            linearCorrelation(what, correlation, out, from, count, seed, distances, threads);
            return;
        }
        Draw draw = draw(what, distribution);
        Parallel.forEach(threads, Parallel.blocks(count, CHUNK), chunk -> {
            SplittableRandom random = RandomStreams.stream(seed, purpose, chunk);
            int end = Math.min(count, (chunk + 1) * CHUNK);
            for (int e = chunk * CHUNK; e < end; e++) {
                out[from + e] = (float) draw.next(random);
            }
        });
    }

    private static void linearCorrelation(String what, LinearCorrelation correlation, float[] out, int from, int count,
            long seed, EdgeDistances distances, int threads) {
        if (correlation.getAttribute() == CorrelationAttribute.BETWEENNESS) {
            throw new IllegalArgumentException("Linear correlation of " + what
                    + " with betweenness is not supported; correlate with distance.");
        }
        if (distances == null) {
            throw new IllegalArgumentException("Linear correlation of " + what
                    + " with distance needs positions: give the network a space or use a distance rule.");
        }
        Double noise = correlation.getNoiseScale();
        int chunks = Parallel.blocks(count, CHUNK);
        double[] minima = new double[chunks];
        double[] maxima = new double[chunks];
        // first pass: the (noisy) attribute, kept in the output array, and its range per chunk
        Parallel.forEach(threads, chunks, chunk -> {
            SplittableRandom random = RandomStreams.stream(seed, RandomStreams.NOISE, chunk);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int end = Math.min(count, (chunk + 1) * CHUNK);
            for (int e = chunk * CHUNK; e < end; e++) {
                double value = distances.distance(from + e);
                if (noise != null) {
                    value *= Math.abs(1 + noise * random.nextGaussian());
                }
                out[from + e] = (float) value;
                lo = Math.min(lo, out[from + e]);
                hi = Math.max(hi, out[from + e]);
            }
            minima[chunk] = lo;
            maxima[chunk] = hi;
        });
        double min = java.util.Arrays.stream(minima).min().orElse(0);
        double max = java.util.Arrays.stream(maxima).max().orElse(0);
        double offset = correlation.getOffset() == null ? 0 : Units.toNest(correlation.getOffset());
        double slope;
        double intercept;
        if (correlation.getLower() != null && correlation.getUpper() != null) {
            double lower = Units.toNest(correlation.getLower());
            double upper = Units.toNest(correlation.getUpper());
            // a single distance maps to the lower bound instead of NNGT's 0/0
            slope = max > min ? (upper - lower) / (max - min) : 0;
            intercept = lower - slope * min + offset;
        } else if (correlation.getSlope() != null) {
            slope = Units.toNest(correlation.getSlope());
            intercept = offset;
        } else {
            throw new IllegalArgumentException("Linear correlation of " + what
                    + " needs 'lower' and 'upper', or 'slope'; none were given.");
        }
        Parallel.forEach(threads, chunks, chunk -> {
            int end = Math.min(count, (chunk + 1) * CHUNK);
            for (int e = chunk * CHUNK; e < end; e++) {
                out[from + e] = (float) (intercept + slope * out[from + e]);
            }
        });
    }

    /**
     * Draws one value per neuron.
     *
     * @param what the parameter, for messages
     * @param distribution its distribution
     * @param count number of neurons
     * @param random the stream
     * @return the values in NEST units
     */
    static double[] neuronValues(String what, Distribution distribution, int count, SplittableRandom random) {
        double[] values = new double[count];
        if (distribution instanceof CustomValues custom) {
            if (custom.getValues().size() != count) {
                throw new IllegalArgumentException("Parameter '" + what + "' has " + custom.getValues().size()
                        + " custom values for " + count + " neurons; give one value per neuron.");
            }
            double factor = Units.factorToNest(custom.getUnit());
            for (int i = 0; i < count; i++) {
                values[i] = custom.getValues().get(i) * factor;
            }
            return values;
        }
        if (distribution instanceof LinearCorrelation) {
            throw new IllegalArgumentException("Parameter '" + what
                    + "' uses a linear correlation, which exists for edges only; use a value or a distribution.");
        }
        Draw draw = draw(what, distribution);
        for (int i = 0; i < count; i++) {
            values[i] = draw.next(random);
        }
        return values;
    }

    @FunctionalInterface
    private interface Draw {
        double next(SplittableRandom random);
    }

    private static Draw draw(String what, Distribution distribution) {
        if (distribution instanceof ConstantValue constant) {
            double value = Units.toNest(constant.getValue());
            return random -> value;
        }
        if (distribution instanceof UniformDistribution uniform) {
            double lower = Units.toNest(uniform.getLower());
            double width = Units.toNest(uniform.getUpper()) - lower;
            return random -> lower + width * random.nextDouble();
        }
        if (distribution instanceof GaussianDistribution gaussian) {
            double avg = Units.toNest(gaussian.getAvg());
            double std = Units.toNest(gaussian.getStd());
            return random -> avg + std * random.nextGaussian();
        }
        if (distribution instanceof LognormalDistribution lognormal) {
            double position = lognormal.getPosition();
            double scale = lognormal.getScale();
            double factor = Units.factorToNest(lognormal.getUnit());
            return random -> factor * Math.exp(position + scale * random.nextGaussian());
        }
        throw new IllegalArgumentException("The distribution of " + what + " is "
                + (distribution == null ? "null" : distribution.eClass().getName())
                + "; valid ones are constant, uniform, gaussian, lognormal, lin_corr and custom.");
    }
}
