package nngt.sim.neuron.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Trace;
import nngt.sim.embedded.EmbeddedSimulator;
import nngt.sim.neuron.NeuronSimulator;

/**
 * Every supported device in one plan (spike trains with both signs, a step current, independent noise, Poisson
 * trains with per-target rates and weights of both signs, multimeters of V_m, g_ex, g_in and U_m) runs on NEURON,
 * and the deterministic parts agree with the embedded simulator: the conductance a spike opens peaks at the
 * weight in NEST's nS, on the receptor NEST's sign chooses, and the Izhikevich neuron fires the same spikes.
 */
class DeviceAgreementTest {

    static SimulationPlan plan() {
        return SimulationPlan.builder().name("devices").resolution(0.1).duration(100.0).seed(3)
                .neurons("curr", 0, 2, 1, "iaf_psc_alpha", Map.of())
                .neurons("cond", 2, 2, 1, "iaf_cond_alpha", Map.of())
                .neurons("izh", 4, 1, 1, "izhikevich", Map.of())
                .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {0, 2, 4}, new double[] {10.0, 30.0}, 50.0,
                        1.0))
                .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {2}, new double[] {60.0}, -20.0, 1.0))
                .stimulus(new SimulationPlan.StepCurrentInput(new int[] {1}, new double[] {20.0, 60.0},
                        new double[] {100.0, 0.0}))
                .stimulus(new SimulationPlan.NoiseInput(new int[] {1, 3}, 0.0, 50.0, 1.0, 0.0,
                        Double.POSITIVE_INFINITY))
                .stimulus(new SimulationPlan.PoissonInput(new int[] {0, 3, 3}, new double[] {1000, 2000, 3000},
                        new double[] {10, 5, -5}, 1.0, 0.0, 80.0))
                .recordAllSpikes()
                .multimeter(new SimulationPlan.Multimeter(new int[] {0, 2, 4}, List.of("V_m"), 0.1))
                .multimeter(new SimulationPlan.Multimeter("g", new int[] {2}, List.of("g_ex", "g_in"), 0.1))
                .multimeter(new SimulationPlan.Multimeter("u", new int[] {4}, List.of("U_m"), 0.1))
                .build();
    }

    @Test
    void everyDeviceRunsAndTheDeterministicPartsAgree() {
        NeuronAvailable.assumeInstalled();
        SimulationPlan plan = plan();
        SimulationResult embedded = Runs.run(new EmbeddedSimulator(), plan);
        SimulationResult neuron = Runs.run(new NeuronSimulator(), plan);
        assertEquals(embedded.traces().size(), neuron.traces().size(), "one trace per neuron and recordable");
        // the inhibitory spike (-20 nS) opens g_in to 20 nS; the two excitatory ones g_ex to 50 nS
        assertEquals(20.0, max(trace(neuron, 2, "g_in")), 0.2, "g_in peak in nS");
        assertEquals(0.0, max(trace(embedded, 2, "g_in")) - 20.0, 0.2);
        assertEquals(max(trace(embedded, 2, "g_ex")), max(trace(neuron, 2, "g_ex")), 0.05 * 50.0, "g_ex peak");
        assertTrue(min(trace(neuron, 2, "V_m")) < -73, "the inhibitory conductance hyperpolarizes");
        assertEquals(embedded.spikeCount(4), neuron.spikeCount(4), "Izhikevich spikes from the 50 mV jumps");
        assertTrue(neuron.spikeCount(4) > 0);
        for (int k = 0; k < neuron.spikeCount(4); k++) {
            assertEquals(embedded.spikeTimes(4)[k], neuron.spikeTimes(4)[k], 0.5, "Izhikevich spike " + k);
        }
        assertEquals(min(trace(embedded, 4, "U_m")), min(trace(neuron, 4, "U_m")), 0.05, "U_m in NEST's mV");
    }

    private static Trace trace(SimulationResult result, int neuronId, String recordable) {
        return result.traces().stream().filter(t -> t.neuron() == neuronId && t.recordable().equals(recordable))
                .findFirst().orElseThrow();
    }

    private static double max(Trace trace) {
        return Arrays.stream(trace.values()).max().orElseThrow();
    }

    private static double min(Trace trace) {
        return Arrays.stream(trace.values()).min().orElseThrow();
    }
}
