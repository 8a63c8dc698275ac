package nngt.sim.api.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nngt.catalog.NestFamily;
import nngt.sim.api.CatalogValues;
import nngt.sim.api.SimulationPlan;

/**
 * The plan's own rules: per-edge synapse parameters fall back to the model's constant and then to the catalog's
 * default, a drawn parameter must have its column, neuron values fall back to the catalog's defaults, and the NEST
 * facts the plan uses come from the catalog.
 */
class SimulationPlanTest {

    private static SimulationPlan.Builder twoNeurons() {
        return SimulationPlan.builder().neurons("n", 0, 2, 1, "iaf_psc_alpha", Map.of("C_m", 200.0)).duration(1);
    }

    @Test
    void aSynapseParameterIsTheEdgesDrawElseTheConstantElseTheCatalogDefault() {
        SimulationPlan plan = twoNeurons()
                .synapseModel(new SimulationPlan.SynapseModel("tsodyks2_synapse", Map.of("tau_fac", 5.0),
                        List.of("U"), CatalogValues.defaults("tsodyks2_synapse", NestFamily.NEST_3_10), 0))
                .edges(new int[] {0, 1}, new int[] {1, 0}, new float[] {1, 1}, new float[] {1, 1}, new int[] {0, 0})
                .edgeParameters(Map.of("U", new float[] {0.25f, Float.NaN})).build();
        assertEquals(0.25, plan.synapseParameter("U", 0));
        assertEquals(0.5, plan.synapseParameter("U", 1), "NaN: the catalog's default U");
        assertEquals(5.0, plan.synapseParameter("tau_fac", 0), "the model's constant");
        assertEquals(800.0, plan.synapseParameter("tau_rec", 1), "the catalog's default tau_rec");
    }

    @Test
    void aParameterDrawnPerEdgeNeedsItsColumnRatherThanFallingBackToTheConstant() {
        SimulationPlan.Builder builder = twoNeurons()
                .synapseModel(new SimulationPlan.SynapseModel("tsodyks2_synapse", Map.of(), List.of("U"), Map.of(), 0))
                .edges(new int[] {0}, new int[] {1}, new float[] {1}, new float[] {1}, new int[] {0});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals("edgeParameters: tsodyks2_synapse draws 'U' per edge but the plan holds no per-edge values for "
                + "it; build the plan from an instance that draws them", error.getMessage());
    }

    @Test
    void aColumnOfTheWrongLengthIsRefused() {
        SimulationPlan.Builder builder = twoNeurons()
                .edges(new int[] {0}, new int[] {1}, new float[] {1}, new float[] {1}, null)
                .edgeParameters(Map.of("U", new float[] {0.2f, 0.3f}));
        assertTrue(assertThrows(IllegalArgumentException.class, builder::build).getMessage()
                .contains("'U' has 2 values for 1 edges"));
    }

    @Test
    void neuronValuesFallBackToTheCatalogsDefaults() {
        SimulationPlan.NeuronRange range = twoNeurons().build().ranges().get(0);
        assertEquals(200.0, range.value("C_m", 1));
        assertEquals(-70.0, range.value("E_L", 0), "iaf_psc_alpha's E_L in the catalog");
        assertEquals(20.0, range.value("tau_minus", 0), "the STDP archive's tau_minus in the catalog");
        assertThrows(IllegalArgumentException.class, () -> range.value("no_such_parameter", 0));
    }

    @Test
    void spikeRecordersKeepTheirLabelsAndTheSimulatorsSeeTheirUnion() {
        SimulationPlan plan = SimulationPlan.builder().neurons("n", 0, 5, 1, "iaf_psc_alpha", Map.of()).duration(1)
                .spikeRecorder(new SimulationPlan.SpikeRecorder("a", new int[] {0, 2}))
                .spikeRecorder(new SimulationPlan.SpikeRecorder("b", new int[] {2, 4})).build();
        assertEquals(List.of("a", "b"), plan.spikeRecorders().stream().map(SimulationPlan.SpikeRecorder::label).toList());
        assertArrayEquals(new int[] {0, 2, 4}, plan.spikeRecorded());
        SimulationPlan all = SimulationPlan.builder().neurons("n", 0, 3, 1, "iaf_psc_alpha", Map.of()).duration(1)
                .recordAllSpikes().build();
        assertArrayEquals(new int[] {0, 1, 2}, all.spikeRecorded());
    }

    @Test
    void theNestFactsComeFromTheCatalog() {
        SimulationPlan plan = twoNeurons().build();
        assertEquals(0.1, plan.resolutionMs(), "NEST's default resolution");
        assertEquals(1, plan.threads(), "NEST's default thread count");
        assertEquals(1.0, plan.deviceDelayMs(), "static_synapse's default delay");
        assertEquals(1.0, CatalogValues.defaultWeight(NestFamily.NEST_3));
        assertEquals(1.0, CatalogValues.multimeterIntervalMs(NestFamily.NEST_3_10));
        assertEquals(1.0, CatalogValues.noiseDtMs(NestFamily.NEST_2_20, 0.1), "NEST 2.20's fixed dt");
        assertEquals(1.0, CatalogValues.noiseDtMs(NestFamily.NEST_3_10, 0.1), 1e-12, "ten steps since NEST 3.3");
        assertEquals(2.0, CatalogValues.noiseDtMs(NestFamily.NEST_3_10, 0.2), 1e-12);
        assertTrue(CatalogValues.conductanceBased("aeif_cond_alpha", NestFamily.NEST_3));
        assertFalse(CatalogValues.conductanceBased("iaf_psc_alpha", NestFamily.NEST_3));
    }

    @Test
    void aPlanGroupedForRanksKeepsItsArraysAndAPlanOfOneRankCannotBeRegrouped() {
        SimulationPlan whole = twoNeurons().edges(new int[] {0}, new int[] {1}, new float[] {1}, new float[] {1}, null)
                .build();
        assertEquals(null, whole.shards(), "the generator chooses");
        SimulationPlan grouped = whole.withShards(4, 1);
        assertEquals(new SimulationPlan.Shards(4, -1, 1), grouped.shards());
        assertFalse(grouped.shards().partial());
        assertTrue(grouped.sources() == whole.sources(), "arrays are shared");
        SimulationPlan part = twoNeurons().shards(new SimulationPlan.Shards(2, 1, 1)).build();
        assertTrue(part.shards().partial());
        assertEquals(part.shards(), part.withShards(2, 1).shards(), "the same grouping stays");
        assertEquals("shards: the plan holds the edges of rank 1 of 2; it cannot be grouped for 3 ranks",
                assertThrows(IllegalArgumentException.class, () -> part.withShards(3, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SimulationPlan.Shards(2, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new SimulationPlan.Shards(0, -1, 1));
    }
}
