package nngt.sim.embedded.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;

/**
 * Plastic synapses against their recurrences. A spike generator drives a parrot neuron (id 0) that
 * sends through the synapse under test to an iaf_psc_exp neuron (id 1) whose I_syn_ex is sampled every
 * step: the jump at an arrival, {@code I(t) − I(t − h)·e^{−h/τs}}, is the transmitted efficacy.
 */
class SynapseModelTest {

    private static final double TAU_SYN = 2.0;

    private static double[] efficacies(String model, Map<String, Double> parameters, double[] times, double w,
            double delay) {
        double duration = times[times.length - 1] + 1.0 + delay + 5.0;
        SimulationPlan request = SimulationPlan.builder()
                .neurons("source", 0, 1, 1, "parrot_neuron", Map.of())
                .neurons("target", 1, 1, 1, "iaf_psc_exp", Map.of("V_th", 1000.0))
                .synapseModel(new SimulationPlan.SynapseModel(model, parameters))
                .edges(new int[] {0}, new int[] {1}, new float[] {(float) w}, new float[] {(float) delay},
                        new int[] {0})
                .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {0}, times, 1.0, 1.0))
                .multimeter(new SimulationPlan.Multimeter(new int[] {1}, List.of("I_syn_ex"), Sim.H))
                .recordSpikes(0)
                .duration(Math.ceil(duration))
                .build();
        SimulationResult result = Sim.run(request);
        assertEquals(times.length, result.spikeCount(0), "the parrot repeats every input spike");
        double[] current = Sim.trace(result, "I_syn_ex").values();
        double[] amplitudes = new double[times.length];
        double decay = Math.exp(-Sim.H / TAU_SYN);
        for (int k = 0; k < times.length; k++) {
            int arrival = Sim.sampleAt(times[k] + 1.0 + delay);
            amplitudes[k] = current[arrival] - current[arrival - 1] * decay;
        }
        return amplitudes;
    }

    @Test
    void tsodyks2AmplitudesFollowTheMarkramRecurrence() {
        double bigU = 0.2;
        double tauRec = 100.0;
        double tauFac = 50.0;
        double w = 200.0;
        double[] times = new double[10];
        for (int k = 0; k < times.length; k++) {
            times[k] = 10.0 + 25.0 * k + (k % 3) * 5.0;
        }
        double[] simulated = efficacies("tsodyks2_synapse",
                Map.of("U", bigU, "u", bigU, "tau_rec", tauRec, "tau_fac", tauFac), times, w, 1.5);
        double x = 1.0;
        double u = bigU;
        for (int k = 0; k < times.length; k++) {
            if (k > 0) {
                double dt = times[k] - times[k - 1];
                x = 1 + (x - x * u - 1) * Math.exp(-dt / tauRec);
                u = bigU + u * (1 - bigU) * Math.exp(-dt / tauFac);
            }
            assertEquals(x * u * w, simulated[k], 1e-9, "efficacy of spike " + k);
        }
        assertTrue(simulated[1] > simulated[0], "facilitation dominates at first with these constants");
    }

    @Test
    void tsodyks2ReleasesNestsDefaultUAtTheFirstSpikeWhenOnlyUIsSet() {
        // NEST initialises u from the default U (0.5) when the synapse is made and setting U does not move it:
        // the first spike releases 0.5 of the weight, the second U + 0.5 (1 - U) e^(-dt/tau_fac)
        double[] times = {10, 30};
        double[] simulated = efficacies("tsodyks2_synapse", Map.of("U", 0.7, "tau_rec", 800.0, "tau_fac", 100.0),
                times, 100.0, 1.0);
        assertEquals(0.5 * 100.0, simulated[0], 1e-9, "first spike: u = 0.5");
        double x = 1 + (1 - 0.5 - 1) * Math.exp(-20.0 / 800.0);
        double u = 0.7 + 0.5 * (1 - 0.7) * Math.exp(-20.0 / 100.0);
        assertEquals(x * u * 100.0, simulated[1], 1e-9, "second spike");
    }

    @Test
    void tsodyks2WithoutFacilitationDepresses() {
        double[] times = {10, 20, 30, 40, 50};
        double[] simulated = efficacies("tsodyks2_synapse", Map.of("U", 0.5, "tau_rec", 800.0), times, 100.0, 1.0);
        double x = 1.0;
        for (int k = 0; k < times.length; k++) {
            if (k > 0) {
                x = 1 + (x - x * 0.5 - 1) * Math.exp(-10.0 / 800.0);
            }
            assertEquals(x * 0.5 * 100.0, simulated[k], 1e-9);
        }
    }

    @Test
    void tsodyksSynapseFollowsNestsThreeStateUpdate() {
        double bigU = 0.5;
        double tauPsc = 3.0;
        double tauRec = 400.0;
        double[] times = {20, 30, 45, 60};
        double[] simulated = efficacies("tsodyks_synapse",
                Map.of("U", bigU, "tau_psc", tauPsc, "tau_rec", tauRec), times, 100.0, 1.0);
        double x = 1;
        double y = 0;
        double u = 0;
        double last = 0;
        for (int k = 0; k < times.length; k++) {
            double t = times[k] + 1.0;
            double hh = t - last;
            double pyy = Math.exp(-hh / tauPsc);
            double pzz = Math.expm1(-hh / tauRec);
            double pxy = (pzz * tauRec - (pyy - 1) * tauPsc) / (tauPsc - tauRec);
            double z = 1 - x - y;
            u = 0;
            x += pxy * y - pzz * z;
            y *= pyy;
            u += bigU * (1 - u);
            double delta = u * x;
            x -= delta;
            y += delta;
            last = t;
            assertEquals(delta * 100.0, simulated[k], 1e-9, "efficacy of spike " + k);
        }
    }

    @Test
    void staticSynapseTransmitsTheWeightUnchanged() {
        double[] simulated = efficacies("static_synapse", Map.of(), new double[] {5, 7, 9}, 42.0, 2.0);
        for (double a : simulated) {
            assertEquals(42.0, a, 1e-9);
        }
    }

    @Test
    void mixedWeightsAndDelaysInOneRowUsePerSynapseStorage() {
        SimulationPlan request = SimulationPlan.builder()
                .neurons("source", 0, 1, 1, "parrot_neuron", Map.of())
                .neurons("targets", 1, 2, 1, "iaf_psc_exp", Map.of("V_th", 1000.0))
                .edges(new int[] {0, 0, 0}, new int[] {1, 2, 2}, new float[] {10f, 20f, -5f},
                        new float[] {1.0f, 2.0f, 3.0f}, null)
                .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {0}, new double[] {5.0}, 1.0, 1.0))
                .multimeter(new SimulationPlan.Multimeter(new int[] {1, 2}, List.of("I_syn_ex", "I_syn_in"), Sim.H))
                .duration(20.0).build();
        SimulationResult result = Sim.run(request);
        double[] ex1 = result.traces().get(0).values();
        double[] ex2 = result.traces().get(2).values();
        double[] in2 = result.traces().get(3).values();
        // the parrot fires at 6 ms; arrivals at 7, 8 and 9 ms
        assertEquals(0.0, ex1[Sim.sampleAt(6.9)], 0.0);
        assertEquals(10.0, ex1[Sim.sampleAt(7.0)], 1e-12);
        assertEquals(0.0, ex2[Sim.sampleAt(7.9)], 0.0);
        assertEquals(20.0, ex2[Sim.sampleAt(8.0)], 1e-12);
        assertEquals(-5.0, in2[Sim.sampleAt(9.0)], 1e-12);
    }
}
