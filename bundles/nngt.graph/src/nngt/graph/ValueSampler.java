package nngt.graph;

import java.util.List;
import java.util.SplittableRandom;

import nngt.graph.generate.EdgeRuns;
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

    /**
     * Values per task when a constant fills a column: writing the value costs little, the first touch of a
     * new column's memory (Brunel: 94 MB of weights and delays) most, so the threads share it.
     */
    private static final int FILL_BLOCK = 1 << 20;

    private ValueSampler() {
    }

    private static void fillConstant(float[] out, int from, int count, float value, int threads) {
        Parallel.forEach(threads, Parallel.blocks(count, FILL_BLOCK), block -> {
            int start = from + block * FILL_BLOCK;
            java.util.Arrays.fill(out, start, Math.min(from + count, start + FILL_BLOCK), value);
        });
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
            fillConstant(out, from, count, (float) absentValue, threads);
            return;
        }
        if (distribution instanceof ConstantValue constant) {
            fillConstant(out, from, count, (float) Units.toNest(constant.getValue()), threads);
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
        Law law = law(what, distribution);
        Parallel.forEach(threads, Parallel.blocks(count, CHUNK), chunk -> {
            SplittableRandom random = RandomStreams.stream(seed, purpose, chunk);
            int start = from + chunk * CHUNK;
            law.fill(random, out, start, Math.min(from + count, start + CHUNK));
        });
    }

    /**
     * The values {@link #fillEdges} gives some edges of a connection of {@code count} edges, side by side in
     * {@code out[0, runs.edges())}. Each chunk that holds one of them is drawn whole from its stream, and only
     * those are kept, so a part of a network gets exactly the values of the whole network's edges.
     *
     * @param what "weights", "delays" or a synapse parameter, for messages
     * @param distribution the distribution, or null for the constant {@code absentValue}; not a linear
     *        correlation, whose range is that of the whole connection
     * @param runs the edges, in the connection's numbering
     * @param count the connection's edge count
     * @throws IllegalArgumentException when the distribution cannot be drawn (the message names it) or is a
     *         linear correlation
     */
    static void fillEdgeRuns(String what, Distribution distribution, double absentValue, float[] out, EdgeRuns runs,
            int count, long seed, long purpose, int threads) {
        int kept = (int) runs.edges();
        if (distribution == null || distribution instanceof ConstantValue) {
            double value = distribution == null ? absentValue : Units.toNest(((ConstantValue) distribution).getValue());
            java.util.Arrays.fill(out, 0, kept, (float) value);
            return;
        }
        if (distribution instanceof CustomValues custom) {
            if (custom.getValues().size() != count) {
                throw new IllegalArgumentException("Custom " + what + " hold " + custom.getValues().size()
                        + " values but the connection has " + count + " edges; give one value per edge.");
            }
            double factor = Units.factorToNest(custom.getUnit());
            for (int r = 0; r < runs.runs(); r++) {
                for (int k = 0; k < runs.length(r); k++) {
                    out[(int) runs.offset(r) + k] = (float) (custom.getValues().get(runs.first(r) + k) * factor);
                }
            }
            return;
        }
        if (distribution instanceof LinearCorrelation) {
            throw new IllegalArgumentException("A linear correlation of " + what
                    + " spans the distances of the whole connection; draw the connection whole.");
        }
        Law law = law(what, distribution);
        // the chunks that hold kept edges, each with the first run that reaches into it
        int[] chunks = new int[runs.runs()];
        int[] firstRuns = new int[runs.runs()];
        int touched = 0;
        for (int r = 0; r < runs.runs(); r++) {
            int last = (runs.first(r) + runs.length(r) - 1) / CHUNK;
            for (int chunk = runs.first(r) / CHUNK; chunk <= last; chunk++) {
                if (touched > 0 && chunks[touched - 1] >= chunk) {
                    continue;
                }
                if (touched == chunks.length) {
                    chunks = java.util.Arrays.copyOf(chunks, 2 * touched);
                    firstRuns = java.util.Arrays.copyOf(firstRuns, 2 * touched);
                }
                chunks[touched] = chunk;
                firstRuns[touched++] = r;
            }
        }
        int[] chunkIndex = chunks;
        int[] chunkRun = firstRuns;
        Parallel.forEach(threads, touched, () -> new float[CHUNK], (scratch, t) -> {
            int chunk = chunkIndex[t];
            int start = chunk * CHUNK;
            int end = Math.min(count, start + CHUNK);
            law.fill(RandomStreams.stream(seed, purpose, chunk), scratch, 0, end - start);
            for (int r = chunkRun[t]; r < runs.runs() && runs.first(r) < end; r++) {
                int from = Math.max(start, runs.first(r));
                int to = Math.min(end, runs.first(r) + runs.length(r));
                if (from < to) {
                    System.arraycopy(scratch, from - start, out, (int) runs.offset(r) + from - runs.first(r),
                            to - from);
                }
            }
        });
    }

    /** Which edges of a range take a value. */
    interface EdgeFilter {
        boolean keep(int edge);
    }

    /**
     * Fills the edges of {@code out[from, from + count)} that {@code keep} accepts with values drawn per
     * edge and leaves the others as they are. Fixed chunks of the range draw from their own streams
     * (seed, purpose, chunk), advanced for the kept edges only, so the values do not depend on the thread
     * count; when every edge is kept they are those {@link #fillEdges} gives. A linear correlation spans
     * the distances of the kept edges.
     *
     * @param what the values, for messages
     * @param distribution uniform, gaussian, lognormal or a linear correlation
     * @param distances edge distances, or null when the network is not spatial
     */
    static void fillEdgesWhere(String what, Distribution distribution, float[] out, int from, int count, long seed,
            long purpose, EdgeFilter keep, EdgeDistances distances, int threads) {
        if (distribution instanceof LinearCorrelation correlation) {
            int[] kept = keptEdges(from, count, keep, threads);
            if (kept == null) {
                linearCorrelation(what, correlation, out, from, count, seed, distances, threads);
                return;
            }
            // the kept edges side by side (a rare law: 8 bytes per kept edge for the call), so that the
            // correlation's minimum and maximum are theirs
            float[] values = new float[kept.length];
            linearCorrelation(what, correlation, values, 0, kept.length, seed,
                    distances == null ? null : e -> distances.distance(kept[e]), threads);
            for (int k = 0; k < kept.length; k++) {
                out[kept[k]] = values[k];
            }
            return;
        }
        Law law = law(what, distribution);
        Parallel.forEach(threads, Parallel.blocks(count, CHUNK), chunk -> {
            SplittableRandom random = RandomStreams.stream(seed, purpose, chunk);
            int start = from + chunk * CHUNK;
            int end = Math.min(from + count, start + CHUNK);
            for (int e = start; e < end; e++) {
                if (keep.keep(e)) {
                    out[e] = (float) law.next(random);
                }
            }
        });
    }

    /** The kept edges of {@code [from, from + count)} in order, or null when every edge is kept. */
    private static int[] keptEdges(int from, int count, EdgeFilter keep, int threads) {
        int chunks = Parallel.blocks(count, CHUNK);
        int[] starts = new int[chunks + 1];
        Parallel.forEach(threads, chunks, chunk -> {
            int kept = 0;
            int end = Math.min(from + count, from + (chunk + 1) * CHUNK);
            for (int e = from + chunk * CHUNK; e < end; e++) {
                kept += keep.keep(e) ? 1 : 0;
            }
            starts[chunk + 1] = kept;
        });
        for (int chunk = 0; chunk < chunks; chunk++) {
            starts[chunk + 1] += starts[chunk];
        }
        if (starts[chunks] == count) {
            return null;
        }
        int[] kept = new int[starts[chunks]];
        Parallel.forEach(threads, chunks, chunk -> {
            int k = starts[chunk];
            int end = Math.min(from + count, from + (chunk + 1) * CHUNK);
            for (int e = from + chunk * CHUNK; e < end; e++) {
                if (keep.keep(e)) {
                    kept[k++] = e;
                }
            }
        });
        return kept;
    }

    /**
     * Fills {@code out[from, from + count)} with delays as whole resolution steps, drawn from the same
     * streams and rounded exactly as {@link #fillEdges} followed by NEST's rounding would give them
     * (the nearest step, at least one), without a float column in between.
     *
     * @param distribution the distribution, or null for the constant {@code absentValue}
     * @param distances edge distances, or null when the network is not spatial
     * @param resolution the grid in ms
     * @return false when a delay does not fit in {@link NetworkInstance#MAX_COMPACT_DELAY_STEPS} steps
     *         (or is not a number); {@code out} is then partly written and the caller keeps float delays
     */
    static boolean fillDelaySteps(Distribution distribution, double absentValue, char[] out, int from, int count,
            long seed, EdgeDistances distances, double resolution, int threads) {
        double stepsPerMs = 1 / resolution;
        if (distribution == null || distribution instanceof ConstantValue) {
            double value = distribution == null ? absentValue : Units.toNest(((ConstantValue) distribution).getValue());
            double step = toStep((float) value, stepsPerMs);
            if (!(step <= NetworkInstance.MAX_COMPACT_DELAY_STEPS)) {
                return false;
            }
            char steps = (char) step;
            Parallel.forEach(threads, Parallel.blocks(count, FILL_BLOCK), block -> {
                int start = from + block * FILL_BLOCK;
                java.util.Arrays.fill(out, start, Math.min(from + count, start + FILL_BLOCK), steps);
            });
            return true;
        }
        if (distribution instanceof CustomValues || distribution instanceof LinearCorrelation) {
            // rare laws that need the values of the whole connection: through a float column of its size
            float[] values = new float[count];
            fillEdges("delays", distribution, absentValue, values, 0, count, seed, RandomStreams.DELAYS,
                    distances == null ? null : e -> distances.distance(from + e), threads);
            for (int e = 0; e < count; e++) {
                double step = toStep(values[e], stepsPerMs);
                if (!(step <= NetworkInstance.MAX_COMPACT_DELAY_STEPS)) {
                    return false;
                }
                out[from + e] = (char) step;
            }
            return true;
        }
        Law law = law("delays", distribution);
        int chunks = Parallel.blocks(count, CHUNK);
        boolean[] fits = new boolean[chunks];
        Parallel.forEach(threads, chunks, chunk -> {
            SplittableRandom random = RandomStreams.stream(seed, RandomStreams.DELAYS, chunk);
            int start = from + chunk * CHUNK;
            fits[chunk] = law.fillSteps(random, out, start, Math.min(from + count, start + CHUNK), stepsPerMs);
        });
        for (boolean fit : fits) {
            if (!fit) {
                return false;
            }
        }
        return true;
    }

    /**
     * NEST's rounding of a delay to the grid: the nearest whole step, at least one. The value is taken
     * as the float the delay column would hold, so compact and float delays agree exactly.
     *
     * @return the step, or NaN for a delay that is not a number
     */
    static double toStep(float delay, double stepsPerMs) {
        return Math.max(1, Math.floor(delay * stepsPerMs + 0.5));
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
        Law law = law(what, distribution);
        for (int i = 0; i < count; i++) {
            values[i] = law.next(random);
        }
        return values;
    }

    /**
     * A parametric law: the kind picks a loop specialised for it, so that the per-edge work is inlined
     * (no call through an interface per edge).
     */
    private record Law(Kind kind, double a, double b, double factor) {

        enum Kind {
            /** the value {@code a} */
            CONSTANT,
            /** uniform in [a, a + b) */
            UNIFORM,
            /** a + b N(0, 1) */
            GAUSSIAN,
            /** factor exp(a + b N(0, 1)) */
            LOGNORMAL
        }

        double next(SplittableRandom random) {
            return switch (kind) {
                case CONSTANT -> a;
                case UNIFORM -> a + b * random.nextDouble();
                case GAUSSIAN -> a + b * random.nextGaussian();
                case LOGNORMAL -> factor * Math.exp(a + b * random.nextGaussian());
            };
        }

        void fill(SplittableRandom random, float[] out, int from, int to) {
            switch (kind) {
                case CONSTANT -> java.util.Arrays.fill(out, from, to, (float) a);
                case UNIFORM -> {
                    for (int e = from; e < to; e++) {
                        out[e] = (float) (a + b * random.nextDouble());
                    }
                }
                case GAUSSIAN -> {
                    for (int e = from; e < to; e++) {
                        out[e] = (float) (a + b * random.nextGaussian());
                    }
                }
                case LOGNORMAL -> {
                    for (int e = from; e < to; e++) {
                        out[e] = (float) (factor * Math.exp(a + b * random.nextGaussian()));
                    }
                }
            }
        }

        /** @return false when a step does not fit the compact column */
        boolean fillSteps(SplittableRandom random, char[] out, int from, int to, double stepsPerMs) {
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                return false;
            }
            // the OR of every step: it stays within 16 bits exactly when every step does
            int bits = 0;
            switch (kind) {
                case CONSTANT -> {
                    bits = step((float) a, stepsPerMs);
                    java.util.Arrays.fill(out, from, to, (char) bits);
                }
                case UNIFORM -> {
                    for (int e = from; e < to; e++) {
                        int step = step((float) (a + b * random.nextDouble()), stepsPerMs);
                        bits |= step;
                        out[e] = (char) step;
                    }
                }
                case GAUSSIAN -> {
                    for (int e = from; e < to; e++) {
                        int step = step((float) (a + b * random.nextGaussian()), stepsPerMs);
                        bits |= step;
                        out[e] = (char) step;
                    }
                }
                case LOGNORMAL -> {
                    for (int e = from; e < to; e++) {
                        int step = step((float) (factor * Math.exp(a + b * random.nextGaussian())), stepsPerMs);
                        bits |= step;
                        out[e] = (char) step;
                    }
                }
            }
            return bits <= NetworkInstance.MAX_COMPACT_DELAY_STEPS;
        }
    }

    /**
     * {@link #toStep} for a finite delay, in int arithmetic: the cast truncates, which is the floor for
     * the non-negative values that matter (anything below one step becomes one step either way); values
     * beyond the int range saturate, so they still fail the compact column's bound.
     */
    private static int step(float delay, double stepsPerMs) {
        int step = (int) (delay * stepsPerMs + 0.5);
        return step < 1 ? 1 : step;
    }

    private static Law law(String what, Distribution distribution) {
        if (distribution instanceof ConstantValue constant) {
            return new Law(Law.Kind.CONSTANT, Units.toNest(constant.getValue()), 0, 1);
        }
        if (distribution instanceof UniformDistribution uniform) {
            double lower = Units.toNest(uniform.getLower());
            return new Law(Law.Kind.UNIFORM, lower, Units.toNest(uniform.getUpper()) - lower, 1);
        }
        if (distribution instanceof GaussianDistribution gaussian) {
            return new Law(Law.Kind.GAUSSIAN, Units.toNest(gaussian.getAvg()), Units.toNest(gaussian.getStd()), 1);
        }
        if (distribution instanceof LognormalDistribution lognormal) {
            return new Law(Law.Kind.LOGNORMAL, lognormal.getPosition(), lognormal.getScale(),
                    Units.factorToNest(lognormal.getUnit()));
        }
        throw new IllegalArgumentException("The distribution of " + what + " is "
                + (distribution == null ? "null" : distribution.eClass().getName())
                + "; valid ones are constant, uniform, gaussian, lognormal, lin_corr and custom.");
    }
}
