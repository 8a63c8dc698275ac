package nngt.workbench.ui.views;

import java.util.Locale;

import org.eclipse.swt.graphics.RGB;

/**
 * A {@link Drawing} that writes SVG 1.1 text. Text widths come from another drawing (the screen's), so that
 * boxes sized for their labels on screen fit them in the file too; the file names the same font family. The
 * output depends only on what is drawn, so the same picture gives the same bytes.
 */
public final class SvgDrawing implements Drawing {

    private final StringBuilder body = new StringBuilder();
    private final Drawing measure;
    private final String fontFamily;
    private final double fontSize;
    private final int width;
    private final int height;

    /**
     * @param width      the picture's width in pixels
     * @param height     the picture's height in pixels
     * @param measure    gives text widths and the line height
     * @param fontFamily the font family the texts are written in
     * @param fontSize   the font size in pixels
     */
    public SvgDrawing(int width, int height, Drawing measure, String fontFamily, double fontSize) {
        this.width = width;
        this.height = height;
        this.measure = measure;
        this.fontFamily = fontFamily;
        this.fontSize = fontSize;
    }

    @Override
    public int textWidth(String text, boolean bold) {
        return measure.textWidth(text, bold);
    }

    @Override
    public int lineHeight() {
        return measure.lineHeight();
    }

    @Override
    public void fillRectangle(double x, double y, double w, double h, double arc, RGB fill) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"').append(corners(arc)).append(" fill=\"")
                .append(hex(fill)).append("\"/>\n");
    }

    @Override
    public void drawRectangle(double x, double y, double w, double h, double arc, RGB stroke, double lineWidth) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"').append(corners(arc))
                .append(" fill=\"none\" stroke=\"").append(hex(stroke)).append("\" stroke-width=\"")
                .append(n(lineWidth)).append("\"/>\n");
    }

    @Override
    public void ellipse(double x, double y, double w, double h, RGB fill, RGB stroke) {
        body.append("<ellipse cx=\"").append(n(x + w / 2)).append("\" cy=\"").append(n(y + h / 2))
                .append("\" rx=\"").append(n(w / 2)).append("\" ry=\"").append(n(h / 2)).append("\" fill=\"")
                .append(hex(fill)).append("\" stroke=\"").append(hex(stroke)).append("\"/>\n");
    }

    @Override
    public void polyline(double[] xy, RGB stroke, double lineWidth, boolean dashed) {
        body.append("<polyline points=\"").append(points(xy)).append("\" fill=\"none\" stroke=\"")
                .append(hex(stroke)).append("\" stroke-width=\"").append(n(lineWidth)).append('"')
                .append(dashed ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xy, RGB fill) {
        body.append("<polygon points=\"").append(points(xy)).append("\" fill=\"").append(hex(fill))
                .append("\"/>\n");
    }

    @Override
    public void text(String text, double x, double top, Align align, RGB colour, boolean bold) {
        String anchor = switch (align) {
            case LEFT -> "start";
            case CENTRE -> "middle";
            case RIGHT -> "end";
        };
        // SVG places text by its baseline: about 80 % of the line height below the top
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(top + lineHeight() * 0.8))
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(hex(colour)).append('"')
                .append(bold ? " font-weight=\"bold\"" : "").append('>').append(escape(text)).append("</text>\n");
    }

    /**
     * @return the SVG document with everything drawn so far
     */
    public String toSvg() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + width + "\" height=\""
                + height + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"" + escape(fontFamily)
                + "\" font-size=\"" + n(fontSize) + "px\">\n" + body + "</svg>\n";
    }

    private static String corners(double arc) {
        return arc > 0 ? " rx=\"" + n(arc / 2) + "\" ry=\"" + n(arc / 2) + "\"" : "";
    }

    private static String points(double[] xy) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        return text.toString();
    }

    private static String hex(RGB rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }

    private static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
