package nngt.sim.api;

/**
 * A flag another thread sets to stop a running simulation. Simulators check it between communication
 * intervals and then throw {@link SimulationCancelledException}.
 */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** Asks the simulation that watches this token to stop as soon as possible. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Whether {@link #cancel()} was called.
     *
     * @return true once cancelled
     */
    public boolean isCancelled() {
        return cancelled;
    }
}
