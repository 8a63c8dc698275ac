package nngt.sim.embedded.internal;

import nngt.catalog.SimulatorLimits;

/**
 * Draws Poisson counts of a fixed mean by inverting a precomputed cumulative table with one uniform
 * number; the table reaches the count where the tail is below 1e-17.
 */
public final class PoissonSampler {

    private final double[] cumulative;

    /**
     * Builds the table.
     *
     * @param mean the mean count per draw
     * @throws IllegalArgumentException when the mean is negative, not finite or above
     *         {@link SimulatorLimits#MAX_POISSON_SPIKES_PER_STEP}
     */
    public PoissonSampler(double mean) {
        if (!(mean >= 0) || mean > SimulatorLimits.MAX_POISSON_SPIKES_PER_STEP) {
            throw new IllegalArgumentException("mean: " + mean + " spikes per step; valid are 0 … "
                    + SimulatorLimits.MAX_POISSON_SPIKES_PER_STEP);
        }
        int length = (int) Math.ceil(mean + 20 * Math.sqrt(mean) + 30);
        double[] table = new double[length];
        // start from the log of the first probability so that large means do not underflow to 0
        double logP = -mean;
        double sum = 0;
        int used = 0;
        for (int k = 0; k < length; k++) {
            if (k > 0) {
                logP += Math.log(mean / k);
            }
            sum += Math.exp(logP);
            table[k] = sum;
            used = k + 1;
            if (k > mean && 1 - sum < 1e-17) {
                break;
            }
        }
        table[used - 1] = Double.POSITIVE_INFINITY;
        cumulative = java.util.Arrays.copyOf(table, used);
    }

    /**
     * Draws a count.
     *
     * @param state the random states
     * @param index the stream
     * @return a Poisson-distributed count
     */
    public int sample(long[] state, int index) {
        double u = Rng.nextDouble(state, index);
        double[] table = cumulative;
        if (table.length <= 32) {
            int k = 0;
            while (u >= table[k]) {
                k++;
            }
            return k;
        }
        int low = 0;
        int high = table.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (u < table[mid]) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
