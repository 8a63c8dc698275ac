package nngt.sim.api.run;

import java.util.Locale;

/**
 * How long a run takes on the wall clock: the estimate before it starts and the time left while it runs.
 */
public final class WallTime {

    /**
     * Neuron updates per second and per thread of the embedded simulator, the figure the estimate scales from.
     * docs/benchmarks.md ("Embedded simulator", "One plan (issue 14)"): NEST's Brunel network at order 2,500
     * (12,500 neurons, 1,250 synapses per neuron, 28.7 Hz) simulated for 1 s at 0.1 ms, 12,500 × 10,000 updates
     * with their synaptic events, in a median 5.64 s of CPU time on one thread: 2.2·10^7 updates per second.
     */
    public static final double NEURON_UPDATES_PER_SECOND = 2.2e7;

    /** A run whose estimate exceeds this many seconds (an hour) says so before it starts. */
    public static final double LONG_RUN_SECONDS = 3600;

    private WallTime() {
    }

    /**
     * Estimates a run's wall-clock time from {@link #NEURON_UPDATES_PER_SECOND}; networks that fire much more, or
     * have many more synapses per neuron, than NEST's Brunel network take longer.
     *
     * @param neurons      the neuron count
     * @param durationMs   the simulated time in ms
     * @param resolutionMs the time step in ms
     * @param threads      the threads of the run; no more than the machine's processors work at once
     * @return the estimated seconds
     */
    public static double estimateSeconds(long neurons, double durationMs, double resolutionMs, int threads) {
        int working = Math.max(1, Math.min(threads, Runtime.getRuntime().availableProcessors()));
        return neurons * (durationMs / resolutionMs) / (NEURON_UPDATES_PER_SECOND * working);
    }

    /**
     * The time left, assuming the rest goes at the pace so far.
     *
     * @param elapsedSeconds the wall-clock time since the start
     * @param fraction       the fraction done, from 0 to 1
     * @return the seconds left, or NaN before anything is done
     */
    public static double remainingSeconds(double elapsedSeconds, double fraction) {
        return fraction > 0 ? elapsedSeconds * (1 - Math.min(1, fraction)) / fraction : Double.NaN;
    }

    /**
     * @param seconds a duration
     * @return it for people, to the precision that matters: {@code 45 s}, {@code 12 min 30 s}, {@code 3 h 05 min},
     *         {@code 2 d 04 h}; {@code ?} when it is not a finite number
     */
    public static String format(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        if (s < 86_400) {
            return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
        }
        return String.format(Locale.ROOT, "%d d %02d h", s / 86_400, s % 86_400 / 3600);
    }
}
