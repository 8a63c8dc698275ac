package nngt.sim.api;

/** Thrown by {@link PreparedSimulation#run} when its {@link CancellationToken} was cancelled. */
public final class SimulationCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param simulatedMs the biological time reached when the run stopped, in ms
     */
    public SimulationCancelledException(double simulatedMs) {
        super("Simulation cancelled at t = " + simulatedMs + " ms.");
    }
}
