package nngt.workbench.ui.views;

import org.eclipse.swt.graphics.RGB;

/**
 * The few drawing operations the plots of the workbench need, so that one piece of painting code draws a
 * plot on screen, into a PNG ({@link GcDrawing} on an SWT graphics context) and into an SVG file
 * ({@link SvgDrawing}), and the three agree. Coordinates are in pixels, y downwards.
 */
public interface Drawing {

    /** Where a text's anchor lies horizontally. */
    enum Align {
        /** The anchor is the text's left end. */
        LEFT,
        /** The anchor is the text's middle. */
        CENTRE,
        /** The anchor is the text's right end. */
        RIGHT
    }

    /**
     * @param text a one-line text
     * @param bold whether it is written bold
     * @return its width in pixels in the drawing's font
     */
    int textWidth(String text, boolean bold);

    /**
     * @return the height of one line of text in pixels
     */
    int lineHeight();

    /**
     * Fills a rectangle, optionally with rounded corners.
     *
     * @param x      left
     * @param y      top
     * @param width  width
     * @param height height
     * @param arc    the corner diameter, 0 for square corners
     * @param fill   the colour
     */
    void fillRectangle(double x, double y, double width, double height, double arc, RGB fill);

    /**
     * Outlines a rectangle, optionally with rounded corners.
     *
     * @param x         left
     * @param y         top
     * @param width     width
     * @param height    height
     * @param arc       the corner diameter, 0 for square corners
     * @param stroke    the colour
     * @param lineWidth the line width in pixels
     */
    void drawRectangle(double x, double y, double width, double height, double arc, RGB stroke, double lineWidth);

    /**
     * Fills and outlines an ellipse inscribed in a rectangle.
     *
     * @param x      left
     * @param y      top
     * @param width  width
     * @param height height
     * @param fill   the fill colour
     * @param stroke the outline colour
     */
    void ellipse(double x, double y, double width, double height, RGB fill, RGB stroke);

    /**
     * Draws an open polyline.
     *
     * @param xy        x0, y0, x1, y1, ...
     * @param stroke    the colour
     * @param lineWidth the line width in pixels
     * @param dashed    whether the line is dashed
     */
    void polyline(double[] xy, RGB stroke, double lineWidth, boolean dashed);

    /**
     * Fills a closed polygon.
     *
     * @param xy   x0, y0, x1, y1, ...
     * @param fill the colour
     */
    void fillPolygon(double[] xy, RGB fill);

    /**
     * Draws one line of text.
     *
     * @param text     the text
     * @param x        the anchor's x
     * @param top      the top of the line
     * @param align    where the anchor lies
     * @param colour   the colour
     * @param bold     whether the text is bold
     */
    void text(String text, double x, double top, Align align, RGB colour, boolean bold);
}
