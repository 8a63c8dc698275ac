package nngt.sim.brian2.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Trace;
import nngt.sim.api.analysis.SpikeStatistics;
import nngt.sim.brian2.Brian2Simulator;
import nngt.sim.embedded.EmbeddedSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Brian2 (run for real) against the embedded simulator, which reproduces NEST, for the aeif models,
 * izhikevich, spike_generator and noise_generator. The aeif models run RK4 on a 0.01 ms internal clock
 * where NEST runs an adaptive RKF45: a spike is reset at most 0.01 ms late, so spike times stay within
 * one 0.1 ms step for about 20 spikes in a row; the tests below have at most 7 spikes per neuron.
 * Izhikevich's explicit scheme is NEST's, so its spikes match exactly.
 */
class Brian2ModelAgreementTest {

    /** NEST's default resolution, the catalog's, as a plan built by hand gets it. */
    private static final double H = SimulationPlan.builder().build().resolutionMs();

    @BeforeEach
    void requireBrian2() {
        Brian2Available.assumeInstalled();
    }

    private static void assertSpikesWithin(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": spike count (expected "
                + java.util.Arrays.toString(expected) + ", got " + java.util.Arrays.toString(actual) + ")");
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], tolerance, what + ": spike " + k);
        }
    }

    private static double maxDifference(Trace expected, Trace actual) {
        double max = 0;
        for (int k = 0; k < expected.values().length; k++) {
            max = Math.max(max, Math.abs(expected.values()[k] - actual.values()[k]));
        }
        return max;
    }

    /**
     * One plan, run once by each simulator for three tests (each Brian2 run starts Python and derives
     * the propagators, several seconds): neurons 0–4 under DC (the aeif models, with t_ref &gt; 0, Delta_T = 0
     * and stronger adaptation covered, and izhikevich); 5–7 driven by spike_generators (repeated times, pA,
     * nS and mV weights); 8–9 (iaf_psc_delta, izhikevich) driven by the aeif neuron 0, whose spikes come
     * from a finer clock.
     */
    private static SimulationPlan sharedRequest() {
        double[] times = {5.0, 5.0, 12.3, 20.0, 20.1, 20.2, 40.0, 41.0, 50.0, 50.0, 50.0};
        return SimulationPlan.builder()
                .neurons("psc_alpha", 0, 1, 1, "aeif_psc_alpha", Map.of())
                .neurons("psc_exp", 1, 1, 1, "aeif_psc_exp", Map.of("t_ref", 2.0))
                .neurons("cond_alpha", 2, 1, 1, "aeif_cond_alpha", Map.of("Delta_T", 0.0))
                .neurons("cond_exp", 3, 1, 1, "aeif_cond_exp", Map.of("a", 10.0, "b", 40.0))
                .neurons("izhikevich", 4, 1, 1, "izhikevich", Map.of())
                .neurons("current_target", 5, 1, 1, "iaf_psc_alpha", Map.of())
                .neurons("conductance_target", 6, 1, 1, "aeif_cond_alpha", Map.of())
                .neurons("izhikevich_target", 7, 1, 1, "izhikevich", Map.of())
                .neurons("delta_follower", 8, 1, 1, "iaf_psc_delta", Map.of())
                .neurons("izhikevich_follower", 9, 1, 1, "izhikevich", Map.of())
                .edges(new int[] {0, 0}, new int[] {8, 9}, new float[] {16f, 35f}, new float[] {1.5f, 1.5f}, null)
                .stimulus(new SimulationPlan.DcInput(new int[] {0, 1, 2, 3}, 1000.0, 5.0, 1000.0))
                .stimulus(new SimulationPlan.DcInput(new int[] {4}, 15.0, 5.0, 1000.0))
                .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {5}, times, 1200.0, 1.5))
                .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {6}, times, 200.0, 1.5))
                .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {7}, times, 20.0, 1.5))
                .multimeter(new SimulationPlan.Multimeter(new int[] {4}, List.of("V_m", "U_m"), 1.0))
                .multimeter(new SimulationPlan.Multimeter(new int[] {5, 6, 7, 8, 9}, List.of("V_m"), 0.1))
                .multimeter(new SimulationPlan.Multimeter(new int[] {6}, List.of("g_ex", "w"), 0.1))
                .recordAllSpikes().duration(65.0).build();
    }

    private static SimulationResult[] shared;

    /** @return the Brian2 and the embedded result of {@link #sharedRequest()}, computed once */
    private static synchronized SimulationResult[] sharedResults() {
        if (shared == null) {
            SimulationPlan plan = sharedRequest();
            shared = new SimulationResult[] {Brian2AgreementTest.run(new Brian2Simulator(), plan),
                Brian2AgreementTest.run(new EmbeddedSimulator(), plan)};
        }
        return shared;
    }

    @Test
    void aeifModelsAndIzhikevichUnderDcSpikeAtTheEmbeddedTimes() {
        SimulationResult brian = sharedResults()[0];
        SimulationResult embedded = sharedResults()[1];
        String[] models = {"aeif_psc_alpha", "aeif_psc_exp (t_ref 2 ms)", "aeif_cond_alpha (Delta_T 0)",
            "aeif_cond_exp (a 10 nS, b 40 pA)"};
        for (int neuron = 0; neuron < 4; neuron++) {
            assertTrue(embedded.spikeCount(neuron) >= 4, models[neuron] + " fires regularly: "
                    + embedded.spikeCount(neuron));
            if (neuron != 2) {
                assertSpikesWithin(embedded.spikeTimes(neuron), brian.spikeTimes(neuron), H + 1e-9, models[neuron]);
            }
        }
        // with Delta_T = 0 the trajectory to V_th is smooth and NEST's RKF45 takes long steps there, so
        // NEST detects the crossing later than the 0.01 ms clock does: about 0.05 ms more per spike
        double[] expectedLinear = embedded.spikeTimes(2);
        double[] actualLinear = brian.spikeTimes(2);
        assertEquals(expectedLinear.length, actualLinear.length, "aeif_cond_alpha with Delta_T = 0: spike count");
        for (int k = 0; k < expectedLinear.length; k++) {
            assertEquals(expectedLinear[k], actualLinear[k], H + 0.05 * k + 1e-9,
                    "aeif_cond_alpha with Delta_T = 0: spike " + k);
        }
        assertTrue(embedded.spikeCount(4) >= 3, "izhikevich fires: " + embedded.spikeCount(4));
        assertSpikesWithin(embedded.spikeTimes(4), brian.spikeTimes(4), 1e-9, "izhikevich");
        // izhikevich: NEST's scheme up to rounding in SI units
        assertEquals("U_m", brian.traces().get(1).recordable());
        assertEquals(0, maxDifference(embedded.traces().get(0), brian.traces().get(0)), 1e-6, "izhikevich V_m (mV)");
        assertEquals(0, maxDifference(embedded.traces().get(1), brian.traces().get(1)), 1e-6, "izhikevich U_m");
    }

    @Test
    void spikeGeneratorDrivesNeuronsThroughTheirSynapseAsInTheEmbeddedSimulator() {
        SimulationResult brian = sharedResults()[0];
        SimulationResult embedded = sharedResults()[1];
        String[] names = {"iaf_psc_alpha", "aeif_cond_alpha", "izhikevich"};
        for (int k = 0; k < 3; k++) {
            int neuron = 5 + k;
            assertTrue(embedded.spikeCount(neuron) >= 3, names[k] + " fires: " + embedded.spikeCount(neuron));
            assertSpikesWithin(embedded.spikeTimes(neuron), brian.spikeTimes(neuron), H + 1e-9, names[k]);
        }
        // exact propagator and izhikevich's Euler agree to rounding; RK4 at 0.01 ms against RKF45 within
        // 0.01 mV until the first spike (after it, V_m is steep and a 0.01 ms later reset shows in the samples)
        assertEquals(0, maxDifference(embedded.traces().get(2), brian.traces().get(2)), 1e-9, "iaf_psc_alpha V_m");
        double firstSpike = embedded.spikeTimes(6)[0];
        Trace expected = embedded.traces().get(3);
        Trace actual = brian.traces().get(3);
        for (int k = 0; k < expected.values().length && expected.timesMs()[k] < firstSpike - 0.5; k++) {
            assertEquals(expected.values()[k], actual.values()[k], 0.01, "aeif_cond_alpha V_m at "
                    + expected.timesMs()[k] + " ms");
        }
        assertEquals(0, maxDifference(embedded.traces().get(4), brian.traces().get(4)), 1e-6, "izhikevich V_m");
        // the conductance only follows the input; w jumps by b = 80.5 pA at each spike (a spike one step
        // apart shows as a jump one sample apart) and relaxes by well under 1 pA in the step by which a
        // spike may differ, so after the last spike the two agree within 1 pA
        assertEquals("g_ex", brian.traces().get(7).recordable());
        assertEquals(0, maxDifference(embedded.traces().get(7), brian.traces().get(7)), 1e-3, "aeif_cond_alpha g_ex");
        double[] expectedW = embedded.traces().get(8).values();
        double[] actualW = brian.traces().get(8).values();
        assertTrue(expectedW[expectedW.length - 1] > 2 * 80.5, "w has jumped at several spikes");
        assertEquals(expectedW[expectedW.length - 1], actualW[actualW.length - 1], 1.0, "aeif_cond_alpha w at the end");
    }

    @Test
    void spikesFromTheAeifClockReachDeltaAndIzhikevichTargetsInTheirEmbeddedStep() {
        SimulationResult brian = sharedResults()[0];
        SimulationResult embedded = sharedResults()[1];
        assertTrue(embedded.spikeCount(8) >= 3, "iaf_psc_delta follows: " + embedded.spikeCount(8));
        assertTrue(embedded.spikeCount(9) >= 2, "izhikevich follows: " + embedded.spikeCount(9));
        assertSpikesWithin(embedded.spikeTimes(8), brian.spikeTimes(8), 1e-9, "iaf_psc_delta");
        assertSpikesWithin(embedded.spikeTimes(9), brian.spikeTimes(9), 1e-9, "izhikevich");
        assertEquals(0, maxDifference(embedded.traces().get(5), brian.traces().get(5)), 1e-9, "iaf_psc_delta V_m");
        assertEquals(0, maxDifference(embedded.traces().get(6), brian.traces().get(6)), 1e-6, "izhikevich V_m");
    }

    @Test
    void izhikevichWithThePublishedHalfStepsMatchesExactly() {
        // consistent_integration = false, which NEST allows only at 1 ms; spikes input included
        SimulationPlan plan = SimulationPlan.builder()
                .resolution(1.0)
                .neurons("izhikevich", 0, 2, 1, "izhikevich", Map.of("consistent_integration", 0.0))
                .edges(new int[] {0}, new int[] {1}, new float[] {12f}, new float[] {2f}, null)
                .stimulus(new SimulationPlan.DcInput(new int[] {0}, 12.0, 5.0, 1000.0))
                .stimulus(new SimulationPlan.DcInput(new int[] {1}, 3.0, 5.0, 1000.0))
                .recordAllSpikes().duration(300.0).build();
        SimulationResult brian = Brian2AgreementTest.run(new Brian2Simulator(), plan);
        SimulationResult embedded = Brian2AgreementTest.run(new EmbeddedSimulator(), plan);
        assertTrue(embedded.spikeCount(0) >= 5, "the driven neuron fires: " + embedded.spikeCount(0));
        assertTrue(embedded.spikeCount(1) >= 2, "the target fires: " + embedded.spikeCount(1));
        assertArrayEquals(embedded.spikeTimes(0), brian.spikeTimes(0), 1e-9, "driven neuron");
        assertArrayEquals(embedded.spikeTimes(1), brian.spikeTimes(1), 1e-9, "target");
    }

    @Test
    void noiseGeneratorGivesTheMembraneMeanAndStdOfTheEmbeddedSimulator() {
        // 400 neurons that never fire, mean 100 pA, std 200 pA, a new value every 1 ms
        int n = 400;
        double mean = 100.0;
        double std = 200.0;
        double dt = 1.0;
        int[] all = IntStream.range(0, n).toArray();
        SimulationPlan plan = SimulationPlan.builder()
                .neurons("quiet", 0, n, 1, "iaf_psc_alpha", Map.of("V_th", 1000.0))
                .stimulus(new SimulationPlan.NoiseInput(all, mean, std, dt, 0.0, Double.POSITIVE_INFINITY))
                .multimeter(new SimulationPlan.Multimeter(all, List.of("V_m"), 1.0))
                .duration(200.0).seed(11).build();
        double[] brian = membraneMeanAndStd(Brian2AgreementTest.run(new Brian2Simulator(), plan));
        double[] embedded = membraneMeanAndStd(Brian2AgreementTest.run(new EmbeddedSimulator(), plan));
        // V relaxes with tau_m towards E_L + R I over each interval dt: mean E_L + R·mean, stationary
        // variance (R·std)²·(1 − a)/(1 + a) with a = exp(−dt/tau_m), R = tau_m/C_m (GΩ = mV/pA)
        double resistance = 10.0 / 250.0;
        double a = Math.exp(-dt / 10.0);
        double expectedMean = -70.0 + resistance * mean;
        double expectedStd = resistance * std * Math.sqrt((1 - a) / (1 + a));
        // about 3000 effectively independent samples (400 neurons, 150 ms, correlation time 2·tau_m):
        // 0.03 mV error on the mean, 1.3 % on the std; samples between draws have up to 1 % less variance
        assertEquals(expectedMean, embedded[0], 0.15, "embedded mean V_m (mV)");
        assertEquals(expectedMean, brian[0], 0.15, "brian2 mean V_m (mV)");
        assertEquals(expectedStd, embedded[1], 0.05 * expectedStd, "embedded std of V_m (mV)");
        assertEquals(expectedStd, brian[1], 0.05 * expectedStd, "brian2 std of V_m (mV)");
        assertEquals(embedded[1], brian[1], 0.05 * expectedStd, "brian2 against embedded std of V_m (mV)");
    }

    /** Mean and standard deviation of all V_m samples after the first 50 ms (the relaxation from E_L). */
    private static double[] membraneMeanAndStd(SimulationResult result) {
        double sum = 0;
        double squares = 0;
        long count = 0;
        for (Trace trace : result.traces()) {
            for (int k = 0; k < trace.values().length; k++) {
                if (trace.timesMs()[k] > 50.0) {
                    sum += trace.values()[k];
                    squares += trace.values()[k] * trace.values()[k];
                    count++;
                }
            }
        }
        double mean = sum / count;
        return new double[] {mean, Math.sqrt(squares / count - mean * mean)};
    }

    @Test
    void aeifNetworkWithPoissonInputHasTheEmbeddedGroupRates() {
        // 160 excitatory + 40 inhibitory aeif_psc_exp, in-degree 20 + 5, Poisson drive 14 kHz × 300 pA
        SimulationPlan plan = AeifNetwork.request(100.0, 3);
        double[] brian = SpikeStatistics.groupRatesHz(Brian2AgreementTest.run(new Brian2Simulator(), plan), 0,
                100.0);
        double[] embedded = SpikeStatistics.groupRatesHz(Brian2AgreementTest.run(new EmbeddedSimulator(), plan),
                0, 100.0);
        assertTrue(embedded[0] > 10.0, "the network is active: " + embedded[0] + " Hz");
        for (int group = 0; group < 2; group++) {
            assertEquals(embedded[group], brian[group], 0.10 * embedded[group], "rate of group " + group + " (Hz)");
        }
    }
}
