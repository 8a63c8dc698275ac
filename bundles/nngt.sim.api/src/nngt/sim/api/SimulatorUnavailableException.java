package nngt.sim.api;

/**
 * Thrown by {@link Simulator#prepare} when the program a simulator runs (NEST, Brian2, ...) is not installed or
 * cannot be started. The message says what was tried and how to install it; it is meant to be shown to users as
 * it is, without a stack trace.
 */
public final class SimulatorUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was tried, why it failed and how to install the simulator
     */
    public SimulatorUnavailableException(String message) {
        super(message);
    }
}
