package nngt.sim.neuron.tests;

import nngt.sim.api.CancellationToken;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Simulator;

/** Runs a plan to its end on a simulator, for the agreement tests. */
final class Runs {

    private Runs() {
    }

    /**
     * Prepares, runs and closes a plan without progress reports.
     *
     * @param simulator the backend
     * @param plan      the plan
     * @return its result
     */
    static SimulationResult run(Simulator simulator, SimulationPlan plan) {
        try (PreparedSimulation prepared = simulator.prepare(plan)) {
            return prepared.run(ProgressListener.NONE, new CancellationToken());
        }
    }
}
