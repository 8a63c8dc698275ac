package nngt.workbench.ui.views;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/**
 * Turns raster bins into a 24-bit image, one pixel per bin: empty bins take the background colour, others
 * their row's group colour, stronger the more spikes fall into them (one spike at 55 %, the densest bin at
 * 100 %, logarithmic between), so that dense and sparse activity both stay visible.
 */
public final class RasterImage {

    private static final double WEAKEST = 0.55;

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
        int[] row = new int[raster.width()];
        double logMax = Math.log1p(Math.max(1, raster.maxCount()));
        for (int y = 0; y < raster.height(); y++) {
            RGB colour = Views.groupColour(raster.rowGroup()[y]);
            int base = y * raster.width();
            for (int x = 0; x < raster.width(); x++) {
                int count = raster.counts()[base + x];
                row[x] = count == 0 ? backgroundPixel
                        : palette.getPixel(blend(background, colour, WEAKEST + (1 - WEAKEST) * Math.log1p(count) / logMax));
            }
            data.setPixels(0, y, raster.width(), row, 0);
        }
        return data;
    }

    private static RGB blend(RGB from, RGB to, double strength) {
        return new RGB((int) Math.round(from.red + (to.red - from.red) * strength),
                (int) Math.round(from.green + (to.green - from.green) * strength),
                (int) Math.round(from.blue + (to.blue - from.blue) * strength));
    }
}
