package nngt.sim.api.analysis;

/**
 * NNGT's {@code total_firing_rate}: the population activity smoothed by a Gaussian kernel. Spike times
 * are snapped to the nearest point of a grid of step {@code resolution} running from
 * {@code t_min − cut·std} to {@code t_max + cut·std}; each count contributes
 * {@code 1000 / (std·√π)} and the series is convolved with a Gaussian of standard deviation
 * {@code std/resolution} bins over {@code 2·cut·std/resolution} bins, normalised to sum 1 (NNGT's
 * scaling, kept so that figures compare with NNGT's).
 */
public final class TotalFiringRate {

    /** NNGT's default kernel standard deviation, 30 ms. */
    public static final double DEFAULT_KERNEL_STD_MS = 30.0;
    /** NNGT's default cut of the Gaussian, 5 standard deviations. */
    public static final double DEFAULT_CUT_GAUSSIAN = 5.0;

    /**
     * The smoothed rate and its time axis.
     *
     * @param rateHz  the rate
     * @param timesMs the grid times, shifted by the kernel centre
     */
    public record Series(double[] rateHz, double[] timesMs) {
    }

    private TotalFiringRate() {
    }

    /**
     * Computes the smoothed rate with NNGT's defaults (std 30 ms, resolution 0.1·std, cut 5, centre 0).
     *
     * @param spikeTimesMs all spike times of the population, in any order
     * @return the series
     * @throws IllegalArgumentException when there are no spikes
     */
    public static Series compute(double[] spikeTimesMs) {
        return compute(spikeTimesMs, 0.0, DEFAULT_KERNEL_STD_MS, 0.1 * DEFAULT_KERNEL_STD_MS, DEFAULT_CUT_GAUSSIAN);
    }

    /**
     * Computes the smoothed rate.
     *
     * @param spikeTimesMs all spike times of the population
     * @param kernelCenterMs shift added to the returned times
     * @param kernelStdMs  standard deviation of the kernel
     * @param resolutionMs grid step
     * @param cutGaussian  half-width of the kernel in standard deviations
     * @return the series
     * @throws IllegalArgumentException when there are no spikes, or std, resolution or cut are not positive,
     *                                  or std is smaller than the resolution
     */
    public static Series compute(double[] spikeTimesMs, double kernelCenterMs, double kernelStdMs,
            double resolutionMs, double cutGaussian) {
        if (spikeTimesMs.length == 0) {
            throw new IllegalArgumentException("spikeTimesMs: no spikes; the rate needs at least one spike");
        }
        if (!(kernelStdMs > 0) || !(resolutionMs > 0) || !(cutGaussian > 0)) {
            throw new IllegalArgumentException("kernelStdMs/resolutionMs/cutGaussian: " + kernelStdMs + ", "
                    + resolutionMs + ", " + cutGaussian + "; all must be > 0");
        }
        int binStd = (int) (kernelStdMs / resolutionMs);
        if (binStd < 1) {
            throw new IllegalArgumentException("kernelStdMs: " + kernelStdMs + " is below the resolution "
                    + resolutionMs + "; it must span at least one bin");
        }
        int kernelSize = (int) (2.0 * cutGaussian * binStd);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double t : spikeTimesMs) {
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        double deltaT = resolutionMs * 0.5 * kernelSize;
        double start = min - deltaT;
        int n = (int) Math.ceil((max + deltaT - start) / resolutionMs);
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = start + i * resolutionMs;
        }
        double[] delta = new double[n];
        double unit = 1000.0 / (kernelStdMs * Math.sqrt(Math.PI));
        for (double t : spikeTimesMs) {
            int index = (int) Math.round((t - start) / resolutionMs);
            delta[Math.min(n - 1, Math.max(0, index))] += unit;
        }
        double[] kernel = new double[kernelSize];
        double centre = (kernelSize - 1) / 2.0;
        double norm = 0;
        for (int k = 0; k < kernelSize; k++) {
            double x = (k - centre) / binStd;
            kernel[k] = Math.exp(-0.5 * x * x);
            norm += kernel[k];
        }
        for (int k = 0; k < kernelSize; k++) {
            kernel[k] /= norm;
        }
        // "same"-mode convolution: output i is full-convolution index i + (kernelSize − 1) / 2
        double[] rate = new double[n];
        int shift = (kernelSize - 1) / 2;
        for (int j = 0; j < n; j++) {
            if (delta[j] == 0) {
                continue;
            }
            for (int k = 0; k < kernelSize; k++) {
                int i = j + k - shift;
                if (i >= 0 && i < n) {
                    rate[i] += delta[j] * kernel[k];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            times[i] += kernelCenterMs;
        }
        return new Series(rate, times);
    }
}
