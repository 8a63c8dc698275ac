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
        assertEquals(List.of("iaf_cond_alpha", "iaf_cond_exp", "iaf_psc_alpha", "iaf_psc_exp", "izhikevich"),
                List.copyOf(capabilities.neuronModels().keySet()));
        assertEquals(List.of("static_synapse"), List.copyOf(capabilities.synapseModels().keySet()));
        assertEquals(List.of("dc_generator", "multimeter", "noise_generator", "poisson_generator", "spike_generator",
                "spike_recorder", "step_current_generator"), List.copyOf(capabilities.devices().keySet()));
        assertTrue(capabilities.neuronModels().values().stream().allMatch(l -> l == SupportLevel.APPROXIMATE));
        assertEquals(SupportLevel.UNSUPPORTED, capabilities.supportLevel("aeif_cond_alpha"));
        assertEquals(SupportLevel.UNSUPPORTED, capabilities.supportLevel("tsodyks2_synapse"));
    }

    @Test
    void everyUnsupportedPartIsListedAndNothingIsWritten() {
        SimulationPlan plan = SimulationPlan.builder().name("mixed").duration(10)
                .neurons("a", 0, 2, 1, "aeif_cond_alpha", Map.of())
                .neurons("b", 2, 2, 1, "hh_psc_alpha", Map.of())
                .neurons("c", 4, 2, 1, "iaf_psc_alpha", Map.of())
                .edges(new int[] {0, 4}, new int[] {4, 5}, new float[] {10, 10}, new float[] {1, 1}, new int[] {0, 0})
                .synapseModel(new SimulationPlan.SynapseModel("tsodyks2_synapse", Map.of()))
                .recordAllSpikes().build();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new NeuronSimulator().prepare(plan));
        assertEquals("plan: backend 'neuron' does not support neuron model 'aeif_cond_alpha' (group 'a'), neuron "
                + "model 'hh_psc_alpha' (group 'b'), synapse model 'tsodyks2_synapse'; nothing was run",
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
}
