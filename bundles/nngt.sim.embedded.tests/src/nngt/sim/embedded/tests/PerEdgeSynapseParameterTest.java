package nngt.sim.embedded.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.embedded.EmbeddedSimulator;
import nngt.sim.embedded.internal.Engine;

/**
 * Synapse parameters drawn per edge (the plan's edge parameter columns) reach the engine's tables edge by edge,
 * in the plan's edge order, and change what each synapse transmits as NEST's recurrences say.
 */
class PerEdgeSynapseParameterTest {

    private static final double TAU_SYN = 2.0;

    private static Engine prepare(SimulationPlan plan) {
        return (Engine) new EmbeddedSimulator().prepare(plan);
    }

    /**
     * Six parrots (0–5) onto six iaf_psc_exp neurons (6–11), edges listed out of source order and mixed: static
     * edges, tsodyks2 edges that draw U, and tsodyks2 edges of a second model whose U is a constant.
     */
    private static SimulationPlan.Builder mixed(float[] u, int threads) {
        SimulationPlan.SynapseModel drawn = new SimulationPlan.SynapseModel("tsodyks2_synapse", Map.of());
        SimulationPlan.SynapseModel constant = new SimulationPlan.SynapseModel("tsodyks2_synapse", Map.of("U", 0.3));
        return SimulationPlan.builder()
                .neurons("source", 0, 6, 1, "parrot_neuron", Map.of())
                .neurons("target", 6, 6, 1, "iaf_psc_exp", Map.of("V_th", 1000.0))
                .synapseModel(drawn).synapseModel(constant)
                .edges(new int[] {5, 0, 3, 0, 2, 4, 1, 5}, new int[] {11, 6, 9, 10, 8, 7, 7, 6},
                        new float[] {1, 2, 3, 4, 5, 6, 7, 8}, new float[] {1, 1, 2, 1.5f, 1, 1, 1, 3},
                        new int[] {0, 0, -1, 0, 1, 0, 0, 1})
                .edgeParameters(Map.of("U", u))
                .threads(threads)
                .duration(10);
    }

    @Test
    void drawnUIsInTheTablesExactlyInEdgeOrder() {
        float nan = Float.NaN;
        float[] u = {0.11f, 0.23f, nan, 0.37f, nan, 0.41f, 0.59f, nan};
        for (int threads : new int[] {1, 3}) {
            SimulationPlan plan = mixed(u, threads).build();
            double[] tables = prepare(plan).synapseParameterByEdge("U");
            double[] expected = {0.11f, 0.23f, Double.NaN, 0.37f, 0.3, 0.41f, 0.59f, 0.3};
            for (int e = 0; e < expected.length; e++) {
                assertEquals(expected[e], tables[e], 0.0, "edge " + e + " on " + threads + " threads");
            }
            for (int e : new int[] {0, 1, 3, 5, 6, 7}) {
                assertEquals(plan.synapseParameter("U", e), tables[e], 0.0, "the plan's value of edge " + e);
            }
            double[] tauRec = prepare(plan).synapseParameterByEdge("tau_rec");
            assertEquals(800.0, tauRec[0], 0.0, "an undrawn parameter is the catalog's default");
            assertTrue(Double.isNaN(tauRec[2]), "a static edge has no tau_rec");
        }
    }

    @Test
    void drawnUSetsTheSecondAmplitudeEdgeByEdge() {
        // three parrots (0–2) each drive one iaf_psc_exp neuron (3–5) through tsodyks2 with its own U
        float[] u = {0.2f, 0.5f, 0.8f};
        double w = 100.0;
        double delay = 1.0;
        double[] times = {10.0, 30.0};
        SimulationPlan plan = SimulationPlan.builder()
                .neurons("source", 0, 3, 1, "parrot_neuron", Map.of())
                .neurons("target", 3, 3, 1, "iaf_psc_exp", Map.of("V_th", 1000.0))
                .synapseModel(new SimulationPlan.SynapseModel("tsodyks2_synapse", Map.of("tau_rec", 100.0)))
                .edges(new int[] {0, 1, 2}, new int[] {3, 4, 5}, new float[] {(float) w, (float) w, (float) w},
                        new float[] {(float) delay, (float) delay, (float) delay}, new int[] {0, 0, 0})
                .edgeParameters(Map.of("U", u))
                .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {0, 1, 2}, times, 1.0, 1.0))
                .multimeter(new SimulationPlan.Multimeter(new int[] {3, 4, 5}, List.of("I_syn_ex"), Sim.H))
                .duration(40)
                .build();
        SimulationResult result = Sim.run(plan);
        double decay = Math.exp(-Sim.H / TAU_SYN);
        for (int k = 0; k < 3; k++) {
            int target = 3 + k;
            double[] current = result.traces().stream()
                    .filter(t -> t.neuron() == target && t.recordable().equals("I_syn_ex")).findFirst()
                    .orElseThrow().values();
            double[] amplitudes = new double[times.length];
            for (int s = 0; s < times.length; s++) {
                int arrival = Sim.sampleAt(times[s] + 1.0 + delay);
                amplitudes[s] = current[arrival] - current[arrival - 1] * decay;
            }
            // NEST: the first spike releases the initial u (0.5) of x = 1; the second, 20 ms later, recovers
            // x = 1 + (x − x·u − 1)·e^{−Δ/τ_rec} and, without facilitation, sets u = U
            double x = 1 + (1 - 0.5 - 1) * Math.exp(-(times[1] - times[0]) / 100.0);
            assertEquals(0.5 * w, amplitudes[0], 1e-9, "first amplitude of edge " + k);
            assertEquals(x * u[k] * w, amplitudes[1], 1e-9, "second amplitude of edge " + k + " (U = " + u[k] + ")");
        }
    }

    @Test
    void aDrawnValueOutsideNestsRangeNamesTheParameterTheValueAndTheEdge() {
        float[] u = {0.1f, 1.5f, Float.NaN, 0.2f, Float.NaN, 0.3f, 0.4f, Float.NaN};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> prepare(mixed(u, 1).build()));
        assertTrue(e.getMessage().contains("U = 1.5") && e.getMessage().contains("0 → 6")
                && e.getMessage().contains("[0, 1]"), e.getMessage());
    }

    @Test
    void stdpReadsWmaxAndTauPlusPerEdge() {
        float[] wMax = {50f, 80f, 120f};
        float[] tauPlus = {10f, Float.NaN, 30f};
        SimulationPlan plan = SimulationPlan.builder()
                .neurons("n", 0, 4, 1, "iaf_psc_alpha", Map.of())
                .synapseModel(new SimulationPlan.SynapseModel("stdp_synapse", Map.of("tau_plus", 15.0)))
                .edges(new int[] {0, 1, 2}, new int[] {3, 3, 3}, new float[] {10, 10, 10}, new float[] {1, 1, 1},
                        new int[] {0, 0, 0})
                .edgeParameters(Map.of("Wmax", wMax, "tau_plus", tauPlus))
                .duration(1).build();
        Engine engine = prepare(plan);
        double[] readWmax = engine.synapseParameterByEdge("Wmax");
        double[] readTau = engine.synapseParameterByEdge("tau_plus");
        for (int e = 0; e < 3; e++) {
            assertEquals(wMax[e], readWmax[e], 0.0, "Wmax of edge " + e);
        }
        assertEquals(10.0, readTau[0], 0.0);
        assertEquals(15.0, readTau[1], 0.0, "NaN: the model's constant");
        assertEquals(30.0, readTau[2], 0.0);
        assertEquals(0.01, engine.synapseParameterByEdge("lambda")[1], 0.0, "the catalog's default");
    }
}
