package nngt.workbench.ui.views;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;

/**
 * A {@link Drawing} on an SWT graphics context: a canvas's paint event or an image being exported as PNG.
 * It owns the bold font it derives from the context's font; {@link #dispose()} frees it.
 */
public final class GcDrawing implements Drawing {

    private final GC gc;
    private final Font regular;
    private Font bold;
    private final Map<RGB, Color> colours = new HashMap<>();

    /**
     * @param gc the graphics context, with the font to write in; anti-aliasing is switched on
     */
    public GcDrawing(GC gc) {
        this.gc = gc;
        this.regular = gc.getFont();
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
    }

    private Color colour(RGB rgb) {
        return colours.computeIfAbsent(rgb, Color::new);
    }

    private static int px(double value) {
        return (int) Math.round(value);
    }

    @Override
    public int textWidth(String text, boolean boldText) {
        gc.setFont(boldText ? bold() : regular);
        int width = gc.textExtent(text).x;
        gc.setFont(regular);
        return width;
    }

    @Override
    public int lineHeight() {
        return gc.getFontMetrics().getHeight();
    }

    @Override
    public void fillRectangle(double x, double y, double width, double height, double arc, RGB fill) {
        gc.setBackground(colour(fill));
        if (arc > 0) {
            gc.fillRoundRectangle(px(x), px(y), px(width), px(height), px(arc), px(arc));
        } else {
            gc.fillRectangle(px(x), px(y), px(width), px(height));
        }
    }

    @Override
    public void drawRectangle(double x, double y, double width, double height, double arc, RGB stroke,
            double lineWidth) {
        gc.setForeground(colour(stroke));
        gc.setLineWidth(px(lineWidth));
        gc.setLineStyle(SWT.LINE_SOLID);
        if (arc > 0) {
            gc.drawRoundRectangle(px(x), px(y), px(width), px(height), px(arc), px(arc));
        } else {
            gc.drawRectangle(px(x), px(y), px(width), px(height));
        }
        gc.setLineWidth(1);
    }

    @Override
    public void ellipse(double x, double y, double width, double height, RGB fill, RGB stroke) {
        gc.setBackground(colour(fill));
        gc.fillOval(px(x), px(y), px(width), px(height));
        gc.setForeground(colour(stroke));
        gc.drawOval(px(x), px(y), px(width), px(height));
    }

    @Override
    public void polyline(double[] xy, RGB stroke, double lineWidth, boolean dashed) {
        gc.setForeground(colour(stroke));
        gc.setLineWidth(px(lineWidth));
        gc.setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.drawPolyline(ints(xy));
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    @Override
    public void fillPolygon(double[] xy, RGB fill) {
        gc.setBackground(colour(fill));
        gc.fillPolygon(ints(xy));
    }

    @Override
    public void text(String text, double x, double top, Align align, RGB colour, boolean boldText) {
        gc.setFont(boldText ? bold() : regular);
        gc.setForeground(colour(colour));
        int width = gc.textExtent(text).x;
        double left = switch (align) {
            case LEFT -> x;
            case CENTRE -> x - width / 2.0;
            case RIGHT -> x - width;
        };
        gc.drawText(text, px(left), px(top), true);
        gc.setFont(regular);
    }

    private Font bold() {
        if (bold == null) {
            FontData[] data = regular.getFontData();
            for (FontData one : data) {
                one.setStyle(one.getStyle() | SWT.BOLD);
            }
            bold = new Font(gc.getDevice(), data);
        }
        return bold;
    }

    private static int[] ints(double[] xy) {
        int[] points = new int[xy.length];
        for (int i = 0; i < xy.length; i++) {
            points[i] = px(xy[i]);
        }
        return points;
    }

    /** Frees the bold font, if one was made. */
    public void dispose() {
        if (bold != null) {
            bold.dispose();
            bold = null;
        }
    }
}
