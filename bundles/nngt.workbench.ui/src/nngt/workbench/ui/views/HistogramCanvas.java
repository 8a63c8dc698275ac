package nngt.workbench.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A degree histogram on a canvas: degree on x (from the smallest to the largest degree that occurs),
 * number of neurons on y. When there are more degrees than pixels, neighbouring degrees are summed into one
 * pixel column, so drawing costs one pass over the histogram and one over the columns.
 */
public final class HistogramCanvas extends Canvas {

    private long[] histogram;
    private String title = "";

    /**
     * @param parent the parent composite
     */
    public HistogramCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(event -> paint(event.gc));
    }

    /**
     * @param values  {@code values[d]} neurons have degree d, or null for an empty plot
     * @param caption the x axis title
     */
    public void setHistogram(long[] values, String caption) {
        this.histogram = values;
        this.title = caption;
        redraw();
    }

    /**
     * Sums a histogram into pixel columns.
     *
     * @param values  {@code values[d]} neurons have degree d
     * @param first   the first degree plotted
     * @param last    the last degree plotted, at least {@code first}
     * @param columns the number of columns, at least 1
     * @return per column, the neurons whose degree falls into it
     */
    static long[] columns(long[] values, int first, int last, int columns) {
        long[] sums = new long[columns];
        long span = (long) last - first + 1;
        for (int d = first; d <= last; d++) {
            sums[(int) ((d - first) * columns / span)] += values[d];
        }
        return sums;
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (histogram == null) {
            gc.drawText("Select a .nngt model to see its degree distribution.", 10, 10, true);
            return;
        }
        Rectangle plot = Axes.plotArea(area);
        if (plot.width < 2 || plot.height < 2) {
            return;
        }
        int first = 0;
        while (first < histogram.length - 1 && histogram[first] == 0) {
            first++;
        }
        int last = histogram.length - 1;
        int span = last - first + 1;
        int columnCount = Math.min(span, plot.width);
        long[] sums = columns(histogram, first, last, columnCount);
        long max = 1;
        for (long sum : sums) {
            max = Math.max(max, sum);
        }
        gc.setBackground(new Color(GroupColours.of(0)));
        for (int c = 0; c < columnCount; c++) {
            if (sums[c] == 0) {
                continue;
            }
            int left = plot.x + (int) ((long) c * plot.width / columnCount);
            int right = plot.x + (int) ((long) (c + 1) * plot.width / columnCount);
            int height = (int) Math.max(1, Math.round((double) sums[c] / max * plot.height));
            gc.fillRectangle(left, plot.y + plot.height - height, Math.max(1, right - left - (span > 1 ? 1 : 0)), height);
        }
        // the axis spans [first, last + 1): each bar covers one degree (or one column of degrees)
        Axes.draw(gc, plot, first, last + 1, max, title, span > plot.width ? "Neurons per column" : "Neurons");
    }
}
