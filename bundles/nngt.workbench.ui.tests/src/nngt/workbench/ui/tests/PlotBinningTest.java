package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nngt.sim.api.RunMetadata;
import nngt.sim.api.SimulationResult;
import nngt.workbench.ui.views.RasterBins;

/** Binning of spikes into raster pixels, exact on a hand-made result. */
class PlotBinningTest {

    @Test
    void spikesLandInTheirTimeColumnAndNeuronRow() {
        // 4 neurons, 2 groups of 2; 100 ms over 4 columns (25 ms each) and 2 rows (2 neurons each)
        int[] offsets = {0, 2, 3, 3, 5};
        double[] times = {0.0, 99.9, 30.0, 10.0, 60.0};
        SimulationResult result = new SimulationResult(4, offsets, times, new int[] {0, 1, 2, 3},
                List.of(new SimulationResult.Group("exc", 0, 2, 1), new SimulationResult.Group("inh", 2, 2, -1)),
                List.of(), new RunMetadata("test", "1", 1, 1, 0.1, 100, 0, 0));

        RasterBins bins = RasterBins.of(result, 4, 2);

        // row 0 is the top: neurons 2 and 3 (inh); row 1: neurons 0 and 1 (exc)
        assertArrayEquals(new int[] {1, 0, 1, 0, 1, 1, 0, 1}, bins.counts());
        assertArrayEquals(new int[] {1, 0}, bins.rowGroup());
        assertEquals(5, bins.totalSpikes());
        assertEquals(1, bins.maxCount());
    }

    @Test
    void moreNeuronsThanRowsAddUpInOnePixel() {
        int[] offsets = {0, 1, 2, 3};
        double[] times = {5.0, 5.0, 5.0};
        SimulationResult result = new SimulationResult(3, offsets, times, new int[] {0, 1, 2},
                List.of(new SimulationResult.Group("all", 0, 3, 1)), List.of(),
                new RunMetadata("test", "1", 1, 1, 0.1, 10, 0, 0));

        RasterBins bins = RasterBins.of(result, 1, 1);

        assertArrayEquals(new int[] {3}, bins.counts());
        assertEquals(3, bins.maxCount());
    }
}
