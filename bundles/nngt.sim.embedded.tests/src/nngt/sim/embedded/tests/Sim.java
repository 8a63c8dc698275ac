package nngt.sim.embedded.tests;

import java.util.List;
import java.util.Map;

import nngt.sim.api.CancellationToken;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Trace;
import nngt.sim.embedded.EmbeddedSimulator;

/** Small helpers shared by the tests. */
final class Sim {

    static final double H = 0.1;

    private Sim() {
    }

    static SimulationResult run(SimulationPlan request) {
        return new EmbeddedSimulator().prepare(request).run(ProgressListener.NONE, new CancellationToken());
    }

    /** One neuron of a model with parameters, V_m recorded every step. */
    static SimulationPlan.Builder single(String model, Map<String, Double> parameters, double durationMs) {
        return SimulationPlan.builder()
                .neurons("n", 0, 1, 1, model, parameters)
                .recordSpikes(0)
                .multimeter(new SimulationPlan.Multimeter(new int[] {0}, List.of("V_m"), H))
                .duration(durationMs);
    }

    static Trace trace(SimulationResult result, String recordable) {
        return result.traces().stream().filter(t -> t.recordable().equals(recordable)).findFirst().orElseThrow();
    }

    /** Index of the sample taken at time t (samples are at h, 2h, ...). */
    static int sampleAt(double t) {
        return (int) Math.round(t / H) - 1;
    }
}
