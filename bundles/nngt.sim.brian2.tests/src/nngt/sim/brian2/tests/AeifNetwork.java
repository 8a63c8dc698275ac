package nngt.sim.brian2.tests;

import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import nngt.sim.api.SimulationPlan;

/**
 * A small driven aeif network: 160 excitatory and 40 inhibitory aeif_psc_exp neurons (NEST defaults), each
 * with 20 excitatory (60 pA) and 5 inhibitory (−300 pA) inputs drawn with a fixed seed, delay 1.5 ms, and
 * an independent Poisson drive of 14 kHz × 300 pA per neuron, which makes them fire at about 25 Hz.
 */
final class AeifNetwork {

    private AeifNetwork() {
    }

    /**
     * Builds the request, recording all spikes.
     *
     * @param durationMs simulated time
     * @param seed       the simulation seed (the connectivity is fixed)
     * @return the request
     */
    static SimulationPlan request(double durationMs, long seed) {
        int excitatory = 160;
        int inhibitory = 40;
        int n = excitatory + inhibitory;
        int fromExcitatory = 20;
        int fromInhibitory = 5;
        Random random = new Random(42);
        int edges = n * (fromExcitatory + fromInhibitory);
        int[] sources = new int[edges];
        int[] targets = new int[edges];
        float[] weights = new float[edges];
        float[] delays = new float[edges];
        int e = 0;
        for (int target = 0; target < n; target++) {
            for (int k = 0; k < fromExcitatory + fromInhibitory; k++) {
                boolean fromE = k < fromExcitatory;
                sources[e] = fromE ? random.nextInt(excitatory) : excitatory + random.nextInt(inhibitory);
                targets[e] = target;
                weights[e] = fromE ? 60f : -300f;
                delays[e] = 1.5f;
                e++;
            }
        }
        return SimulationPlan.builder()
                .neurons("exc", 0, excitatory, 1, "aeif_psc_exp", Map.of())
                .neurons("inh", excitatory, inhibitory, -1, "aeif_psc_exp", Map.of())
                .edges(sources, targets, weights, delays, null)
                .stimulus(new SimulationPlan.PoissonInput(IntStream.range(0, n).toArray(), new double[] {14000.0},
                        new double[] {300.0}, 1.0, 0.0, Double.POSITIVE_INFINITY))
                .recordAllSpikes().duration(durationMs).seed(seed).build();
    }
}
