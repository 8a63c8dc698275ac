package nngt.workbench.ui.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import nngt.model.api.AtomicFile;
import nngt.sim.api.Trace;

/**
 * Draws one recorded trace of one neuron against time, with its axes and title; an empty canvas with a hint when
 * nothing is selected.
 */
public final class TraceCanvas extends Canvas {

    private static final int TRACE_RGB_RED = 0x1f;
    private static final int TRACE_RGB_GREEN = 0x5f;
    private static final int TRACE_RGB_BLUE = 0xbf;
    /** The size of an export while the canvas is hidden or tiny. */
    private static final int EXPORT_WIDTH = 800;
    private static final int EXPORT_HEIGHT = 500;
    private static final int MIN_EXPORT_WIDTH = 200;
    private static final int MIN_EXPORT_HEIGHT = 150;

    private TracePlot plot;
    private Trace trace;
    private String hint = "No simulation has run in this session yet.";

    /**
     * @param parent the parent
     */
    public TraceCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(event -> paint(event.gc, getClientArea()));
    }

    /**
     * Shows a trace; call on the UI thread.
     *
     * @param plot  the run's traces
     * @param trace the trace to draw, or null for none
     * @param hint  what the canvas says when {@code trace} is null
     */
    public void show(TracePlot plot, Trace trace, String hint) {
        this.plot = plot;
        this.trace = trace;
        this.hint = hint;
        redraw();
    }

    /**
     * @return the trace drawn, or null
     */
    public Trace trace() {
        return trace;
    }

    private void paint(GC gc, Rectangle area) {
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        if (trace == null) {
            gc.drawText(hint, area.x + Axes.LEFT, area.y + Axes.TOP, true);
            return;
        }
        Rectangle frame = Axes.plotArea(area);
        if (frame.width < 2 || frame.height < 2) {
            return;
        }
        double[] r = plot.ranges(trace);
        gc.drawText(plot.title(trace), frame.x, area.y + 3, true);
        Axes.draw(gc, frame, r[0], r[1], r[2], r[3], "time (ms)", trace.recordable());
        double[] times = trace.timesMs();
        double[] values = trace.values();
        int[] points = new int[2 * times.length];
        int count = 0;
        for (int i = 0; i < times.length; i++) {
            if (Double.isFinite(values[i])) {
                points[count++] = frame.x + (int) Math.round((times[i] - r[0]) / (r[1] - r[0]) * frame.width);
                points[count++] = frame.y + frame.height
                        - (int) Math.round((values[i] - r[2]) / (r[3] - r[2]) * frame.height);
            }
        }
        Color colour = new Color(TRACE_RGB_RED, TRACE_RGB_GREEN, TRACE_RGB_BLUE);
        gc.setForeground(colour);
        gc.setAntialias(SWT.ON);
        gc.drawPolyline(Arrays.copyOf(points, count));
    }

    /**
     * @return the size of an export: the canvas's, or {@value #EXPORT_WIDTH} x {@value #EXPORT_HEIGHT} pixels while
     *         the canvas is hidden or too small to hold a plot
     */
    Rectangle exportArea() {
        Rectangle area = getClientArea();
        return area.width >= MIN_EXPORT_WIDTH && area.height >= MIN_EXPORT_HEIGHT
                ? new Rectangle(0, 0, area.width, area.height) : new Rectangle(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT);
    }

    /**
     * Writes what the canvas shows as a PNG file, at the canvas's size ({@link #exportArea()}).
     *
     * @param file the PNG file, replaced atomically
     * @throws IOException when it cannot be written
     */
    public void exportPng(Path file) throws IOException {
        Rectangle area = exportArea();
        Image image = new Image(getDisplay(), area.width, area.height);
        GC gc = new GC(image);
        try {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, area.width, area.height);
            paint(gc, area);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            AtomicFile.write(file, temporary -> loader.save(temporary.toString(), SWT.IMAGE_PNG));
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Writes the drawn trace as an SVG file, at the canvas's size ({@link #exportArea()}).
     *
     * @param file the SVG file, replaced atomically
     * @throws IOException           when it cannot be written
     * @throws IllegalStateException when no trace is drawn
     */
    public void exportSvg(Path file) throws IOException {
        if (trace == null) {
            throw new IllegalStateException("No trace is shown; run a model that records V_m or another recordable.");
        }
        Rectangle area = exportArea();
        String svg = plot.svg(trace, area.width, area.height);
        AtomicFile.write(file, temporary -> Files.writeString(temporary, svg, StandardCharsets.UTF_8));
    }
}
