package nngt.sim.api;

/**
 * How a result was produced, recorded with it.
 *
 * @param simulator    the simulator id
 * @param version      the simulator version
 * @param seed         the master seed
 * @param threads      the number of worker threads
 * @param resolutionMs the resolution in ms
 * @param durationMs   the simulated biological time in ms
 * @param buildSeconds wall-clock time to build the network
 * @param runSeconds   wall-clock time to simulate
 */
public record RunMetadata(String simulator, String version, long seed, int threads, double resolutionMs,
        double durationMs, double buildSeconds, double runSeconds) {

    /**
     * Biological time simulated per wall-clock second of simulation (real-time factor = runSeconds per
     * simulated second).
     *
     * @return {@code runSeconds / (durationMs / 1000)}, NaN for a zero duration
     */
    public double realTimeFactor() {
        return durationMs == 0 ? Double.NaN : runSeconds / (durationMs / 1000.0);
    }
}
