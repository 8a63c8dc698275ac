package nngt.workbench.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import nngt.sim.api.SimulationResult;

/**
 * A raster plot on a canvas: time on x, neuron id on y, one colour per group, with axes and a legend. The
 * spikes are binned into the plot's pixels ({@link RasterBins}) whenever the result or the size changes, then drawn
 * as one image ({@link RasterImage}).
 */
public final class RasterCanvas extends Canvas {

    private SimulationResult result;
    private RasterBins bins;
    private Image image;

    /**
     * @param parent the parent composite
     */
    public RasterCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(event -> paint(event.gc));
        addListener(SWT.Resize, event -> invalidate());
        addListener(SWT.Dispose, event -> disposeImage());
    }

    /**
     * @param value the result to plot, or null for an empty plot
     */
    public void setResult(SimulationResult value) {
        this.result = value;
        invalidate();
    }

    /**
     * @return the bins of the last painted raster, or null before the first paint of a result
     */
    public RasterBins bins() {
        return bins;
    }

    private void invalidate() {
        disposeImage();
        bins = null;
        redraw();
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (result == null) {
            gc.drawText("Run a model (Run As > NNGT Simulation) to see its raster plot here.", 10, 10, true);
            return;
        }
        Rectangle plot = Axes.plotArea(area);
        if (plot.width < 2 || plot.height < 2) {
            return;
        }
        if (image == null) {
            bins = RasterBins.of(result, plot.width, plot.height);
            image = new Image(getDisplay(),
                    RasterImage.render(bins, getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND).getRGB()));
        }
        gc.drawImage(image, plot.x, plot.y);
        Axes.draw(gc, plot, 0, bins.durationMs(), Math.max(1, result.neuronCount()), "Time (ms)", "Neuron id");
        drawLegend(gc, plot);
    }

    private void drawLegend(GC gc, Rectangle plot) {
        int x = plot.x;
        for (int g = 0; g < result.groups().size(); g++) {
            String name = result.groups().get(g).name();
            org.eclipse.swt.graphics.Color colour = new org.eclipse.swt.graphics.Color(GroupColours.of(g));
            gc.setBackground(colour);
            gc.fillRectangle(x, 6, 10, 10);
            gc.drawText(name, x + 14, 3, true);
            Point size = gc.textExtent(name);
            x += 14 + size.x + 16;
        }
    }
}
