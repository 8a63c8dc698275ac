package nngt.sim.api.tests;

import java.util.List;

import nngt.sim.api.RunMetadata;
import nngt.sim.api.SimulationResult;

/** Builds small results by hand. */
final class Results {

    private Results() {
    }

    /** A result from per-neuron spike trains, with one group per given size. */
    static SimulationResult of(double durationMs, List<SimulationResult.Group> groups, double[]... trains) {
        int n = trains.length;
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + trains[i].length;
        }
        double[] times = new double[offsets[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(trains[i], 0, times, offsets[i], trains[i].length);
        }
        int[] recorded = new int[n];
        java.util.Arrays.setAll(recorded, i -> i);
        return new SimulationResult(n, offsets, times, recorded, groups, List.of(),
                new RunMetadata("test", "1.0", 42, 1, 0.1, durationMs, 0.5, 1.5));
    }
}
