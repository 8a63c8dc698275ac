package nngt.sim.embedded.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;

/** Stimulation devices: timing and statistics. */
class DeviceTest {

    private static int[] ids(int n) {
        int[] ids = new int[n];
        Arrays.setAll(ids, i -> i);
        return ids;
    }

    @Test
    void poissonGeneratorGivesIndependentTrainsOfTheRequestedRate() {
        int n = 20;
        double rate = 500.0;
        SimulationResult result = Sim.run(SimulationPlan.builder()
                .neurons("parrots", 0, n, 1, "parrot_neuron", Map.of())
                .stimulus(new SimulationPlan.PoissonInput(ids(n), new double[] {rate}, new double[] {1.0}, 1.0,
                        100.0, 2100.0))
                .recordAllSpikes().duration(2200.0).seed(3).build());
        double expected = rate * 2.0;
        for (int i = 0; i < n; i++) {
            // 4 standard deviations of a Poisson count of mean 1000
            assertEquals(expected, result.spikeCount(i), 4 * Math.sqrt(expected), "count of parrot " + i);
            double[] t = result.spikeTimes(i);
            // emissions at steps 1001 … 21000 (NEST: start < step <= stop), relayed 1 ms + 1 step later
            assertTrue(t[0] >= 101.2 - 1e-9 && t[t.length - 1] <= 2101.1 + 1e-9,
                    "spikes only while active, shifted by the 1 ms delay: " + t[0] + " … " + t[t.length - 1]);
        }
        assertFalse(Arrays.equals(result.spikeTimes(0), result.spikeTimes(1)), "targets get independent trains");
    }

    @Test
    void perTargetRatesAndWeightsExpressMinis() {
        SimulationResult result = Sim.run(SimulationPlan.builder()
                .neurons("parrots", 0, 2, 1, "parrot_neuron", Map.of())
                .stimulus(new SimulationPlan.PoissonInput(ids(2), new double[] {0.0, 2000.0},
                        new double[] {1.0, 1.0}, 1.0, 0, Double.POSITIVE_INFINITY))
                .recordAllSpikes().duration(1000.0).build());
        assertEquals(0, result.spikeCount(0));
        assertEquals(2000.0, result.spikeCount(1), 4 * Math.sqrt(2000.0));
    }

    @Test
    void dcGeneratorActsAfterItsDelayAndOneStep() {
        SimulationResult intrinsic = Sim.run(Sim.single("iaf_psc_alpha", Map.of("I_e", 500.0), 60.0).build());
        SimulationResult device = Sim.run(Sim.single("iaf_psc_alpha", Map.of(), 60.0)
                .stimulus(new SimulationPlan.DcInput(new int[] {0}, 500.0, 0.0, Double.POSITIVE_INFINITY))
                .build());
        double[] a = intrinsic.spikeTimes(0);
        double[] b = device.spikeTimes(0);
        for (int k = 0; k < b.length; k++) {
            assertEquals(a[k] + 1.1, b[k], 1e-9, "spike " + k + " shifted by delay (1 ms) + one step");
        }
    }

    @Test
    void stepCurrentSwitchesAtItsTimes() {
        SimulationResult result = Sim.run(Sim.single("iaf_psc_exp", Map.of("V_th", 1000.0), 30.0)
                .stimulus(new SimulationPlan.StepCurrentInput(new int[] {0}, new double[] {5.0, 15.0},
                        new double[] {100.0, 0.0}))
                .build());
        double[] v = Sim.trace(result, "V_m").values();
        // NEST switches one step ahead of the time stamp, so with the 1 ms delay the current set at 5 ms
        // acts in the steps from 6.0 ms on and the one set at 15 ms from 16.0 ms on
        assertEquals(-70.0, v[Sim.sampleAt(6.0)], 0.0);
        assertTrue(v[Sim.sampleAt(6.1)] > -70.0);
        double r = 10.0 / 250.0;
        assertEquals(-70.0 + 100.0 * r * (1 - Math.exp(-10.0 / 10.0)), v[Sim.sampleAt(16.0)], 1e-9);
        assertTrue(v[Sim.sampleAt(16.1)] < v[Sim.sampleAt(16.0)]);
    }

    @Test
    void noiseGeneratorHoldsEachValueForDt() {
        SimulationResult result = Sim.run(SimulationPlan.builder()
                .neurons("n", 0, 2, 1, "iaf_psc_delta", Map.of("V_th", 1e9, "tau_m", 1e9, "C_m", 1.0))
                .stimulus(new SimulationPlan.NoiseInput(ids(2), 0.0, 10.0, 1.0, 0, Double.POSITIVE_INFINITY))
                .multimeter(new SimulationPlan.Multimeter(ids(2), List.of("V_m"), Sim.H))
                .duration(50.0).seed(11).build());
        // with C_m = 1 and no leak, V integrates the current: its slope is constant within each dt = 1 ms
        double[] v = Sim.trace(result, "V_m").values();
        double[] slopes = new double[v.length - 1];
        for (int i = 1; i < v.length; i++) {
            slopes[i - 1] = (v[i] - v[i - 1]) / Sim.H;
        }
        int changes = 0;
        for (int i = 1; i < slopes.length; i++) {
            if (Math.abs(slopes[i] - slopes[i - 1]) > 1e-6) {
                changes++;
                // a value emitted at step 10k is read at 10k+10 and acts in step 10k+11, i.e. slope index 10k+10
                assertEquals(0, i % 10, "the current changes only on the 1 ms grid (sample " + i + ")");
            }
        }
        assertTrue(changes > 30, "a new value almost every millisecond, got " + changes);
        double[] other = result.traces().get(1).values();
        assertFalse(Arrays.equals(v, other), "each target gets its own noise");
    }

    @Test
    void dcGeneratorWindowFollowsNestsCurrentDeviceRule() {
        // active for emission steps e with start < e + 2 <= stop: with start 5 ms, stop 7 ms and a 1 ms
        // delay the current acts in the steps from 6.0 ms to 8.0 ms (20 steps)
        SimulationResult result = Sim.run(Sim.single("iaf_psc_exp", Map.of("V_th", 1000.0), 12.0)
                .stimulus(new SimulationPlan.DcInput(new int[] {0}, 100.0, 5.0, 7.0))
                .build());
        double[] v = Sim.trace(result, "V_m").values();
        assertEquals(-70.0, v[Sim.sampleAt(6.0)], 0.0);
        double r = 10.0 / 250.0;
        assertEquals(-70.0 + 100.0 * r * (1 - Math.exp(-2.0 / 10.0)), v[Sim.sampleAt(8.0)], 1e-9);
        assertEquals(-70.0 + (v[Sim.sampleAt(8.0)] + 70.0) * Math.exp(-0.1 / 10.0), v[Sim.sampleAt(8.1)], 1e-9);
    }

    @Test
    void multimeterSamplesOnItsInterval() {
        SimulationResult result = Sim.run(SimulationPlan.builder()
                .neurons("n", 0, 1, 1, "iaf_psc_alpha", Map.of())
                .multimeter(new SimulationPlan.Multimeter(new int[] {0}, List.of("V_m", "I_syn_ex"), 1.0))
                .duration(10.0).build());
        assertEquals(2, result.traces().size());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, result.traces().get(0).timesMs(), 1e-12);
    }
}
