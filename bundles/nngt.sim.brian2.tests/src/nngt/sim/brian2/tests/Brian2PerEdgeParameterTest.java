package nngt.sim.brian2.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.sim.api.CancellationToken;
import nngt.sim.api.GeneratedProject;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.ProjectGenerators;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Simulator;
import nngt.sim.api.Trace;
import nngt.sim.api.script.DataFiles;
import nngt.sim.brian2.Brian2ProjectGenerator;
import nngt.sim.brian2.Brian2Simulator;
import nngt.sim.brian2.internal.ScriptWriter;
import nngt.sim.embedded.EmbeddedSimulator;
import nngt.sim.embedded.internal.Engine;

/**
 * Synapse parameters drawn per edge become per-synapse variables of the Brian2 Synapses objects, read from data
 * files that hold the plan's columns in the plan's edge order; the {@code brian2} generator writes them.
 */
class Brian2PerEdgeParameterTest {

    private static final float NAN = Float.NaN;

    /**
     * Three iaf_psc_alpha sources (0–2) driven by a current, each onto one target (3–5) through tsodyks2 with its
     * own U and τ_fac (0 on one edge: no facilitation memory); a static edge 0 → 4 between them in edge order.
     */
    private static SimulationPlan plan(float[] u, float[] tauFac) {
        return SimulationPlan.builder()
                .neurons("source", 0, 3, 1, "iaf_psc_alpha", Map.of())
                .neurons("target", 3, 3, 1, "iaf_psc_alpha", Map.of())
                .synapseModel(new SimulationPlan.SynapseModel("tsodyks2_synapse", Map.of("tau_rec", 100.0)))
                .edges(new int[] {2, 0, 0, 1}, new int[] {5, 4, 3, 4}, new float[] {100f, 5f, 100f, 100f},
                        new float[] {1.5f, 1f, 1.5f, 2f}, new int[] {0, -1, 0, 0})
                .edgeParameters(Map.of("U", u, "tau_fac", tauFac))
                .stimulus(new SimulationPlan.DcInput(new int[] {0, 1, 2}, 500.0, 10.0, 150.0))
                .multimeter(new SimulationPlan.Multimeter(new int[] {3, 4, 5}, List.of("I_syn_ex"), 0.1))
                .recordSpikes(0, 1, 2).duration(120.0).build();
    }

    @Test
    void theGeneratorWritesThePlansColumnsExactlyInEdgeOrderAsTheEmbeddedTablesHoldThem(@TempDir Path temp) throws IOException {
        float[] u = {0.123456789f, NAN, 0.3f, 0.77f};
        float[] tauFac = {0f, NAN, 50.5f, 20f};
        SimulationPlan plan = plan(u, tauFac);
        // the bundle's own loader sees its META-INF/services, as the command line's class path does
        ProjectGenerator generator = ProjectGenerators.byId("brian2", Brian2ProjectGenerator.class.getClassLoader());
        GeneratedProject project = generator.generate(plan, temp.resolve("project"));
        Engine embedded = (Engine) new EmbeddedSimulator().prepare(plan);
        for (Map.Entry<String, float[]> column : plan.edgeParameters().entrySet()) {
            String file = ScriptWriter.edgeParameterFile(column.getKey());
            assertTrue(project.files().contains(file), project.files().toString());
            double[] written = DataFiles.readDoubles(project.folder().resolve(file));
            double[] tables = embedded.synapseParameterByEdge(column.getKey());
            assertEquals(column.getValue().length, written.length, file);
            for (int e = 0; e < written.length; e++) {
                assertEquals(column.getValue()[e], written[e], 0.0, file + ", edge " + e);
                if (!Float.isNaN(column.getValue()[e])) {
                    assertEquals(written[e], tables[e], 0.0, "the embedded simulator's table, edge " + e);
                }
            }
        }
        String script = Files.readString(project.folder().resolve(ScriptWriter.SCRIPT));
        assertTrue(script.contains("U : 1 (constant)") && script.contains("tau_fac : second (constant)"), script);
        assertTrue(project.files().contains(ScriptWriter.SCRIPT));
    }

    @Test
    void aDrawnValueOutsideNestsRangeNamesTheEdge(@TempDir Path temp) {
        SimulationPlan plan = plan(new float[] {0.2f, NAN, 1.5f, 0.4f}, new float[] {0f, NAN, 0f, 0f});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Brian2Simulator().writeScript(plan, temp));
        assertTrue(e.getMessage().contains("U = 1.5 on edge 0 → 3") && e.getMessage().contains("[0, 1]"),
                e.getMessage());
    }

    @Test
    void perEdgeUAndTauFacGiveTheEmbeddedSimulatorsCurrents() {
        Brian2Available.assumeInstalled();
        SimulationPlan plan = plan(new float[] {0.2f, NAN, 0.5f, 0.8f}, new float[] {0f, NAN, 50f, 20f});
        SimulationResult brian = run(new Brian2Simulator(), plan);
        SimulationResult embedded = run(new EmbeddedSimulator(), plan);
        assertTrue(embedded.spikeCount(0) >= 5, "the presynaptic trains have several spikes");
        assertEquals(3, brian.traces().size());
        for (Trace expected : embedded.traces()) {
            Trace actual = brian.traces().stream().filter(t -> t.neuron() == expected.neuron()).findFirst()
                    .orElseThrow();
            assertArrayEquals(expected.values(), actual.values(), 1e-9, "I_syn_ex of neuron " + expected.neuron());
        }
    }

    private static SimulationResult run(Simulator simulator, SimulationPlan plan) {
        try (var prepared = simulator.prepare(plan)) {
            return prepared.run(ProgressListener.NONE, new CancellationToken());
        }
    }
}
