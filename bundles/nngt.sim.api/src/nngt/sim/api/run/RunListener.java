package nngt.sim.api.run;

import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationResult;

/**
 * Hears how a run goes: the simulation's progress (on the simulating thread) and its end, before the results are
 * written.
 */
public interface RunListener extends ProgressListener {

    /** A listener that ignores everything. */
    RunListener NONE = (simulatedMs, totalMs) -> { };

    /**
     * The simulation has finished; its results are written next.
     *
     * @param result the result
     */
    default void simulated(SimulationResult result) {
        // most listeners only follow the progress
    }
}
