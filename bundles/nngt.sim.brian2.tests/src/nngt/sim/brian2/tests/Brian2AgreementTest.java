package nngt.sim.brian2.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Simulator;
import nngt.sim.api.Trace;
import nngt.sim.api.analysis.SpikeStatistics;
import nngt.sim.brian2.Brian2Simulator;
import nngt.sim.embedded.EmbeddedSimulator;
import nngt.sim.embedded.bench.BrunelNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Brian2 (run for real) against the embedded simulator, which reproduces NEST: spike times of one neuron
 * under DC and step currents and of a neuron driven through one synapse within one resolution step,
 * multimeter traces, and per-group rates of a Brunel network within 10 %.
 */
class Brian2AgreementTest {

    /** NEST's default resolution, the catalog's, as a plan built by hand gets it. */
    private static final double H = SimulationPlan.builder().build().resolutionMs();

    @BeforeEach
    void requireBrian2() {
        Brian2Available.assumeInstalled();
    }

    static SimulationResult run(Simulator simulator, SimulationPlan plan) {
        try (PreparedSimulation prepared = simulator.prepare(plan)) {
            return prepared.run(ProgressListener.NONE, new CancellationToken());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"iaf_psc_alpha", "iaf_psc_exp", "iaf_psc_delta", "iaf_cond_exp"})
    void oneNeuronUnderDcAndStepCurrentSpikesAtTheEmbeddedTimes(String model) {
        SimulationPlan plan = SimulationPlan.builder()
                .neurons("n", 0, 1, 1, model, Map.of("C_m", 220.0, "E_L", -65.0))
                .stimulus(new SimulationPlan.DcInput(new int[] {0}, 500.0, 10.0, 150.0))
                .stimulus(new SimulationPlan.StepCurrentInput(new int[] {0}, new double[] {160.0, 180.0},
                        new double[] {800.0, 0.0}))
                .recordSpikes(0).duration(200.0).build();
        SimulationResult brian = run(new Brian2Simulator(), plan);
        SimulationResult embedded = run(new EmbeddedSimulator(), plan);
        double[] expected = embedded.spikeTimes(0);
        double[] actual = brian.spikeTimes(0);
        assertTrue(expected.length >= 8, "the DC drives the neuron regularly: " + expected.length + " spikes");
        assertEquals(expected.length, actual.length, "spike count");
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], H + 1e-9, "spike " + k);
        }
        assertEquals("brian2", brian.metadata().simulator());
        assertTrue(brian.metadata().version().startsWith("brian2 2."), brian.metadata().version());
    }

    @ParameterizedTest
    @ValueSource(strings = {"iaf_psc_alpha", "iaf_psc_delta", "iaf_cond_exp"})
    void spikesReachTheTargetAfterTheSynapticDelayAsInTheEmbeddedSimulator(String model) {
        // neuron 0 (DC driven) alone makes neuron 1 fire: pA, mV or nS by model
        float weight = switch (model) {
            case "iaf_psc_alpha" -> 1500f;
            case "iaf_psc_delta" -> 16f;
            default -> 300f;
        };
        SimulationPlan plan = SimulationPlan.builder()
                .neurons("n", 0, 2, 1, model, Map.of())
                .edges(new int[] {0}, new int[] {1}, new float[] {weight}, new float[] {1.5f}, null)
                .stimulus(new SimulationPlan.DcInput(new int[] {0}, 500.0, 10.0, 150.0))
                .recordSpikes(0, 1).duration(100.0).build();
        double[] expected = run(new EmbeddedSimulator(), plan).spikeTimes(1);
        double[] actual = run(new Brian2Simulator(), plan).spikeTimes(1);
        assertTrue(expected.length >= 4, "the input makes the target fire: " + expected.length + " spikes");
        assertEquals(expected.length, actual.length, "spike count of the target");
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], H + 1e-9, "target spike " + k);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"iaf_psc_alpha", "iaf_cond_exp"})
    void multimeterTracesMatchTheEmbeddedSimulator(String model) {
        boolean conductance = model.equals("iaf_cond_exp");
        String synaptic = conductance ? "g_ex" : "I_syn_ex";
        SimulationPlan plan = SimulationPlan.builder()
                .neurons("n", 0, 2, 1, model, Map.of())
                .edges(new int[] {0}, new int[] {1}, new float[] {conductance ? 300f : 1500f}, new float[] {1.5f},
                        null)
                .stimulus(new SimulationPlan.DcInput(new int[] {0}, 500.0, 10.0, 150.0))
                .multimeter(new SimulationPlan.Multimeter(new int[] {1, 0}, List.of("V_m", synaptic), 0.5))
                .recordSpikes(0, 1).duration(60.0).build();
        List<Trace> brian = run(new Brian2Simulator(), plan).traces();
        List<Trace> embedded = run(new EmbeddedSimulator(), plan).traces();
        assertEquals(embedded.size(), brian.size(), "number of traces");
        // exact propagators agree to rounding; RK4 against NEST's RKF45 within 0.01 mV and 0.1 nS of 300 nS
        double voltageTolerance = conductance ? 0.01 : 1e-9;
        double synapticTolerance = conductance ? 0.1 : 1e-9;
        for (int t = 0; t < brian.size(); t++) {
            Trace expected = embedded.get(t);
            Trace actual = brian.get(t);
            assertEquals(expected.neuron(), actual.neuron(), "trace " + t + " neuron");
            assertEquals(expected.recordable(), actual.recordable(), "trace " + t + " recordable");
            assertArrayEquals(expected.timesMs(), actual.timesMs(), 1e-9, "trace " + t + " times");
            double tolerance = actual.recordable().equals("V_m") ? voltageTolerance : synapticTolerance;
            assertArrayEquals(expected.values(), actual.values(), tolerance, "trace " + t + " " + actual.recordable());
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 200.0})
    void tsodyks2SynapticCurrentMatchesTheEmbeddedSimulator(double tauFac) {
        // a regular presynaptic train through a depressing (tau_fac 0) or facilitating synapse
        SimulationPlan plan = SimulationPlan.builder()
                .neurons("n", 0, 2, 1, "iaf_psc_alpha", Map.of())
                .synapseModel(new SimulationPlan.SynapseModel("tsodyks2_synapse",
                        Map.of("U", 0.3, "tau_rec", 100.0, "tau_fac", tauFac)))
                .edges(new int[] {0}, new int[] {1}, new float[] {100f}, new float[] {1.5f}, new int[] {0})
                .stimulus(new SimulationPlan.DcInput(new int[] {0}, 500.0, 10.0, 150.0))
                .multimeter(new SimulationPlan.Multimeter(new int[] {1}, List.of("I_syn_ex"), 0.1))
                .recordSpikes(0, 1).duration(120.0).build();
        SimulationResult brian = run(new Brian2Simulator(), plan);
        SimulationResult embedded = run(new EmbeddedSimulator(), plan);
        assertTrue(embedded.spikeCount(0) >= 5, "the presynaptic train has several spikes");
        assertArrayEquals(embedded.traces().get(0).values(), brian.traces().get(0).values(), 1e-9,
                "I_syn_ex of the target (pA)");
    }

    @Test
    void brunelNetworkGroupRatesAgreeWithinTenPercent() {
        // 400 excitatory + 100 inhibitory iaf_psc_alpha, fixed in-degree 40 + 10, Poisson drive, 300 ms
        SimulationPlan plan = BrunelNetwork.request(100, 300.0, 12345, 1);
        double[] brian = SpikeStatistics.groupRatesHz(run(new Brian2Simulator(), plan), 0, 300.0);
        double[] embedded = SpikeStatistics.groupRatesHz(run(new EmbeddedSimulator(), plan), 0, 300.0);
        assertTrue(embedded[0] > 10.0, "the network is active: " + embedded[0] + " Hz");
        for (int group = 0; group < 2; group++) {
            assertEquals(embedded[group], brian[group], 0.10 * embedded[group], "rate of group " + group + " (Hz)");
        }
    }
}
