package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

import nngt.sim.api.RunMetadata;
import nngt.sim.api.SimulationResult;
import nngt.workbench.ui.views.GroupColours;
import nngt.workbench.ui.views.RasterBins;
import nngt.workbench.ui.views.RasterImage;

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

    @Test
    void emptyBinsTakeTheBackgroundAndTheDensestBinTheFullGroupColour() {
        RasterBins bins = new RasterBins(3, 2, 10, 4, new int[] {0, 1, 4, 4, 0, 0}, new int[] {1, 0}, 4, 9);
        RGB white = new RGB(255, 255, 255);

        ImageData image = RasterImage.render(bins, white);

        assertEquals(white, image.palette.getRGB(image.getPixel(0, 0)));
        assertEquals(GroupColours.of(1), image.palette.getRGB(image.getPixel(2, 0)), "row 0 belongs to group 1");
        assertEquals(GroupColours.of(0), image.palette.getRGB(image.getPixel(0, 1)), "row 1 belongs to group 0");
        RGB single = image.palette.getRGB(image.getPixel(1, 0));
        RGB full = GroupColours.of(1);
        // one spike of four at most: log(2)/log(5) of the way from 55 % to 100 % strength, one of 64 steps
        double strength = 0.55 + 0.45 * Math.round(63 * Math.log(2) / Math.log(5)) / 63.0;
        assertEquals((int) Math.round(255 + (full.red - 255) * strength), single.red);
        assertEquals((int) Math.round(255 + (full.blue - 255) * strength), single.blue);
    }
}
