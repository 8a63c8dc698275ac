package nngt.sim.api;

/** Receives the progress of a running simulation; called from the simulating thread. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (simulatedMs, totalMs) -> { };

    /**
     * Reports that {@code simulatedMs} of {@code totalMs} biological time have been simulated.
     *
     * @param simulatedMs biological time simulated so far, in ms
     * @param totalMs     biological time requested, in ms
     */
    void progress(double simulatedMs, double totalMs);
}
