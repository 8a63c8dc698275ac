package nngt.workbench.ui.diagram;

/**
 * The scale at which the network diagram is drawn on screen: zoom steps of {@value #STEP}, bounded to
 * {@value #MIN_SCALE}–{@value #MAX_SCALE}, and the scale that fits the whole picture into the view. Only the screen
 * is scaled: the layout stays in picture units, so clicks are mapped back to them and exports keep the picture's
 * own size.
 */
public final class DiagramZoom {

    /** The factor of one zoom step (a wheel notch, a key press or a toolbar click). */
    public static final double STEP = 1.25;
    /** The smallest scale: a 50-group picture still fits a small view. */
    public static final double MIN_SCALE = 0.1;
    /** The largest scale: a label's letters are then a few centimetres high. */
    public static final double MAX_SCALE = 8;
    /* room left around a fitted picture, in screen pixels, so that its outline does not touch the view's edge */
    private static final int FIT_MARGIN = 4;

    private double scale = 1;

    /**
     * @return the current scale, 1 for the picture's own size
     */
    public double scale() {
        return scale;
    }

    /**
     * Sets the scale, bounded to {@value #MIN_SCALE}–{@value #MAX_SCALE}.
     *
     * @param value the wanted scale
     * @return the scale set
     */
    public double set(double value) {
        scale = bounded(value);
        return scale;
    }

    /**
     * @param steps zoom steps, positive to enlarge and negative to shrink
     * @return the scale that many steps away from the current one, bounded
     */
    public double stepped(int steps) {
        return bounded(scale * Math.pow(STEP, steps));
    }

    /**
     * The largest scale at which a picture fits an area, bounded.
     *
     * @param pictureWidth  the picture's width in picture units
     * @param pictureHeight its height
     * @param areaWidth     the visible area's width in screen pixels
     * @param areaHeight    its height
     * @return the scale
     */
    public static double fitting(int pictureWidth, int pictureHeight, int areaWidth, int areaHeight) {
        if (pictureWidth <= 0 || pictureHeight <= 0) {
            return 1;
        }
        double across = (double) Math.max(1, areaWidth - 2 * FIT_MARGIN) / pictureWidth;
        double down = (double) Math.max(1, areaHeight - 2 * FIT_MARGIN) / pictureHeight;
        return bounded(Math.min(across, down));
    }

    /**
     * @param screen a coordinate on the drawing surface, in screen pixels
     * @return the same point in picture units
     */
    public double toPicture(int screen) {
        return screen / scale;
    }

    /**
     * @param picture a coordinate in picture units
     * @return the same point on the drawing surface, in screen pixels
     */
    public int toScreen(double picture) {
        return (int) Math.round(picture * scale);
    }

    private static double bounded(double value) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }
}
