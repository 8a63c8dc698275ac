package nngt.sim.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nngt.sim.api.analysis.RasterAnalysis;
import nngt.sim.api.analysis.RasterAnalysis.ActivityRecord;
import nngt.sim.api.analysis.RasterAnalysis.Phase;

class RasterAnalysisTest {

    /** Bursts of 10 neurons firing 0.1 ms apart, every 100 ms, starting at 50 ms. */
    private static ActivityRecord bursts(int neuronsPerBurst, int networkSize) {
        List<int[]> senders = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        for (int b = 0; b < 5; b++) {
            for (int k = 0; k < 2 * neuronsPerBurst; k++) {
                senders.add(new int[] {k % neuronsPerBurst});
                times.add(50.0 + 100.0 * b + 0.1 * k);
            }
        }
        int[] s = senders.stream().mapToInt(x -> x[0]).toArray();
        double[] t = times.stream().mapToDouble(Double::doubleValue).toArray();
        return RasterAnalysis.analyze(s, t, RasterAnalysis.Parameters.defaults(0, 500, networkSize));
    }

    @Test
    void regularBurstsAreFoundWithTheirStatistics() {
        ActivityRecord record = bursts(10, 10);
        assertTrue(record.bursting());
        assertEquals(5, record.spans(Phase.BURSTING).size());
        assertEquals(4, record.spans(Phase.QUIESCENT).size());
        assertEquals(1.9, record.burstDurationMs(), 1e-9);
        // the first burst has no predecessor: NNGT sums 4 intervals of 98.1 ms and divides by 5 bursts
        assertEquals(4 * 98.1 / 5, record.interBurstMs(), 1e-9);
        assertEquals(2.0, record.spikesPerBurst(), 1e-12);
        assertEquals(10 * 1.9 / 20, record.interSpikeMs(), 1e-12);
        assertEquals(100 * 1000.0 / 500 / 10, record.firingRateHz(), 1e-12);
        assertEquals(record.interBurstMs() + record.burstDurationMs(), record.periodMs(), 1e-12);
    }

    @Test
    void burstsOfFewNeuronsBecomeLocalizedOrMixed() {
        assertFalse(bursts(10, 100).bursting(), "10 % of the neurons: localized");
        assertEquals(5, bursts(10, 100).spans(Phase.LOCALIZED).size());
        ActivityRecord tiny = bursts(2, 100);
        assertEquals(0, tiny.spans(Phase.LOCALIZED).size(), "2 % of the neurons: mixed");
        assertTrue(tiny.spans(Phase.MIXED).size() > 0);
    }

    @Test
    void unsortedTimesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RasterAnalysis.analyze(new int[] {0, 1},
                new double[] {2.0, 1.0}, RasterAnalysis.Parameters.defaults(0, 10, 0)));
    }
}
