package nngt.sim.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nngt.sim.api.SimulationResult;
import nngt.sim.api.analysis.SpikeTimeMatcher;

/** Exact outcomes of the spike-time matching merge on hand-made trains. */
class SpikeTimeMatcherTest {

    @Test
    void identicalTrainsMatchCompletelyWithZeroDifference() {
        SpikeTimeMatcher matcher = new SpikeTimeMatcher(0.1);
        matcher.match(new double[] {1.0, 2.5, 7.3}, new double[] {1.0, 2.5, 7.3});
        assertEquals(3, matcher.matched());
        assertEquals(0, matcher.onlyA());
        assertEquals(0, matcher.onlyB());
        assertEquals(1.0, matcher.matchedFraction());
        assertEquals(0.0, matcher.maxAbsDifferenceMs());
        assertEquals(0.0, matcher.meanAbsDifferenceMs());
    }

    @Test
    void shiftsWithinTheToleranceArePairedAndMeasured() {
        SpikeTimeMatcher matcher = new SpikeTimeMatcher(0.1);
        // 3 steps of 0.1 ms are 0.30000000000000004 ms: grid rounding must not break a pair
        matcher.match(new double[] {1.0, 3 * 0.1 + 2.0, 5.0}, new double[] {1.1, 2.2, 5.0});
        assertEquals(3, matcher.matched());
        assertEquals(0.1, matcher.maxAbsDifferenceMs(), 1e-12);
        assertEquals((0.1 + 0.1 + 0.0) / 3, matcher.meanAbsDifferenceMs(), 1e-12);
    }

    @Test
    void spikesFartherThanTheToleranceStayUnpaired() {
        SpikeTimeMatcher matcher = new SpikeTimeMatcher(0.5);
        matcher.match(new double[] {1.0, 4.0, 9.0}, new double[] {1.2, 6.0, 9.5, 12.0});
        // pairs (1.0, 1.2) and (9.0, 9.5); 4.0 only in A; 6.0 and 12.0 only in B
        assertEquals(2, matcher.matched());
        assertEquals(1, matcher.onlyA());
        assertEquals(2, matcher.onlyB());
        assertEquals(2.0 / 5, matcher.matchedFraction(), 1e-15);
        assertEquals(0.5, matcher.maxAbsDifferenceMs(), 1e-12);
        assertEquals(0.35, matcher.meanAbsDifferenceMs(), 1e-12);
    }

    @Test
    void theMergeFindsTheLargestNumberOfPairs() {
        SpikeTimeMatcher matcher = new SpikeTimeMatcher(1.0);
        // 1.0 could pair with 0.0 or 1.5; pairing it with 0.0 leaves 1.5 for 2.0: two pairs
        matcher.match(new double[] {1.0, 2.0}, new double[] {0.0, 1.5});
        assertEquals(2, matcher.matched());
        assertEquals(0, matcher.onlyA() + matcher.onlyB());
    }

    @Test
    void emptyTrainsGiveNoFractionAndOneSidedTrainsGiveZero() {
        SpikeTimeMatcher empty = new SpikeTimeMatcher(0.1);
        empty.match(new double[0], new double[0]);
        assertTrue(Double.isNaN(empty.matchedFraction()));
        assertTrue(Double.isNaN(empty.meanAbsDifferenceMs()));
        SpikeTimeMatcher oneSided = new SpikeTimeMatcher(0.1);
        oneSided.match(new double[] {1, 2}, new double[0]);
        assertEquals(0.0, oneSided.matchedFraction());
        assertEquals(2, oneSided.onlyA());
    }

    @Test
    void rangesOfSharedArraysAccumulate() {
        SpikeTimeMatcher matcher = new SpikeTimeMatcher(0.0);
        double[] a = {5.0, 1.0, 2.0, 9.0};
        double[] b = {1.0, 3.0, 9.0};
        matcher.match(a, 1, 3, b, 0, 2); // neuron 1: {1, 2} against {1, 3}
        matcher.match(a, 3, 4, b, 2, 3); // neuron 2: {9} against {9}
        assertEquals(2, matcher.matched());
        assertEquals(1, matcher.onlyA());
        assertEquals(1, matcher.onlyB());
    }

    @Test
    void badArgumentsAreRejectedWithTheirName() {
        IllegalArgumentException tolerance = assertThrows(IllegalArgumentException.class,
                () -> new SpikeTimeMatcher(-1));
        assertTrue(tolerance.getMessage().startsWith("toleranceMs: -1.0"), tolerance.getMessage());
        SpikeTimeMatcher matcher = new SpikeTimeMatcher(0.1);
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> matcher.match(new double[] {2, 1}, new double[0]));
        assertTrue(order.getMessage().startsWith("a: spike times must be ascending"), order.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> matcher.match(new double[1], 0, 2, new double[0], 0, 0));
        assertTrue(range.getMessage().startsWith("a: range [0, 2)"), range.getMessage());
    }

    @Test
    void resultsAreComparedPerGroupAndOverall() {
        List<SimulationResult.Group> groups = List.of(new SimulationResult.Group("exc", 0, 2, 1),
                new SimulationResult.Group("inh", 2, 1, -1));
        SimulationResult a = Results.of(10, groups, new double[] {1, 2}, new double[] {3}, new double[] {4, 8});
        SimulationResult b = Results.of(10, groups, new double[] {1, 2.1}, new double[] {}, new double[] {4});
        SpikeTimeMatcher.Agreement agreement = SpikeTimeMatcher.compare(a, b, 0.1);
        Map<String, SpikeTimeMatcher> perGroup = agreement.groups();
        assertEquals(List.of("exc", "inh"), List.copyOf(perGroup.keySet()));
        assertEquals(2, perGroup.get("exc").matched());
        assertEquals(1, perGroup.get("exc").onlyA());
        assertEquals(1, perGroup.get("inh").matched());
        assertEquals(1, perGroup.get("inh").onlyA());
        assertEquals(3, agreement.overall().matched());
        assertEquals(2, agreement.overall().onlyA());
        assertEquals(0, agreement.overall().onlyB());
        assertEquals(0.6, agreement.overall().matchedFraction(), 1e-15);
    }
}
