package nngt.sim.api.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nngt.sim.api.SimulationResult;
import nngt.sim.api.SimulationResult.Group;
import nngt.sim.api.analysis.SpikeStatistics;
import nngt.sim.api.analysis.TotalFiringRate;

class SpikeStatisticsTest {

    private final SimulationResult result = Results.of(1000.0,
            List.of(new Group("exc", 0, 2, 1), new Group("inh", 2, 1, -1)),
            new double[] {100, 200, 300, 400, 500}, new double[] {10, 20, 40, 80}, new double[] {});

    @Test
    void ratesAreInHertzNotSpikesPerMillisecond() {
        assertArrayEquals(new double[] {5.0, 4.0, 0.0}, SpikeStatistics.ratesHz(result, 0, 1000), 1e-12);
        assertArrayEquals(new double[] {4.5, 0.0}, SpikeStatistics.groupRatesHz(result, 0, 1000), 1e-12);
        assertArrayEquals(new double[] {10.0, 40.0, 0.0}, SpikeStatistics.ratesHz(result, 0, 100), 1e-12,
                "window bounds are inclusive");
    }

    @Test
    void cvOfRegularTrainIsZeroAndOfDoublingIntervalsIsKnown() {
        double[] cv = SpikeStatistics.cvIsi(result, 0, 1000);
        assertEquals(0.0, cv[0], 1e-12);
        // intervals 10, 20, 40: mean 70/3, population std sqrt(mean of squares − mean²)
        double mean = 70.0 / 3;
        double std = Math.sqrt((100 + 400 + 1600) / 3.0 - mean * mean);
        assertEquals(std / mean, cv[1], 1e-12);
        assertTrue(Double.isNaN(cv[2]));
        assertEquals(std / mean / 2, SpikeStatistics.meanIgnoringNaN(cv, 0, 3), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> SpikeStatistics.cvIsi(result, 5, 5));
    }

    @Test
    void totalFiringRateConservesNngtsMassAndPeaksAtTheSpike() {
        TotalFiringRate.Series series = TotalFiringRate.compute(new double[] {500.0});
        double std = TotalFiringRate.DEFAULT_KERNEL_STD_MS;
        double sum = 0;
        int argmax = 0;
        for (int i = 0; i < series.rateHz().length; i++) {
            sum += series.rateHz()[i];
            argmax = series.rateHz()[i] > series.rateHz()[argmax] ? i : argmax;
        }
        // the last kernel bin falls off the grid (NNGT builds the grid the same way), hence 1e-4
        assertEquals(1000.0 / (std * Math.sqrt(Math.PI)), sum, 1e-4, "one spike carries NNGT's unit mass");
        assertEquals(500.0, series.timesMs()[argmax], 3.0 + 1e-9, "peak at the spike within one grid step");
        assertEquals(500.0 - 5 * std, series.timesMs()[0], 1e-9, "grid starts cut·std before the first spike");
        assertThrows(IllegalArgumentException.class, () -> TotalFiringRate.compute(new double[0]));
    }
}
