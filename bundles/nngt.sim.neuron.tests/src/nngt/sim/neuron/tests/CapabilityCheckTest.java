package nngt.sim.neuron.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SupportLevel;
import nngt.sim.neuron.NeuronSimulator;
import nngt.sim.neuron.PynnProjectGenerator;

/**
 * The capability declaration is honest: what PyNN's standard cells cover is declared, everything else is refused
 * before anything is written or started, with every unsupported part or value named. Needs no Python.
 */
class CapabilityCheckTest {

    @TempDir
    Path folder;

    @Test
    void theDeclarationListsTheMappedModelsAndDevicesAndNothingElse() {
        var capabilities = new NeuronSimulator().capabilities();
        assertEquals(List.of("aeif_cond_alpha", "hh_cond_exp_traub", "iaf_cond_alpha", "iaf_cond_exp", "iaf_psc_alpha",
                "iaf_psc_exp", "izhikevich"), List.copyOf(capabilities.neuronModels().keySet()));
        assertEquals(List.of("static_synapse", "stdp_synapse", "tsodyks2_synapse", "tsodyks_synapse"),
                List.copyOf(capabilities.synapseModels().keySet()));
        assertEquals(List.of("dc_generator", "multimeter", "noise_generator", "poisson_generator", "spike_generator",
                "spike_recorder", "step_current_generator"), List.copyOf(capabilities.devices().keySet()));
        assertTrue(capabilities.neuronModels().values().stream().allMatch(l -> l == SupportLevel.APPROXIMATE));
        assertEquals(SupportLevel.UNSUPPORTED, capabilities.supportLevel("aeif_psc_alpha"));
        assertEquals(SupportLevel.UNSUPPORTED, capabilities.supportLevel("quantal_stp_synapse"));
    }

