package nngt.sim.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nngt.sim.api.run.WallTime;

/** The wall-clock estimate of a run, the time left while it runs, and how both read. */
class WallTimeTest {

    @Test
    void durationsReadToThePrecisionThatMatters() {
        assertEquals("45 s", WallTime.format(44.6));
        assertEquals("12 min 05 s", WallTime.format(725));
        assertEquals("3 h 05 min", WallTime.format(3 * 3600 + 5 * 60 + 20));
        assertEquals("2 d 04 h", WallTime.format(2 * 86_400 + 4 * 3600 + 59));
        assertEquals("?", WallTime.format(Double.NaN));
        assertEquals("?", WallTime.format(Double.POSITIVE_INFINITY));
    }

    @Test
    void theTimeLeftAssumesTheRestGoesAtThePaceSoFar() {
        assertEquals(30, WallTime.remainingSeconds(10, 0.25), 1e-9);
        assertEquals(0, WallTime.remainingSeconds(10, 1), 1e-9);
        assertTrue(Double.isNaN(WallTime.remainingSeconds(10, 0)), "nothing done: unknown");
    }

    @Test
    void theEstimateScalesFromTheBrunelBenchmark() {
        // NEST's Brunel network at order 2500 for 1 s at 0.1 ms on one thread: the benchmark's 5.6 s of CPU
        assertEquals(12_500 * 10_000 / WallTime.NEURON_UPDATES_PER_SECOND,
                WallTime.estimateSeconds(12_500, 1000, 0.1, 1), 1e-9);
        assertEquals(5.7, WallTime.estimateSeconds(12_500, 1000, 0.1, 1), 0.2);
        assertEquals(2 * WallTime.estimateSeconds(12_500, 1000, 0.1, 1),
                WallTime.estimateSeconds(12_500, 2000, 0.1, 1), 1e-9, "twice the time, twice the estimate");
        assertEquals(10 * WallTime.estimateSeconds(12_500, 1000, 0.1, 1),
                WallTime.estimateSeconds(12_500, 1000, 0.01, 1), 1e-9, "ten times the steps");
        double onAllProcessors = WallTime.estimateSeconds(12_500, 1000, 0.1,
                Runtime.getRuntime().availableProcessors());
        assertEquals(onAllProcessors, WallTime.estimateSeconds(12_500, 1000, 0.1, 10_000), 1e-9,
                "no more threads work at once than the machine has processors");
    }
}
