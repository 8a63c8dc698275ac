package nngt.sim.brian2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nngt.sim.api.Capabilities;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SupportLevel;
import nngt.sim.brian2.Brian2Installation;
import nngt.sim.brian2.Brian2Simulator;
import org.junit.jupiter.api.Test;

/** The capability declaration and the checks that run before anything is simulated (no Python needed). */
class CapabilityCheckTest {

    private final Brian2Simulator simulator = new Brian2Simulator();

    private static SimulationPlan unsupportedRequest() {
        return SimulationPlan.builder()
                .neurons("exc", 0, 2, 1, "iaf_psc_alpha", Map.of())
                .neurons("hh", 2, 2, 1, "hh_psc_alpha", Map.of())
                .synapseModel(new SimulationPlan.SynapseModel("stdp_synapse", Map.of()))
                .edges(new int[] {0, 1}, new int[] {1, 2}, new float[] {1f, 1f}, new float[] {1f, 1f},
                        new int[] {-1, 0})
                .stimulus(new SimulationPlan.NoiseInput(new int[] {0}, 0, 10, 1.0, 0, 100))
                .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {1}, new double[] {1.0}, 1.0, 1.0))
                .multimeter(new SimulationPlan.Multimeter(new int[] {0}, List.of("V_m"), 1.0))
                .recordAllSpikes().duration(10).build();
    }

    @Test
    void declarationIsHonest() {
        Capabilities capabilities = simulator.capabilities();
        assertEquals(SupportLevel.APPROXIMATE, capabilities.supportLevel("iaf_psc_alpha"));
        assertEquals(SupportLevel.APPROXIMATE, capabilities.supportLevel("iaf_cond_exp"));
        assertEquals(SupportLevel.APPROXIMATE, capabilities.supportLevel("poisson_generator"));
        assertEquals(SupportLevel.APPROXIMATE, capabilities.supportLevel("multimeter"));
        assertEquals(SupportLevel.APPROXIMATE, capabilities.supportLevel("tsodyks2_synapse"));
        for (String model : List.of("aeif_psc_alpha", "aeif_psc_exp", "aeif_cond_alpha", "aeif_cond_exp",
                "izhikevich", "noise_generator", "spike_generator")) {
            assertEquals(SupportLevel.APPROXIMATE, capabilities.supportLevel(model), model);
        }
        for (String missing : List.of("hh_psc_alpha", "iaf_cond_alpha", "aeif_psc_delta", "tsodyks_synapse",
                "stdp_synapse")) {
            assertEquals(SupportLevel.UNSUPPORTED, capabilities.supportLevel(missing), missing);
        }
    }

    @Test
    void unsupportedPartsAreAllListed() {
        assertEquals(List.of("neuron model 'hh_psc_alpha' (group 'hh')", "synapse model 'stdp_synapse'"),
                simulator.capabilities().unsupportedParts(unsupportedRequest()));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> simulator.prepare(unsupportedRequest()));
        assertTrue(error.getMessage().contains("'brian2' does not support neuron model 'hh_psc_alpha'"),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("nothing was run"), error.getMessage());
    }

    @Test
    void supportedRequestHasNoUnsupportedParts() {
        SimulationPlan request = SimulationPlan.builder()
                .neurons("n", 0, 3, 1, "iaf_psc_delta", Map.of())
                .edges(new int[] {0}, new int[] {1}, new float[] {0.5f}, new float[] {1.5f}, null)
                .stimulus(new SimulationPlan.PoissonInput(new int[] {0, 1, 2}, new double[] {100},
                        new double[] {1}, 1.0, 0, Double.POSITIVE_INFINITY))
                .recordAllSpikes().duration(10).build();
        assertEquals(List.of(), simulator.capabilities().unsupportedParts(request));
    }

    @Test
    void parametersBrian2CannotReproduceAreRejectedBeforePythonStarts() {
        IllegalArgumentException equalTaus = assertThrows(IllegalArgumentException.class,
                () -> simulator.prepare(single("iaf_psc_alpha", Map.of("tau_m", 2.0))));
        assertTrue(equalTaus.getMessage().contains("tau_syn_ex = tau_m = 2.0"), equalTaus.getMessage());
        IllegalArgumentException floor = assertThrows(IllegalArgumentException.class,
                () -> simulator.prepare(single("iaf_psc_alpha", Map.of("V_min", -80.0))));
        assertTrue(floor.getMessage().contains("V_min = -80.0"), floor.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> simulator.prepare(single("iaf_psc_exp", Map.of("g_L", 16.7))));
        assertTrue(unknown.getMessage().contains("sets 'g_L'"), unknown.getMessage());
        IllegalArgumentException delay = assertThrows(IllegalArgumentException.class,
                () -> simulator.prepare(SimulationPlan.builder().neurons("n", 0, 2, 1, "iaf_psc_exp", Map.of())
                        .edges(new int[] {0}, new int[] {1}, new float[] {1f}, new float[] {0.05f}, null)
                        .duration(1).build()));
        assertTrue(delay.getMessage().startsWith("delaysMs: edge 0 has delay 0.05"), delay.getMessage());
    }

    @Test
    void multimeterRecordablesAndIntervalAreChecked() {
        IllegalArgumentException recordable = assertThrows(IllegalArgumentException.class,
                () -> simulator.prepare(SimulationPlan.builder().neurons("n", 0, 1, 1, "iaf_psc_delta", Map.of())
                        .multimeter(new SimulationPlan.Multimeter(new int[] {0}, List.of("I_syn_ex"), 1.0))
                        .duration(1).build()));
        assertTrue(recordable.getMessage().contains("records 'I_syn_ex'"), recordable.getMessage());
        IllegalArgumentException interval = assertThrows(IllegalArgumentException.class,
                () -> simulator.prepare(SimulationPlan.builder().neurons("n", 0, 1, 1, "iaf_psc_delta", Map.of())
                        .multimeter(new SimulationPlan.Multimeter(new int[] {0}, List.of("V_m"), 0.25))
                        .duration(1).build()));
        assertTrue(interval.getMessage().startsWith("intervalMs: multimeter interval 0.25"), interval.getMessage());
    }

    @Test
    void tsodyks2ParametersAreChecked() {
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> simulator.prepare(tsodyks2(Map.of("U", 1.5))));
        assertTrue(range.getMessage().contains("U = 1.5 is invalid"), range.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> simulator.prepare(tsodyks2(Map.of("tau_psc", 3.0))));
        assertTrue(unknown.getMessage().contains("sets 'tau_psc'"), unknown.getMessage());
    }

    @Test
    void aeifAndIzhikevichParametersBrian2CannotReproduceAreRejected() {
        SimulationPlan mixedDeltaT = SimulationPlan.builder()
                .neurons(new SimulationPlan.NeuronRange("adaptive", 0, 2, 1, "aeif_cond_exp",
                        Map.of("Delta_T", new double[] {0.0, 2.0})))
                .duration(1).build();
        IllegalArgumentException deltaT = assertThrows(IllegalArgumentException.class,
                () -> simulator.prepare(mixedDeltaT));
        assertTrue(deltaT.getMessage().contains("group 'adaptive' mixes Delta_T = 0 and Delta_T > 0"),
                deltaT.getMessage());
        SimulationPlan mixedRefractory = SimulationPlan.builder()
                .neurons(new SimulationPlan.NeuronRange("adaptive", 0, 2, 1, "aeif_psc_alpha",
                        Map.of("t_ref", new double[] {0.0, 2.0})))
                .duration(1).build();
        IllegalArgumentException tRef = assertThrows(IllegalArgumentException.class,
                () -> simulator.prepare(mixedRefractory));
        assertTrue(tRef.getMessage().contains("mixes t_ref = 0 and t_ref > 0"), tRef.getMessage());
        IllegalArgumentException tolerance = assertThrows(IllegalArgumentException.class,
                () -> simulator.prepare(single("aeif_psc_exp", Map.of("gsl_error_tol", 1e-3))));
        assertTrue(tolerance.getMessage().contains("gsl_error_tol = 0.001"), tolerance.getMessage());
        IllegalArgumentException izhikevich = assertThrows(IllegalArgumentException.class,
                () -> simulator.prepare(single("izhikevich", Map.of("consistent_integration", 0.0))));
        assertTrue(izhikevich.getMessage().contains("resolution of 1.0 ms, not 0.1 ms"), izhikevich.getMessage());
    }

    @Test
    void noiseAndSpikeGeneratorArgumentsAreChecked() {
        IllegalArgumentException dt = assertThrows(IllegalArgumentException.class, () -> simulator.prepare(
                SimulationPlan.builder().neurons("n", 0, 2, 1, "iaf_psc_alpha", Map.of())
                        .stimulus(new SimulationPlan.NoiseInput(new int[] {0}, 0, 10, 0.25, 0, 10))
                        .duration(1).build()));
        assertTrue(dt.getMessage().startsWith("dtMs: noise_generator dt 0.25 ms"), dt.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> simulator.prepare(
                SimulationPlan.builder().neurons("n", 0, 2, 1, "iaf_psc_alpha", Map.of())
                        .stimulus(new SimulationPlan.NoiseInput(new int[] {1, 1}, 0, 10, 1.0, 0, 10))
                        .duration(1).build()));
        assertTrue(twice.getMessage().contains("lists neuron 1 twice"), twice.getMessage());
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class, () -> simulator.prepare(
                SimulationPlan.builder().neurons("n", 0, 1, 1, "izhikevich", Map.of())
                        .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {0}, new double[] {0.04, 2.0}, 1.0,
                                1.0))
                        .duration(1).build()));
        assertTrue(early.getMessage().startsWith("timesMs: spike_generator time 0.04 at index 0"),
                early.getMessage());
    }

    private static SimulationPlan tsodyks2(Map<String, Double> parameters) {
        return SimulationPlan.builder().neurons("n", 0, 2, 1, "iaf_psc_exp", Map.of())
                .synapseModel(new SimulationPlan.SynapseModel("tsodyks2_synapse", parameters))
                .edges(new int[] {0}, new int[] {1}, new float[] {1f}, new float[] {1f}, new int[] {0})
                .duration(1).build();
    }

    @Test
    void missingPythonIsReportedWithTheInstallHint() {
        Brian2Installation missing = Brian2Installation.probe("/nonexistent/python3");
        assertEquals(false, missing.usable());
        assertTrue(missing.problem().contains("/nonexistent/python3"), missing.problem());
        assertTrue(Brian2Installation.INSTALL_HINT.contains("apt-get install python3-brian"));
    }

    @Test
    void theRunsInterpreterOptionChoosesThePythonThatRunsIt() {
        Brian2Simulator simulator = new Brian2Simulator();
        assertEquals(Brian2Simulator.PYTHON_OPTION, simulator.interpreterOption().orElseThrow().key());
        assertEquals("brian2.python", Brian2Simulator.PYTHON_OPTION);
        SimulationPlan plan = single("iaf_psc_alpha", Map.of()).withOptions(Map.of(Brian2Simulator.PYTHON_OPTION,
                "/nonexistent/brian2/python3"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> simulator.prepare(plan));
        assertTrue(refused.getMessage().startsWith("brian2 simulator: cannot start /nonexistent/brian2/python3"),
                refused.getMessage());
    }

    private static SimulationPlan single(String model, Map<String, Double> parameters) {
        return SimulationPlan.builder().neurons("n", 0, 1, 1, model, parameters).duration(1).build();
    }
}
