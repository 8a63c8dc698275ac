package nngt.workbench.ui.views;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;

/** Draws the frame of a plot: axis lines, "nice" tick marks with their values, and the axis titles. */
final class Axes {

    /** Space left of the plot for the y values and title. */
    static final int LEFT = 64;
    /** Space below the plot for the x values and title. */
    static final int BOTTOM = 40;
    /** Space above the plot for a legend line. */
    static final int TOP = 22;
    /** Space right of the plot. */
    static final int RIGHT = 12;
    private static final int TARGET_TICKS = 6;
    /* the fewest pixels between two ticks, so that their values do not overlap */
    private static final int MIN_X_TICK_SPACING = 60;
    private static final int MIN_Y_TICK_SPACING = 24;
    private static final int TICK_LENGTH = 4;

    private Axes() {
    }

    /**
     * @param area the canvas's client area
     * @return the plot's rectangle inside the margins (possibly empty for a tiny canvas)
     */
    static Rectangle plotArea(Rectangle area) {
        return new Rectangle(area.x + LEFT, area.y + TOP, Math.max(0, area.width - LEFT - RIGHT),
                Math.max(0, area.height - TOP - BOTTOM));
    }

    /**
     * Draws both axes.
     *
     * @param gc     the graphics context
     * @param plot   the plot rectangle
     * @param xMin   the value at the left edge
     * @param xMax   the value at the right edge, above {@code xMin}
     * @param yMax   the value at the top edge (the bottom edge is 0)
     * @param xTitle the x axis title
     * @param yTitle the y axis title
     */
    static void draw(GC gc, Rectangle plot, double xMin, double xMax, double yMax, String xTitle, String yTitle) {
        draw(gc, plot, xMin, xMax, 0, yMax, xTitle, yTitle);
    }

    /**
     * Draws both axes, the y axis from {@code yMin} (membrane potentials are negative).
     *
     * @param gc     the graphics context
     * @param plot   the plot rectangle
     * @param xMin   the value at the left edge
     * @param xMax   the value at the right edge, above {@code xMin}
     * @param yMin   the value at the bottom edge
     * @param yMax   the value at the top edge, above {@code yMin}
     * @param xTitle the x axis title
     * @param yTitle the y axis title
     */
    static void draw(GC gc, Rectangle plot, double xMin, double xMax, double yMin, double yMax, String xTitle,
            String yTitle) {
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        int bottom = plot.y + plot.height;
        gc.drawLine(plot.x, plot.y, plot.x, bottom);
        gc.drawLine(plot.x, bottom, plot.x + plot.width, bottom);
        double xStep = niceStep(xMax - xMin, plot.width / MIN_X_TICK_SPACING);
        for (double value = Math.ceil(xMin / xStep) * xStep; value <= xMax + xStep * 1e-9; value += xStep) {
            int x = plot.x + (int) Math.round((value - xMin) / (xMax - xMin) * plot.width);
            gc.drawLine(x, bottom, x, bottom + TICK_LENGTH);
            String text = format(value, xStep);
            Point size = gc.textExtent(text);
            gc.drawText(text, x - size.x / 2, bottom + TICK_LENGTH + 1, true);
        }
        double yStep = niceStep(yMax - yMin, plot.height / MIN_Y_TICK_SPACING);
        for (double value = Math.ceil(yMin / yStep) * yStep; value <= yMax + yStep * 1e-9; value += yStep) {
            int y = bottom - (int) Math.round((value - yMin) / (yMax - yMin) * plot.height);
            gc.drawLine(plot.x - TICK_LENGTH, y, plot.x, y);
            String text = format(value, yStep);
            Point size = gc.textExtent(text);
            gc.drawText(text, plot.x - TICK_LENGTH - 2 - size.x, y - size.y / 2, true);
        }
        Point xSize = gc.textExtent(xTitle);
        gc.drawText(xTitle, plot.x + (plot.width - xSize.x) / 2, bottom + BOTTOM - xSize.y - 2, true);
        Point ySize = gc.textExtent(yTitle);
        Transform rotation = new Transform(gc.getDevice());
        try {
            rotation.translate(plot.x - LEFT + 2, plot.y + (plot.height + ySize.x) / 2f);
            rotation.rotate(-90);
            gc.setTransform(rotation);
            gc.drawText(yTitle, 0, 0, true);
        } finally {
            gc.setTransform(null);
            rotation.dispose();
        }
    }

    /**
     * @param range    the span of an axis, above 0
     * @param maxTicks the most ticks that fit along the axis
     * @return a step of 1, 2 or 5 times a power of ten giving about {@value #TARGET_TICKS} ticks, fewer when
     *         {@code maxTicks} is smaller
     */
    static double niceStep(double range, int maxTicks) {
        if (!(range > 0) || !Double.isFinite(range)) {
            return 1;
        }
        double raw = range / Math.max(1, Math.min(TARGET_TICKS, maxTicks));
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    static String format(double value, double step) {
        // a tick at zero reached from below is -0.0, which would print as "-0"
        value = value == 0 ? 0 : value;
        return step >= 1 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%." + (int) Math.ceil(-Math.log10(step)) + "f", value);
    }
}
