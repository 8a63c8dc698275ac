package nngt.sim.api;

/** A simulation that was built by {@link Simulator#prepare} and can be run once. */
public interface PreparedSimulation extends AutoCloseable {

    /**
     * Wall-clock time spent in {@link Simulator#prepare}, in seconds.
     *
     * @return the build time
     */
    double buildSeconds();

    /**
     * Simulates the requested duration.
     *
     * @param progress receives progress (use {@link ProgressListener#NONE} to ignore)
     * @param cancel   checked between communication intervals
     * @return spikes, traces and metadata
     * @throws SimulationCancelledException when {@code cancel} was cancelled
     * @throws IllegalStateException        when the simulation was already run or closed
     */
    SimulationResult run(ProgressListener progress, CancellationToken cancel);

    /** Releases threads and memory; a no-op after the first call. */
    @Override
    void close();
}
