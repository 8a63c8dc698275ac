package nngt.workbench.ui.views;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.RGB;

import nngt.workbench.ui.views.Drawing.Align;

/**
 * Paints a group-by-group matrix (source groups as rows, target groups as columns) as a heat map with its
 * value in each cell and a colour bar as legend, on a {@link Drawing}, so that the screen, PNG and SVG
 * agree. Colours follow viridis (perceptually uniform, colour-blind safe) from the smallest to the largest
 * value; cells without a value (a pair with no edges has no mean weight) are grey.
 */
public final class ConnectivityMatrix {

    /* viridis at 0, 0.25, 0.5, 0.75 and 1 */
    private static final RGB[] VIRIDIS = {
        new RGB(68, 1, 84), new RGB(59, 82, 139), new RGB(33, 145, 140), new RGB(94, 201, 98), new RGB(253, 231, 37),
    };
    private static final RGB EMPTY = new RGB(220, 220, 220);
    private static final RGB TEXT = new RGB(0, 0, 0);
    private static final RGB LIGHT_TEXT = new RGB(255, 255, 255);
    private static final int MARGIN = 8;
    private static final int LEGEND_BAR = 14;
    private static final int LEGEND_STEPS = 64;

    private final List<String> groups;
    private final double[][] values;
    private final String title;
    private final boolean integers;

    /**
     * @param groups   the group names, in network order
     * @param values   {@code values[s][t]} for source group s and target group t; NaN where there is none
     * @param title    what the values are (the legend's title)
     * @param integers whether the values are counts (written without decimals)
     */
    public ConnectivityMatrix(List<String> groups, double[][] values, String title, boolean integers) {
        this.groups = List.copyOf(groups);
        this.values = values;
        this.title = title;
        this.integers = integers;
    }

    /**
     * @param counts counts per (source, target) pair
     * @return the counts as values
     */
    public static double[][] asValues(long[][] counts) {
        double[][] values = new double[counts.length][];
        for (int s = 0; s < counts.length; s++) {
            values[s] = new double[counts[s].length];
            for (int t = 0; t < counts[s].length; t++) {
                values[s][t] = counts[s][t];
            }
        }
        return values;
    }

    /**
     * @param s a source group index
     * @param t a target group index
     * @return the cell's text as drawn
     */
    public String cellText(int s, int t) {
        double value = values[s][t];
        if (Double.isNaN(value)) {
            return "\u2013";
        }
        return format(value);
    }

    /**
     * @param fraction a position on the scale, 0 for the smallest value and 1 for the largest
     * @return its colour
     */
    public static RGB colour(double fraction) {
        double position = Math.max(0, Math.min(1, fraction)) * (VIRIDIS.length - 1);
        int low = Math.min(VIRIDIS.length - 2, (int) Math.floor(position));
        double share = position - low;
        RGB a = VIRIDIS[low];
        RGB b = VIRIDIS[low + 1];
        return new RGB((int) Math.round(a.red + (b.red - a.red) * share),
                (int) Math.round(a.green + (b.green - a.green) * share),
                (int) Math.round(a.blue + (b.blue - a.blue) * share));
    }

    /**
     * Paints the matrix into a rectangle.
     *
     * @param drawing where to paint
     * @param width   the rectangle's width
     * @param height  the rectangle's height
     */
    public void paint(Drawing drawing, int width, int height) {
        int n = groups.size();
        if (n == 0) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double value : row) {
                if (!Double.isNaN(value)) {
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
        }
        int line = drawing.lineHeight();
        int rowLabels = groups.stream().mapToInt(name -> drawing.textWidth(name, false)).max().orElse(0);
        String minText = Double.isInfinite(min) ? "" : format(min);
        String maxText = Double.isInfinite(max) ? "" : format(max);
        int legendWidth = LEGEND_BAR + 6 + Math.max(drawing.textWidth(minText, false), drawing.textWidth(maxText, false));
        double left = MARGIN + line + 4 + rowLabels + 6;
        double top = MARGIN + line + 4 + line + 4;
        double gridWidth = width - left - MARGIN - 12 - legendWidth;
        double gridHeight = height - top - MARGIN;
        double cell = Math.max(4, Math.min(gridWidth / n, gridHeight / n));
        drawing.text("Target group", left + cell * n / 2, MARGIN, Align.CENTRE, TEXT, true);
        for (int t = 0; t < n; t++) {
            drawing.text(fit(drawing, groups.get(t), cell - 4), left + cell * (t + 0.5), MARGIN + line + 4,
                    Align.CENTRE, TEXT, false);
        }
        // the rows' axis title stands above the row names, as a vertical title would need rotated text
        drawing.text("Source", MARGIN, top - line - 2, Align.LEFT, TEXT, true);
        for (int s = 0; s < n; s++) {
            drawing.text(groups.get(s), left - 6, top + cell * (s + 0.5) - line / 2.0, Align.RIGHT, TEXT, false);
            for (int t = 0; t < n; t++) {
                double value = values[s][t];
                double fraction = Double.isNaN(value) ? 0 : max > min ? (value - min) / (max - min) : 1;
                RGB fill = Double.isNaN(value) ? EMPTY : colour(fraction);
                drawing.fillRectangle(left + cell * t, top + cell * s, cell - 1, cell - 1, 0, fill);
                String text = cellText(s, t);
                if (drawing.textWidth(text, false) < cell - 4) {
                    boolean dark = !Double.isNaN(value) && fraction < 0.6;
                    drawing.text(text, left + cell * (t + 0.5), top + cell * (s + 0.5) - line / 2.0, Align.CENTRE,
                            dark ? LIGHT_TEXT : TEXT, false);
                }
            }
        }
        double legendLeft = left + cell * n + 12;
        double barHeight = cell * n;
        drawing.text(title, legendLeft, top - line - 2, Align.LEFT, TEXT, true);
        for (int step = 0; step < LEGEND_STEPS; step++) {
            double fraction = 1 - (step + 0.5) / LEGEND_STEPS;
            drawing.fillRectangle(legendLeft, top + barHeight * step / LEGEND_STEPS, LEGEND_BAR,
                    Math.ceil(barHeight / LEGEND_STEPS), 0, colour(fraction));
        }
        drawing.text(maxText, legendLeft + LEGEND_BAR + 6, top, Align.LEFT, TEXT, false);
        drawing.text(minText, legendLeft + LEGEND_BAR + 6, top + barHeight - line, Align.LEFT, TEXT, false);
    }

    /* the text, cut with an ellipsis where it is wider than the room (column names over narrow cells) */
    private static String fit(Drawing drawing, String text, double room) {
        if (drawing.textWidth(text, false) <= room) {
            return text;
        }
        for (int length = text.length() - 1; length > 0; length--) {
            String shorter = text.substring(0, length) + "\u2026";
            if (drawing.textWidth(shorter, false) <= room) {
                return shorter;
            }
        }
        return "";
    }

    private String format(double value) {
        return integers ? String.format(Locale.ROOT, "%,d", (long) value) : String.format(Locale.ROOT, "%.4g", value);
    }
}
