package nngt.workbench.ui.views;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/**
 * Turns raster bins into a 24-bit image, one pixel per bin: empty bins take the background colour, others
 * their row's group colour, stronger the more spikes fall into them (one spike at 55 %, the densest bin at
 * 100 %, logarithmic between, in {@value #LEVELS} steps), so that dense and sparse activity both stay visible.
 * The pixel values of every group and step are computed once, so a bin costs two array look-ups.
 */
public final class RasterImage {

    private static final double WEAKEST = 0.55;
    private static final int LEVELS = 64;
    /* counts up to this get their step from a table; larger (rare) ones compute it */
    private static final int TABLE_COUNTS = 1 << 16;

    private RasterImage() {
    }

    /**
     * Renders the bins.
     *
     * @param raster     the bins
     * @param background the colour of empty bins
     * @return the image data, {@code raster.width() x raster.height()}
     */
    public static ImageData render(RasterBins raster, RGB background) {
        PaletteData palette = new PaletteData(0xFF0000, 0xFF00, 0xFF);
        ImageData data = new ImageData(raster.width(), raster.height(), 24, palette);
        int backgroundPixel = palette.getPixel(background);
        double logMax = Math.log1p(Math.max(1, raster.maxCount()));
        int[] levelOfCount = new int[Math.min(raster.maxCount(), TABLE_COUNTS) + 1];
        for (int count = 1; count < levelOfCount.length; count++) {
            levelOfCount[count] = level(count, logMax);
        }
        int groups = 1;
        for (int group : raster.rowGroup()) {
            groups = Math.max(groups, group + 1);
        }
        int[][] pixels = new int[groups][LEVELS];
        for (int g = 0; g < groups; g++) {
            for (int l = 0; l < LEVELS; l++) {
                double strength = WEAKEST + (1 - WEAKEST) * l / (LEVELS - 1);
                pixels[g][l] = palette.getPixel(blend(background, GroupColours.of(g), strength));
            }
        }
        int width = raster.width();
        int[] counts = raster.counts();
        int[] row = new int[width];
        for (int y = 0; y < raster.height(); y++) {
            int[] groupPixels = pixels[raster.rowGroup()[y]];
            int base = y * width;
            for (int x = 0; x < width; x++) {
                int count = counts[base + x];
                row[x] = count == 0 ? backgroundPixel
                        : groupPixels[count < levelOfCount.length ? levelOfCount[count] : level(count, logMax)];
            }
            data.setPixels(0, y, width, row, 0);
        }
        return data;
    }

    private static int level(int count, double logMax) {
        return (int) Math.round((LEVELS - 1) * Math.log1p(count) / logMax);
    }

    private static RGB blend(RGB from, RGB to, double strength) {
        return new RGB((int) Math.round(from.red + (to.red - from.red) * strength),
                (int) Math.round(from.green + (to.green - from.green) * strength),
                (int) Math.round(from.blue + (to.blue - from.blue) * strength));
    }
}
