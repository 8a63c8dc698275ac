package nngt.sim.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.run.SimulatorComparison;
import nngt.sim.api.run.SimulatorComparison.GroupVerdict;

/**
 * The comparison verdict that {@code nngt compare} prints and the Simulator Comparison view shows: per-group rates
 * against a relative tolerance, CVs against an absolute one, spike times matched only for deterministic inputs.
 */
class SimulatorComparisonTest {

    private static final List<SimulationResult.Group> ONE_GROUP = List.of(new SimulationResult.Group("exc", 0, 2, 1));

    private static SimulationPlan plan(SimulationPlan.Stimulus... stimuli) {
        SimulationPlan.Builder builder = SimulationPlan.builder()
                .neurons("exc", 0, 2, 1, "iaf_psc_alpha", Map.of()).duration(1000);
        for (SimulationPlan.Stimulus stimulus : stimuli) {
            builder.stimulus(stimulus);
        }
        return builder.build();
    }

    /* two neurons firing every 100 ms (10 Hz, CV 0), the second shifted by a given time */
    private static SimulationResult regular(double shiftMs, int spikes) {
        double[] first = new double[spikes];
        double[] second = new double[spikes];
        for (int s = 0; s < spikes; s++) {
            first[s] = 50 + s * 1000.0 / spikes;
            second[s] = first[s] + shiftMs;
        }
        return Results.of(1000, ONE_GROUP, first, second);
    }

    @Test
    void ratesWithinTheRelativeToleranceAndEqualCvsAgree() {
        SimulatorComparison comparison = SimulatorComparison.of("net", 0, plan(), List.of(regular(0, 10),
                regular(0.05, 10)), SimulatorComparison.Tolerances.defaults());
        GroupVerdict exc = comparison.pairs().get(0).groups().get(0);
        assertEquals(10, exc.referenceRateHz(), 1e-9);
        assertEquals(0, exc.relativeRateDifference(), 1e-12);
        assertTrue(exc.within());
        assertTrue(comparison.within());
        assertEquals(0.1, comparison.tolerances().spikeTimeMs(), "no tolerance given: one resolution step");
        SimulatorComparison.Agreement all = comparison.pairs().get(0).spikeTimes().get(1);
        assertEquals("all", all.name());
        assertEquals(20, all.matched(), "every spike shifted by 0.05 ms pairs within one step");
        assertEquals(0.05, all.maxAbsDifferenceMs(), 1e-9);
    }

    @Test
    void aRateBeyondTheToleranceIsDifferent() {
        SimulatorComparison comparison = SimulatorComparison.of("net", 0, plan(), List.of(regular(0, 10),
                regular(0, 12)), new SimulatorComparison.Tolerances(0.1, 0.05, 0.2));
        GroupVerdict exc = comparison.pairs().get(0).groups().get(0);
        assertEquals(0.2, exc.relativeRateDifference(), 1e-12);
        assertFalse(exc.within());
        assertFalse(comparison.within());
        assertEquals(false, comparison.toMap().get("withinTolerances"));

        SimulatorComparison lenient = SimulatorComparison.of("net", 0, plan(), List.of(regular(0, 10),
                regular(0, 12)), new SimulatorComparison.Tolerances(0.25, 0.05, 0.2));
        assertTrue(lenient.within(), "the same difference within a 25 % tolerance");
    }

    @Test
    void stochasticInputsAreNamedAndTheirSpikeTimesAreNotCompared() {
        SimulationPlan poisson = plan(new SimulationPlan.PoissonInput(new int[] {0, 1}, new double[] {8000, 8000},
                new double[] {20, 20}, 1, 0, Double.POSITIVE_INFINITY));
        SimulatorComparison comparison = SimulatorComparison.of("net", 0, poisson, List.of(regular(0, 10),
                regular(3, 10)), SimulatorComparison.Tolerances.defaults());
        assertEquals(List.of("poisson_generator"), comparison.stochasticDevices());
        assertFalse(comparison.spikeTimesCompared());
        assertEquals(List.of(), comparison.pairs().get(0).spikeTimes());
        assertTrue(comparison.within(), "equal rates and CVs");
        Map<String, Object> json = comparison.toMap();
        assertNull(((Map<?, ?>) ((List<?>) json.get("comparisons")).get(0)).get("spikeTimes"));
        assertEquals(false, json.get("spikeTimesCompared"));
    }
}