    @Test
    void everyUnsupportedPartIsListedAndNothingIsWritten() {
        SimulationPlan plan = SimulationPlan.builder().name("mixed").duration(10)
                .neurons("a", 0, 2, 1, "aeif_psc_alpha", Map.of())
                .neurons("b", 2, 2, 1, "hh_psc_alpha", Map.of())
                .neurons("c", 4, 2, 1, "iaf_psc_alpha", Map.of())
                .edges(new int[] {0, 4}, new int[] {4, 5}, new float[] {10, 10}, new float[] {1, 1}, new int[] {0, 0})
                .synapseModel(new SimulationPlan.SynapseModel("quantal_stp_synapse", Map.of()))
                .recordAllSpikes().build();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new NeuronSimulator().prepare(plan));
        assertEquals("plan: backend 'neuron' does not support neuron model 'aeif_psc_alpha' (group 'a'), neuron "
                + "model 'hh_psc_alpha' (group 'b'), synapse model 'quantal_stp_synapse'; nothing was run",
                refused.getMessage());
        Path project = folder.resolve("project");
        assertThrows(IllegalArgumentException.class, () -> new PynnProjectGenerator().generate(plan, project));
        assertFalse(Files.exists(project), "nothing written");
    }

    @Test
    void aParameterWithoutPynnCounterpartIsAcceptedOnlyAtItsDefault() {
        SimulationPlan peak = SimulationPlan.builder().duration(10)
                .neurons("izh", 0, 1, 1, "izhikevich", Map.of("V_th", 25.0)).build();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new NeuronSimulator().prepare(peak));
        assertEquals("group 'izh' (izhikevich) sets V_th = 25.0; PyNN's Izhikevich has no counterpart for V_th, so "
                + "only 30.0 (the spike peak of PyNN's Izhikevich mechanism) can be run on NEURON",
                refused.getMessage());
        SimulationPlan floor = SimulationPlan.builder().duration(10)
                .neurons("n", 0, 1, 1, "iaf_psc_alpha", Map.of("V_min", -80.0)).build();
        refused = assertThrows(IllegalArgumentException.class, () -> new NeuronSimulator().prepare(floor));
        assertTrue(refused.getMessage().startsWith("group 'n' (iaf_psc_alpha) sets V_min = -80.0; PyNN's "
                + "IF_curr_alpha has no counterpart for V_min, so only -Infinity (NEST's default)"),
                refused.getMessage());
    }

    @Test
    void aRecordableTheCellLacksIsNamedWithWhatItRecords() {
        SimulationPlan plan = SimulationPlan.builder().duration(10)
                .neurons("n", 0, 1, 1, "iaf_psc_alpha", Map.of())
                .multimeter(new SimulationPlan.Multimeter("mm", new int[] {0}, List.of("V_m", "I_syn_ex"), 0.1))
                .build();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new NeuronSimulator().prepare(plan));
        assertEquals("multimeter 'mm' records 'I_syn_ex' of group 'n' (iaf_psc_alpha); PyNN's IF_curr_alpha "
                + "records V_m", refused.getMessage());
    }

    /** One plastic edge 0 → 1 between two single-neuron groups. */
    private static SimulationPlan plastic(String target, String synapse, Map<String, Double> parameters,
            float weight) {
        return SimulationPlan.builder().duration(10)
                .neurons("pre", 0, 1, 1, "iaf_psc_alpha", Map.of())
                .neurons("post", 1, 1, 1, target, Map.of())
                .synapseModel(new SimulationPlan.SynapseModel(synapse, parameters))
                .edges(new int[] {0}, new int[] {1}, new float[] {weight}, new float[] {1}, new int[] {0})
                .build();
    }

    private static String refusal(SimulationPlan plan) {
        return assertThrows(IllegalArgumentException.class, () -> new NeuronSimulator().prepare(plan)).getMessage();
    }

    @Test
    void plasticSynapsesWithoutAPynnEquivalentAreRefusedWithTheReason() {
        // NEST's tsodyks2 default u is 0.5 whatever U is; PyNN releases U at the first spike
        assertEquals("synapse model 'tsodyks2_synapse' starts with u = 0.5 and U = 0.2 on edge 0 → 1; NEST "
                + "releases the initial u at the first spike while PyNN's TsodyksMarkramSynapse releases U, so only "
                + "u = U can be run on NEURON (set u to the value of U)",
                refusal(plastic("iaf_psc_exp", "tsodyks2_synapse", Map.of("U", 0.2), 10)));
        assertEquals("synapse model 'tsodyks_synapse' sets x = 0.5 on edge 0 → 1; PyNN's TsodyksMarkramSynapse "
                + "starts with every resource available, so only x = 1.0 (NEST's default) can be run on NEURON",
                refusal(plastic("iaf_psc_exp", "tsodyks_synapse", Map.of("x", 0.5), 10)));
        assertTrue(refusal(plastic("izhikevich", "tsodyks2_synapse", Map.of(), 10)).startsWith("synapse model "
                + "'tsodyks2_synapse' onto group 'post' (izhikevich): PyNN's plastic synapses are offered onto"));
        assertEquals("synapse model 'stdp_synapse' has the negative weight -5.0 on edge 0 → 1; PyNN's weight "
                + "dependences keep a current weight in [w_min, w_max] and potentiate towards w_max, so only positive "
                + "(excitatory) current weights can learn on NEURON",
                refusal(plastic("iaf_psc_alpha", "stdp_synapse", Map.of("Wmax", -100.0, "mu_plus", 0.0,
                        "mu_minus", 0.0), -5)));
        // NEST's default stdp_synapse is multiplicative (mu 1)
        assertEquals("synapse model 'stdp_synapse' has mu_plus = 1.0 and mu_minus = 1.0 on edge 0 → 1; PyNN's STDP "
                + "on NEURON computes every weight change between two presynaptic spikes from the weight at the first "
                + "of them, where NEST applies each pairing to the weight the previous one left, so only the additive "
                + "rule (mu_plus = mu_minus = 0) gives NEST's weights on NEURON",
                refusal(plastic("iaf_psc_alpha", "stdp_synapse", Map.of(), 5)));
        assertEquals("group 'post' (hh_cond_exp_traub) sets t_ref = 3.0; PyNN's HH_cond_exp has no counterpart for "
                + "t_ref, so only 2.0 (NEST's default) can be run on NEURON", refusal(SimulationPlan.builder()
                        .duration(10).neurons("post", 0, 1, 1, "hh_cond_exp_traub", Map.of("t_ref", 3.0)).build()));
    }

    @Test
    void plasticParametersBecomePynnArgumentsOrPerConnectionColumns() throws java.io.IOException {
        SimulationPlan plan = SimulationPlan.builder().duration(10)
                .neurons("pre", 0, 1, 1, "iaf_psc_alpha", Map.of())
                .neurons("post", 1, 2, 1, "iaf_cond_exp", Map.of("tau_minus", 30.0))
                .synapseModel(new SimulationPlan.SynapseModel("stdp_synapse", Map.of("Wmax", 40.0, "lambda", 0.02,
                        "alpha", 1.5, "mu_plus", 0.0, "mu_minus", 0.0)))
                .synapseModel(new SimulationPlan.SynapseModel("tsodyks2_synapse", Map.of("U", 0.3, "u", 0.3)))
                .edges(new int[] {0, 0, 0}, new int[] {1, 2, 1}, new float[] {5, 5, 5}, new float[] {1, 1, 1},
                        new int[] {0, 0, 1})
                .edgeParameters(Map.of("tau_plus", new float[] {10, 25, Float.NaN})).build();
        Path project = folder.resolve("project");
        new PynnProjectGenerator().generate(plan, project);
        String script = Files.readString(project.resolve("run.py"));
        // A+ = lambda, A- = alpha * lambda, w_max = Wmax in uS; tau_minus from the targets; tau_plus per edge
        assertTrue(script.contains("timing = sim.SpikePairRule(tau_minus=30.0, A_plus=0.02, A_minus="
                + 1.5 * 0.02 + ")"), script);
        assertTrue(script.contains("dependence = sim.AdditiveWeightDependence(w_min=0.0, w_max=0.04)"), script);
        assertTrue(script.contains("'excitatory', synapse, ['tau_plus'])"), script);
        assertTrue(script.contains("synapse = sim.TsodyksMarkramSynapse(U=0.3, tau_rec=800.0, tau_facil=0.0)"),
                script);
        assertTrue(script.contains("adjust(projection1, 'tau_syn', 1.0E-9)"), script);
    }

    @Test
    void theAdaptiveCellDetectsSpikesFiveSlopeFactorsAboveThresholdOrAtVPeak() throws java.io.IOException {
        SimulationPlan plan = SimulationPlan.builder().duration(10)
                .neurons("defaults", 0, 1, 1, "aeif_cond_alpha", Map.of())
                .neurons("low_peak", 1, 1, 1, "aeif_cond_alpha", Map.of("V_peak", -45.0))
                .neurons("no_exponential", 2, 1, 1, "aeif_cond_alpha", Map.of("Delta_T", 0.0)).build();
        Path project = folder.resolve("adaptive");
        new PynnProjectGenerator().generate(plan, project);
        String script = Files.readString(project.resolve("run.py")).replaceAll("\\s+", " ");
        // V_th + 5 Delta_T with NEST's defaults, V_peak where lower, V_th without the exponential
        assertTrue(script.contains("v_spike=" + (-50.4 + 5 * 2.0) + ","), script);
        assertTrue(script.contains("v_spike=-45.0,"), script);
        assertTrue(script.contains("v_spike=-50.4,"), script);
        SimulationPlan refractory = SimulationPlan.builder().duration(10)
                .neurons("adex", 0, 1, 1, "aeif_cond_alpha", Map.of("t_ref", 2.0)).build();
        assertEquals("group 'adex' (aeif_cond_alpha) sets t_ref = 2.0; PyNN's EIF_cond_alpha_isfa_ista clamps v "
                + "through a conductance from its earlier spike detection on and fired one spike more than NEST in 1 s "
                + "with t_ref = 2 ms at 1500 pA, so only 0.0 (NEST's default) can be run on NEURON",
                refusal(refractory));
    }
}
