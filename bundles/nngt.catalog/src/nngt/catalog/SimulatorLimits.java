package nngt.catalog;

/**
 * Ceilings that every simulator of the workbench shares, so that the validator refuses a model before a
 * simulator would: the one place these numbers are written. They are the embedded simulator's (the
 * strictest backend, and the default); NEST's own limits, such as the delay counter, are in
 * {@link KernelFacts}.
 */
public final class SimulatorLimits {

    /**
     * The largest mean number of Poisson spikes per resolution step that a Poisson input may draw: the
     * embedded simulator tabulates the Poisson distribution of that mean once per input, and the table
     * grows with the mean.
     */
    public static final double MAX_POISSON_SPIKES_PER_STEP = 1e6;

    /**
     * The most resolution steps one simulation runs: the embedded simulator counts steps in an int and
     * keeps half of its range for the times of delayed events.
     */
    public static final long MAX_STEPS = Integer.MAX_VALUE / 2;

    /**
     * The largest magnitude of any value of a model in its NEST unit (pA, nS, mV, ms, Hz, ...): a million times
     * anything biological, and small enough that sums of millions of such values stay finite in the float32
     * arrays of weights and parameters that the embedded simulator and NEST projects keep. Beyond it a value
     * would silently become infinity.
     */
    public static final double MAX_MAGNITUDE = 1e12;

    private SimulatorLimits() {
    }

    /**
     * @param resolutionMs the simulation step in ms, above 0
     * @return the largest Poisson rate in Hz at that step: {@link #MAX_POISSON_SPIKES_PER_STEP} per step
     */
    public static double maxPoissonRateHz(double resolutionMs) {
        return MAX_POISSON_SPIKES_PER_STEP * 1000 / resolutionMs;
    }

    /**
     * @param resolutionMs the simulation step in ms, above 0
     * @return the longest simulated time in ms at that step: {@link #MAX_STEPS} steps
     */
    public static double maxSimulatedTimeMs(double resolutionMs) {
        // In decimal, so that 0.1 ms steps give 107374182.3 ms rather than 107374182.30000001.
        return java.math.BigDecimal.valueOf(MAX_STEPS).multiply(java.math.BigDecimal.valueOf(resolutionMs))
                .doubleValue();
    }
}
