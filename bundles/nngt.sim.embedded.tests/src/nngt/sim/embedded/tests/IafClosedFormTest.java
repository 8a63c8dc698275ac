package nngt.sim.embedded.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.embedded.bench.BrunelNetwork;

/**
 * Current-based integrate-and-fire models against closed forms: under a constant current
 * V(t) = E_L + I·R·(1 − e^{−t/τm}), so the first spike is at the first grid time after
 * t* = −τm·ln(1 − θ/(I·R)) and every later interval is t_ref plus the same number of steps.
 */
class IafClosedFormTest {

    private static final double TAU_M = 10.0;
    private static final double C_M = 250.0;
    private static final double I_E = 500.0;
    private static final double THETA = 15.0;

    private static int stepsToThreshold() {
        double ir = I_E * TAU_M / C_M;
        return (int) Math.ceil(-TAU_M * Math.log(1 - THETA / ir) / Sim.H);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iaf_psc_alpha", "iaf_psc_exp", "iaf_psc_delta"})
    void dcCurrentGivesAnalyticFirstSpikeAndInterval(String model) {
        SimulationResult result = Sim.run(Sim.single(model, Map.of("I_e", I_E), 100.0).build());
        int n = stepsToThreshold();
        assertEquals(139, n, "oracle: t* = 13.863 ms");
        double[] spikes = result.spikeTimes(0);
        double isi = 2.0 + n * Sim.H;
        assertTrue(spikes.length >= 5, "expected regular firing, got " + spikes.length + " spikes");
        for (int k = 0; k < spikes.length; k++) {
            assertEquals(n * Sim.H + k * isi, spikes[k], 1e-9, model + " spike " + k);
        }
        assertEquals((int) ((100.0 - n * Sim.H) / isi) + 1, spikes.length, model + " spike count");
    }

    @ParameterizedTest
    @ValueSource(strings = {"iaf_psc_alpha", "iaf_psc_exp", "iaf_psc_delta"})
    void membraneFollowsTheExactSolutionAndIsClampedWhileRefractory(String model) {
        SimulationResult result = Sim.run(Sim.single(model, Map.of("I_e", I_E, "V_reset", -65.0), 30.0).build());
        double[] v = Sim.trace(result, "V_m").values();
        double ir = I_E * TAU_M / C_M;
        int n = stepsToThreshold();
        for (int k = 1; k < n; k++) {
            assertEquals(-70 + ir * (1 - Math.exp(-k * Sim.H / TAU_M)), v[k - 1], 1e-9, "V at step " + k);
        }
        // spike at n·h, then 20 steps of t_ref at V_reset, then integration from V_reset
        for (int k = n; k <= n + 20; k++) {
            assertEquals(-65.0, v[k - 1], 0.0, model + " refractory sample " + k);
        }
        double expected = -70 + ir + (5 - ir) * Math.exp(-Sim.H / TAU_M);
        assertEquals(expected, v[n + 20], 1e-9, model + " first step after refractoriness");
    }

    @Test
    void alphaPspMatchesTheClosedFormAndPeaksWhereItShould() {
        double w = 100.0;
        double tauS = 2.0;
        SimulationPlan request = Sim.single("iaf_psc_alpha", Map.of(), 40.0)
                .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {0}, new double[] {10.0}, w, 1.0))
                .build();
        double[] v = Sim.trace(Sim.run(request), "V_m").values();
        double arrival = 11.0;
        double a = 1 / tauS - 1 / TAU_M;
        int peakIndex = -1;
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            double t = (i + 1) * Sim.H - arrival;
            double expected = t <= 0 ? -70.0
                    : -70.0 + w * Math.E / tauS / C_M * Math.exp(-t / TAU_M) * (1 - Math.exp(-a * t) * (1 + a * t))
                            / (a * a);
            assertEquals(expected, v[i], 1e-9, "V at " + (i + 1) * Sim.H);
            if (v[i] > peak) {
                peak = v[i];
                peakIndex = i;
            }
        }
        // continuous peak time solves (1/τs − 1/τm)·t = ln(1 + a·t)... found by bisection on dV/dt = 0
        double lo = 0.1;
        double hi = 20;
        for (int it = 0; it < 200; it++) {
            double mid = (lo + hi) / 2;
            double slope = -(1 - Math.exp(-a * mid) * (1 + a * mid)) / TAU_M + a * a * mid * Math.exp(-a * mid);
            if (slope > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double peakTime = arrival + lo;
        assertEquals(peakTime, (peakIndex + 1) * Sim.H, Sim.H / 2 + 1e-9, "grid peak within h/2 of the true peak");
        double truePeak = w * Math.E / tauS / C_M * Math.exp(-lo / TAU_M) * (1 - Math.exp(-a * lo) * (1 + a * lo))
                / (a * a);
        assertEquals(truePeak, peak + 70.0, 1e-3 * truePeak, "peak amplitude within the grid error");
        // NEST's Brunel example normalises PSPs with the Lambert-W peak formula: an independent oracle
        assertEquals(w * BrunelNetwork.pspNorm(TAU_M, C_M, tauS), truePeak, 1e-12, "peak by Lambert W");
    }

    @Test
    void exponentialPspMatchesTheClosedForm() {
        double w = 100.0;
        double tauS = 2.0;
        SimulationPlan request = Sim.single("iaf_psc_exp", Map.of(), 30.0)
                .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {0}, new double[] {5.0}, w, 2.0))
                .build();
        double[] v = Sim.trace(Sim.run(request), "V_m").values();
        double a = 1 / tauS - 1 / TAU_M;
        double[] expected = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double t = (i + 1) * Sim.H - 7.0;
            expected[i] = t <= 0 ? -70.0 : -70.0 + w / C_M * Math.exp(-t / TAU_M) * (1 - Math.exp(-a * t)) / a;
        }
        assertArrayEquals(expected, v, 1e-9);
        double peakTime = Math.log(TAU_M / tauS) * TAU_M * tauS / (TAU_M - tauS);
        int argmax = 0;
        for (int i = 1; i < v.length; i++) {
            argmax = v[i] > v[argmax] ? i : argmax;
        }
        assertEquals(7.0 + peakTime, (argmax + 1) * Sim.H, Sim.H / 2 + 1e-9);
    }

    @Test
    void deltaInputJumpsTheMembraneByTheWeight() {
        SimulationPlan request = Sim.single("iaf_psc_delta", Map.of(), 10.0)
                .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {0}, new double[] {2.0}, 1.5, 1.0))
                .build();
        double[] v = Sim.trace(Sim.run(request), "V_m").values();
        assertEquals(-70.0, v[Sim.sampleAt(2.9)], 0.0);
        assertEquals(-68.5, v[Sim.sampleAt(3.0)], 1e-12);
        assertEquals(-70 + 1.5 * Math.exp(-0.1 / TAU_M), v[Sim.sampleAt(3.1)], 1e-12);
    }

    @Test
    void inputDuringRefractorinessIsDroppedByIafPscDelta() {
        // first spike at 13.9 ms; an input arriving at 14.5 ms falls into t_ref and must leave no trace
        SimulationResult with = Sim.run(Sim.single("iaf_psc_delta", Map.of("I_e", I_E), 40.0)
                .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {0}, new double[] {13.5}, 5.0, 1.0))
                .build());
        SimulationResult without = Sim.run(Sim.single("iaf_psc_delta", Map.of("I_e", I_E), 40.0).build());
        assertArrayEquals(without.spikeTimes(0), with.spikeTimes(0));
        assertArrayEquals(Sim.trace(without, "V_m").values(), Sim.trace(with, "V_m").values());
    }

    @Test
    void refractoryInputIsAddedDecayedWhenTheNeuronRecovers() {
        // spike at 13.9 ms (step 138), refractory in steps 139 … 158; an input of 5 mV read in step 144
        // waited r = 15 steps and enters the first free step, 159, scaled by e^{−15·h/τm}
        SimulationResult result = Sim.run(Sim.single("iaf_psc_delta", Map.of("I_e", I_E, "refractory_input", 1.0),
                20.0).stimulus(new SimulationPlan.SpikeTrainInput(new int[] {0}, new double[] {13.5}, 5.0, 1.0))
                .build());
        SimulationResult plain = Sim.run(Sim.single("iaf_psc_delta", Map.of("I_e", I_E), 20.0).build());
        double[] v = Sim.trace(result, "V_m").values();
        double[] w = Sim.trace(plain, "V_m").values();
        assertEquals(w[158], v[158], 0.0, "nothing changes while refractory");
        assertEquals(w[159] + 5.0 * Math.exp(-15 * Sim.H / TAU_M), v[159], 1e-12);
    }
}
