package nngt.workbench.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import nngt.sim.api.SimulationResult;
import nngt.sim.api.Trace;

/**
 * What the Traces view plots: the recorded neurons of a run, the recordables of each, and the samples of one
 * neuron's recordable with the ranges of its axes; also the plot as an SVG document, the vector export of the view.
 * The same selection of the same run gives the same SVG, byte for byte.
 */
public final class TracePlot {

    /** Margin above and below a trace's values, as a fraction of their range, so the line does not touch the frame. */
    private static final double Y_PADDING = 0.05;
    /** The half-height of the y axis of a constant trace. */
    private static final double FLAT_HALF_RANGE = 1;

    private final Map<Integer, Map<String, Trace>> byNeuron = new TreeMap<>();
    private final SimulationResult result;

    /**
     * @param result a run's result; its multimeter traces are plotted
     */
    public TracePlot(SimulationResult result) {
        this.result = result;
        for (Trace trace : result.traces()) {
            byNeuron.computeIfAbsent(trace.neuron(), neuron -> new LinkedHashMap<>()).put(trace.recordable(), trace);
        }
    }

    /**
     * @return the ids of the neurons with a trace, ascending
     */
    public List<Integer> neurons() {
        return List.copyOf(byNeuron.keySet());
    }

    /**
     * @param neuron a neuron id
     * @return its recordables, in the order the run recorded them; empty when it has no trace
     */
    public List<String> recordables(int neuron) {
        return List.copyOf(byNeuron.getOrDefault(neuron, Map.of()).keySet());
    }

    /**
     * @param neuron     a neuron id
     * @param recordable one of its recordables
     * @return the trace
     * @throws IllegalArgumentException when the neuron has no trace of that recordable, naming those it has
     */
    public Trace trace(int neuron, String recordable) {
        Trace trace = byNeuron.getOrDefault(neuron, Map.of()).get(recordable);
        if (trace == null) {
            throw new IllegalArgumentException("Neuron " + neuron + " has no trace of '" + recordable
                    + "'; recorded: " + (byNeuron.containsKey(neuron) ? recordables(neuron) + " of neuron " + neuron
                            : "neurons " + neurons()));
        }
        return trace;
    }

    /**
     * @param neuron a neuron id
     * @return the neuron's label: its id and group, e.g. {@code 41 (inh)}
     */
    public String label(int neuron) {
        for (SimulationResult.Group group : result.groups()) {
            if (neuron >= group.firstId() && neuron < group.firstId() + group.size()) {
                return neuron + " (" + group.name() + ")";
            }
        }
        return Integer.toString(neuron);
    }

    /**
     * The axes' ranges of a trace: x over the simulated time, y over the values with a margin.
     *
     * @param trace the trace
     * @return {xMin, xMax, yMin, yMax}
     */
    public double[] ranges(Trace trace) {
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double value : trace.values()) {
            if (Double.isFinite(value)) {
                yMin = Math.min(yMin, value);
                yMax = Math.max(yMax, value);
            }
        }
        if (yMin > yMax) {
            yMin = -FLAT_HALF_RANGE;
            yMax = FLAT_HALF_RANGE;
        } else if (yMax - yMin < 1e-12) {
            yMin -= FLAT_HALF_RANGE;
            yMax += FLAT_HALF_RANGE;
        } else {
            double pad = (yMax - yMin) * Y_PADDING;
            yMin -= pad;
            yMax += pad;
        }
        double xMax = result.metadata().durationMs();
        double[] times = trace.timesMs();
        if (times.length > 0) {
            xMax = Math.max(xMax, times[times.length - 1]);
        }
        return new double[] {0, xMax > 0 ? xMax : 1, yMin, yMax};
    }

    /**
     * @param trace the trace
     * @return the plot's title, e.g. {@code V_m of neuron 41 (inh)}
     */
    public String title(Trace trace) {
        return trace.recordable() + " of neuron " + label(trace.neuron());
    }

    /**
     * The plot of a trace as an SVG document: frame, ticks with their values, axis titles, the title and the trace
     * as one polyline.
     *
     * @param trace  the trace
     * @param width  the width in pixels
     * @param height the height in pixels
     * @return the SVG text
     */
    public String svg(Trace trace, int width, int height) {
        double[] r = ranges(trace);
        int left = Axes.LEFT;
        int top = Axes.TOP;
        int plotWidth = Math.max(1, width - Axes.LEFT - Axes.RIGHT);
        int plotHeight = Math.max(1, height - Axes.TOP - Axes.BOTTOM);
        int bottom = top + plotHeight;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"15\">%s</text>%n", left, escape(title(trace))));
        svg.append(String.format(Locale.ROOT, "<path d=\"M%d %d V%d H%d\" fill=\"none\" stroke=\"black\"/>%n", left,
                top, bottom, left + plotWidth));
        double xStep = Axes.niceStep(r[1] - r[0], plotWidth / 60);
        for (double value = Math.ceil(r[0] / xStep) * xStep; value <= r[1] + xStep * 1e-9; value += xStep) {
            double x = left + (value - r[0]) / (r[1] - r[0]) * plotWidth;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, bottom, x, bottom + 4, x,
                    bottom + 16, Axes.format(value, xStep)));
        }
        double yStep = Axes.niceStep(r[3] - r[2], plotHeight / 24);
        for (double value = Math.ceil(r[2] / yStep) * yStep; value <= r[3] + yStep * 1e-9; value += yStep) {
            double y = bottom - (value - r[2]) / (r[3] - r[2]) * plotHeight;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"black\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", left - 4, y, left, y, left - 6,
                    y + 4, Axes.format(value, yStep)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">time (ms)</text>%n",
                left + plotWidth / 2.0, height - 4));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(14 %.1f) rotate(-90)\" "
                + "text-anchor=\"middle\">%s</text>%n", top + plotHeight / 2.0, escape(trace.recordable())));
        svg.append("<polyline fill=\"none\" stroke=\"#1f5fbf\" stroke-width=\"1\" points=\"");
        List<String> points = new ArrayList<>();
        double[] times = trace.timesMs();
        double[] values = trace.values();
        for (int i = 0; i < times.length; i++) {
            if (Double.isFinite(values[i])) {
                points.add(String.format(Locale.ROOT, "%.2f,%.2f", left + (times[i] - r[0]) / (r[1] - r[0]) * plotWidth,
                        bottom - (values[i] - r[2]) / (r[3] - r[2]) * plotHeight));
            }
        }
        svg.append(String.join(" ", points)).append(String.format(Locale.ROOT, "\"/>%n</svg>%n"));
        return svg.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
