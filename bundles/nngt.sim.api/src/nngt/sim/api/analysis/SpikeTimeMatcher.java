package nngt.sim.api.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import nngt.sim.api.SimulationResult;

/**
 * Spike-time agreement between two simulators: for each neuron, the spikes of A and B are paired when they lie
 * within a tolerance, by one linear merge over the two sorted time arrays. The merge pairs the earliest unpaired
 * spike of A with the earliest unpaired spike of B whenever they are close enough, and otherwise leaves the
 * earlier of the two unpaired; this gives the largest possible number of pairs (an exchange argument: any
 * maximum pairing can be rearranged into the merge's). Counts and differences accumulate over every call, so
 * one matcher sums a group or a whole network.
 *
 * <p>Times on a simulation grid carry rounding ({@code 3 * 0.1 != 0.3}); a difference counts as within the
 * tolerance when it exceeds it by at most {@value #ROUNDING_SLACK_MS} ms.
 */
public final class SpikeTimeMatcher {

    /** Absolute slack added to the tolerance for rounding of grid times, in ms. */
    public static final double ROUNDING_SLACK_MS = 1e-9;

    private final double toleranceMs;
    private long matched;
    private long onlyA;
    private long onlyB;
    private double maxAbsDifferenceMs;
    private double sumAbsDifferenceMs;

    /**
     * Creates an empty matcher.
     *
     * @param toleranceMs the largest |t_A − t_B| of a pair, in ms
     * @throws IllegalArgumentException when the tolerance is negative, NaN or infinite
     */
    public SpikeTimeMatcher(double toleranceMs) {
        if (!(toleranceMs >= 0) || Double.isInfinite(toleranceMs)) {
            throw new IllegalArgumentException("toleranceMs: " + toleranceMs + "; must be a finite number >= 0");
        }
        this.toleranceMs = toleranceMs;
    }

    /**
     * Pairs the spikes of one neuron and adds the outcome to the totals.
     *
     * @param a     spike times of simulator A, ascending within {@code [aFrom, aTo)}
     * @param aFrom first index of the neuron's spikes in {@code a}
     * @param aTo   one past the last index
     * @param b     spike times of simulator B, ascending within {@code [bFrom, bTo)}
     * @param bFrom first index in {@code b}
     * @param bTo   one past the last index
     * @throws IllegalArgumentException when a range lies outside its array or a range is not ascending
     */
    public void match(double[] a, int aFrom, int aTo, double[] b, int bFrom, int bTo) {
        checkRange("a", a, aFrom, aTo);
        checkRange("b", b, bFrom, bTo);
        double limit = toleranceMs + ROUNDING_SLACK_MS;
        int i = aFrom;
        int j = bFrom;
        while (i < aTo && j < bTo) {
            double difference = a[i] - b[j];
            double absolute = Math.abs(difference);
            if (absolute <= limit) {
                matched++;
                sumAbsDifferenceMs += absolute;
                maxAbsDifferenceMs = Math.max(maxAbsDifferenceMs, absolute);
                i++;
                j++;
            } else if (difference < 0) {
                // a[i] is too early for b[j] and so for every later spike of B
                onlyA++;
                i++;
            } else {
                onlyB++;
                j++;
            }
        }
        onlyA += aTo - i;
        onlyB += bTo - j;
    }

    /**
     * Pairs two whole spike trains.
     *
     * @param a ascending spike times of A
     * @param b ascending spike times of B
     * @throws IllegalArgumentException when an array is not ascending
     */
    public void match(double[] a, double[] b) {
        match(a, 0, a.length, b, 0, b.length);
    }

    private static void checkRange(String name, double[] times, int from, int to) {
        if (from < 0 || to > times.length || from > to) {
            throw new IllegalArgumentException(name + ": range [" + from + ", " + to + ") is outside 0 … "
                    + times.length);
        }
        for (int k = from + 1; k < to; k++) {
            if (times[k] < times[k - 1]) {
                throw new IllegalArgumentException(name + ": spike times must be ascending, but index " + k + " ("
                        + times[k] + " ms) follows " + times[k - 1] + " ms");
            }
        }
    }

    /** @return the tolerance in ms */
    public double toleranceMs() {
        return toleranceMs;
    }

    /** @return the number of pairs */
    public long matched() {
        return matched;
    }

    /** @return the spikes of A without a partner in B */
    public long onlyA() {
        return onlyA;
    }

    /** @return the spikes of B without a partner in A */
    public long onlyB() {
        return onlyB;
    }

    /**
     * The share of paired spikes: pairs / (pairs + only A + only B), 1 for identical trains.
     *
     * @return the fraction in [0, 1]; NaN when neither simulator produced a spike
     */
    public double matchedFraction() {
        long all = matched + onlyA + onlyB;
        return all == 0 ? Double.NaN : (double) matched / all;
    }

    /** @return the largest |t_A − t_B| of a pair in ms, 0 when there is no pair */
    public double maxAbsDifferenceMs() {
        return maxAbsDifferenceMs;
    }

    /** @return the mean |t_A − t_B| of the pairs in ms, NaN when there is no pair */
    public double meanAbsDifferenceMs() {
        return matched == 0 ? Double.NaN : sumAbsDifferenceMs / matched;
    }

    /**
     * Spike-time agreement of two results of the same network.
     *
     * @param groups  group name to its matcher, in the groups' order
     * @param overall the matcher of every neuron recorded in both results
     */
    public record Agreement(Map<String, SpikeTimeMatcher> groups, SpikeTimeMatcher overall) {
    }

    /**
     * Spike-time agreement of two results of the same network, per group and over all neurons. Only neurons
     * recorded in both results take part.
     *
     * @param a           the result of simulator A
     * @param b           the result of simulator B
     * @param toleranceMs the largest |t_A − t_B| of a pair, in ms
     * @return the matchers per group and overall
     * @throws IllegalArgumentException when the results have different neuron counts or the tolerance is invalid
     */
    public static Agreement compare(SimulationResult a, SimulationResult b, double toleranceMs) {
        if (a.neuronCount() != b.neuronCount()) {
            throw new IllegalArgumentException("b: the results have " + a.neuronCount() + " and " + b.neuronCount()
                    + " neurons; compare results of the same network");
        }
        boolean[] inA = recorded(a);
        boolean[] inB = recorded(b);
        Map<String, SpikeTimeMatcher> matchers = new LinkedHashMap<>();
        SpikeTimeMatcher overall = new SpikeTimeMatcher(toleranceMs);
        int[] offsetsA = a.spikeOffsets();
        int[] offsetsB = b.spikeOffsets();
        double[] timesA = a.rawSpikeTimes();
        double[] timesB = b.rawSpikeTimes();
        for (SimulationResult.Group group : a.groups()) {
            SpikeTimeMatcher matcher = new SpikeTimeMatcher(toleranceMs);
            for (int id = group.firstId(); id < group.firstId() + group.size(); id++) {
                if (inA[id] && inB[id]) {
                    matcher.match(timesA, offsetsA[id], offsetsA[id + 1], timesB, offsetsB[id], offsetsB[id + 1]);
                    overall.match(timesA, offsetsA[id], offsetsA[id + 1], timesB, offsetsB[id], offsetsB[id + 1]);
                }
            }
            matchers.put(group.name(), matcher);
        }
        return new Agreement(Collections.unmodifiableMap(matchers), overall);
    }

    private static boolean[] recorded(SimulationResult result) {
        boolean[] recorded = new boolean[result.neuronCount()];
        for (int id : result.recordedNeurons()) {
            recorded[id] = true;
        }
        return recorded;
    }
}
