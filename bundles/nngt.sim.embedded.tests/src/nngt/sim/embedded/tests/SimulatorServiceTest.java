package nngt.sim.embedded.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nngt.sim.api.CancellationToken;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.SimulationCancelledException;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Simulator;
import nngt.sim.api.Simulators;
import nngt.sim.api.SupportLevel;
import nngt.sim.embedded.EmbeddedSimulator;
import nngt.sim.embedded.bench.BrunelNetwork;

/** The service contract: registration, capabilities, progress, cancellation, metadata and bad input. */
class SimulatorServiceTest {

    @Test
    void serviceLoaderFindsTheEmbeddedSimulator() {
        Simulator simulator = Simulators.byId("embedded", EmbeddedSimulator.class.getClassLoader());
        assertEquals(EmbeddedSimulator.class, simulator.getClass());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Simulators.byId("nest", EmbeddedSimulator.class.getClassLoader()));
        assertTrue(e.getMessage().contains("embedded"), e.getMessage());
    }

    @Test
    void capabilitiesNameSupportedModels() {
        var capabilities = new EmbeddedSimulator().capabilities();
        assertEquals(SupportLevel.FULL, capabilities.supportLevel("iaf_psc_alpha"));
        assertEquals(SupportLevel.FULL, capabilities.supportLevel("tsodyks2_synapse"));
        assertEquals(SupportLevel.FULL, capabilities.supportLevel("poisson_generator"));
        assertEquals(SupportLevel.UNSUPPORTED, capabilities.supportLevel("ht_neuron"));
    }

    @Test
    void progressReachesTheDurationAndMetadataIsFilled() {
        List<Double> reported = new ArrayList<>();
        PreparedSimulation prepared = new EmbeddedSimulator().prepare(BrunelNetwork.request(20, 50.0, 5, 2));
        SimulationResult result = prepared.run((done, total) -> reported.add(done), new CancellationToken());
        assertEquals(50.0, reported.get(reported.size() - 1), 1e-9);
        assertEquals("embedded", result.metadata().simulator());
        assertEquals(5, result.metadata().seed());
        assertEquals(2, result.metadata().threads());
        assertTrue(result.metadata().buildSeconds() > 0 && result.metadata().runSeconds() > 0);
        assertThrows(IllegalStateException.class, () -> prepared.run((a, b) -> { }, new CancellationToken()));
    }

    @Test
    void cancellationStopsTheRun() {
        CancellationToken token = new CancellationToken();
        PreparedSimulation prepared = new EmbeddedSimulator().prepare(BrunelNetwork.request(20, 500.0, 5, 2));
        assertThrows(SimulationCancelledException.class, () -> prepared.run((done, total) -> {
            if (done >= 10.0) {
                token.cancel();
            }
        }, token));
    }

    @Test
    void invalidParametersAreRejectedWithTheirNameAndRule() {
        EmbeddedSimulator simulator = new EmbeddedSimulator();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> simulator.prepare(
                Sim.single("iaf_psc_alpha", Map.of("tau_mem", 10.0), 1.0).build()));
        assertTrue(unknown.getMessage().contains("tau_mem") && unknown.getMessage().contains("tau_m"),
                unknown.getMessage());
        IllegalArgumentException reset = assertThrows(IllegalArgumentException.class, () -> simulator.prepare(
                Sim.single("iaf_psc_exp", Map.of("V_reset", -50.0), 1.0).build()));
        assertTrue(reset.getMessage().contains("V_reset = -50.0"), reset.getMessage());
        IllegalArgumentException frozen = assertThrows(IllegalArgumentException.class, () -> simulator.prepare(
                Sim.single("iaf_psc_alpha", Map.of("frozen", 1.0), 1.0).build()));
        assertTrue(frozen.getMessage().contains("frozen"), frozen.getMessage());
        simulator.prepare(Sim.single("iaf_psc_alpha", Map.of("frozen", 0.0), 1.0).build()).close();
        IllegalArgumentException model = assertThrows(IllegalArgumentException.class, () -> simulator.prepare(
                Sim.single("ht_neuron", Map.of(), 1.0).build()));
        assertTrue(model.getMessage().contains("ht_neuron"), model.getMessage());
        IllegalArgumentException delay = assertThrows(IllegalArgumentException.class, () -> simulator.prepare(
                SimulationPlan.builder().neurons("n", 0, 2, 1, "iaf_psc_alpha", Map.of())
                        .edges(new int[] {0}, new int[] {1}, new float[] {1f}, new float[] {0.04f}, null)
                        .duration(1.0).build()));
        assertTrue(delay.getMessage().contains("0.04"), delay.getMessage());
        IllegalArgumentException duration = assertThrows(IllegalArgumentException.class, () -> simulator.prepare(
                Sim.single("iaf_psc_alpha", Map.of(), 1.05).build()));
        assertTrue(duration.getMessage().contains("1.05"), duration.getMessage());
    }

    @Test
    void badRequestsAreRejectedByTheBuilder() {
        IllegalArgumentException gap = assertThrows(IllegalArgumentException.class, () -> SimulationPlan.builder()
                .neurons("a", 0, 2, 1, "iaf_psc_alpha", Map.of()).neurons("b", 3, 2, 1, "iaf_psc_alpha", Map.of())
                .build());
        assertTrue(gap.getMessage().contains("'b' starts at id 3"), gap.getMessage());
        IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
                () -> SimulationPlan.builder().neurons("a", 0, 2, 1, "iaf_psc_alpha", Map.of())
                        .edges(new int[] {0}, new int[] {2}, new float[] {1f}, new float[] {1f}, null).build());
        assertTrue(target.getMessage().contains("neuron id 2"), target.getMessage());
    }
}
