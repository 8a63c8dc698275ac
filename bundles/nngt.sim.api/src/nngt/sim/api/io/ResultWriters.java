package nngt.sim.api.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nngt.model.api.AtomicFile;
import nngt.sim.api.RunMetadata;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.SimulationResult.SpikeEvents;
import nngt.sim.api.Trace;
import nngt.sim.api.analysis.SpikeStatistics;

/**
 * Writes spikes and summaries. Numbers use {@link Locale#ROOT}; events are in time order, then by
 * neuron id, as a NEST spike recorder reports them.
 */
public final class ResultWriters {

    /** Something that writes text to a {@link Writer}. */
    @FunctionalInterface
    public interface TextContent {
        /**
         * Writes the content.
         *
         * @param out the destination
         * @throws IOException when writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    private ResultWriters() {
    }

    /**
     * NNGT's {@code save_spikes} format: header {@code # Neuron Time} (plus {@code  X Y} when positions
     * are given), then {@code %d %.6f} per spike (plus {@code  %.6f %.6f}).
     *
     * @param result the result
     * @param x      neuron x positions, or null for a non-spatial network
     * @param y      neuron y positions, or null
     * @param out    the destination
     * @throws IOException              when writing fails
     * @throws IllegalArgumentException when only one of x and y is given or their length is not the neuron count
     */
    public static void writeNngtSpikes(SimulationResult result, double[] x, double[] y, Writer out)
            throws IOException {
        boolean spatial = x != null || y != null;
        if (spatial && (x == null || y == null || x.length != result.neuronCount()
                || y.length != result.neuronCount())) {
            throw new IllegalArgumentException("x/y: positions must both be given with " + result.neuronCount()
                    + " values each");
        }
        SpikeEvents events = result.eventsByTime();
        StringBuilder line = new StringBuilder(64);
        out.write(spatial ? "# Neuron Time X Y\n" : "# Neuron Time\n");
        for (int i = 0; i < events.times().length; i++) {
            int neuron = events.senders()[i];
            line.setLength(0);
            line.append(neuron).append(' ').append(String.format(Locale.ROOT, "%.6f", events.times()[i]));
            if (spatial) {
                line.append(String.format(Locale.ROOT, " %.6f %.6f", x[neuron], y[neuron]));
            }
            out.write(line.append('\n').toString());
        }
    }

    /**
     * CSV with header {@code neuron,time_ms}, one row per spike.
     *
     * @param result the result
     * @param out    the destination
     * @throws IOException when writing fails
     */
    public static void writeCsv(SimulationResult result, Writer out) throws IOException {
        SpikeEvents events = result.eventsByTime();
        out.write("neuron,time_ms\n");
        for (int i = 0; i < events.times().length; i++) {
            out.write(events.senders()[i] + "," + Double.toString(events.times()[i]) + "\n");
        }
    }

    /**
     * The multimeter traces as CSV: header {@code neuron,recordable,time_ms,value}, one row per sample, trace
     * by trace in the result's order; a value that is not a number is written as {@code nan}.
     *
     * @param result the result
     * @param out    the destination
     * @throws IOException when writing fails
     */
    public static void writeTracesCsv(SimulationResult result, Writer out) throws IOException {
        out.write("neuron,recordable,time_ms,value\n");
        StringBuilder row = new StringBuilder(64);
        for (Trace trace : result.traces()) {
            for (int k = 0; k < trace.timesMs().length; k++) {
                double value = trace.values()[k];
                row.setLength(0);
                row.append(trace.neuron()).append(',').append(trace.recordable()).append(',')
                        .append(trace.timesMs()[k]).append(',').append(Double.isNaN(value) ? "nan" : Double.toString(value))
                        .append('\n');
                out.write(row.toString());
            }
        }
    }

    /**
     * Writes the files every run folder holds, for the command line and the workbench alike:
     * {@code spikes.txt} ({@link #writeNngtSpikes}) and, when traces were recorded, {@code traces.csv}
     * ({@link #writeTracesCsv}).
     *
     * @param results the results folder being filled
     * @param result  the result
     * @param x       neuron x positions, or null for a non-spatial network
     * @param y       neuron y positions, or null
     * @throws IOException when writing fails
     */
    public static void writeRunFiles(ResultsFolder results, SimulationResult result, double[] x, double[] y)
            throws IOException {
        try (Writer writer = Files.newBufferedWriter(results.file("spikes.txt"), StandardCharsets.UTF_8)) {
            writeNngtSpikes(result, x, y, writer);
        }
        if (!result.traces().isEmpty()) {
            try (Writer writer = Files.newBufferedWriter(results.file("traces.csv"), StandardCharsets.UTF_8)) {
                writeTracesCsv(result, writer);
            }
        }
    }

    /**
     * A JSON document: {@code metadata}, {@code groups} (name, first id, size, type, mean rate in Hz, mean
     * CV of ISI over the whole run), {@code spikes} (one array of times per neuron id) and {@code traces}
     * (neuron, recordable, times, values per multimeter trace).
     *
     * @param result the result
     * @param out    the destination
     * @throws IOException when writing fails
     */
    public static void writeJson(SimulationResult result, Writer out) throws IOException {
        RunMetadata m = result.metadata();
        double end = m.durationMs() > 0 ? m.durationMs() : 1.0;
        double[] rates = SpikeStatistics.ratesHz(result, 0, end);
        double[] cv = SpikeStatistics.cvIsi(result, 0, end);
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"metadata\": {");
        json.append("\"simulator\": ").append(quote(m.simulator()));
        json.append(", \"version\": ").append(quote(m.version()));
        json.append(", \"seed\": ").append(m.seed());
        json.append(", \"threads\": ").append(m.threads());
        json.append(", \"resolution_ms\": ").append(number(m.resolutionMs()));
        json.append(", \"duration_ms\": ").append(number(m.durationMs()));
        json.append(", \"build_s\": ").append(number(m.buildSeconds()));
        json.append(", \"run_s\": ").append(number(m.runSeconds()));
        json.append("},\n  \"groups\": [");
        List<SimulationResult.Group> groups = result.groups();
        for (int g = 0; g < groups.size(); g++) {
            SimulationResult.Group group = groups.get(g);
            json.append(g == 0 ? "\n    " : ",\n    ");
            json.append("{\"name\": ").append(quote(group.name()));
            json.append(", \"first_id\": ").append(group.firstId());
            json.append(", \"size\": ").append(group.size());
            json.append(", \"neuron_type\": ").append(group.neuronType());
            json.append(", \"rate_hz\": ")
                    .append(number(SpikeStatistics.meanIgnoringNaN(rates, group.firstId(), group.size())));
            json.append(", \"cv_isi\": ")
                    .append(number(SpikeStatistics.meanIgnoringNaN(cv, group.firstId(), group.size())));
            json.append('}');
        }
        json.append(groups.isEmpty() ? "],\n  \"spikes\": [" : "\n  ],\n  \"spikes\": [");
        out.write(json.toString());
        for (int neuron = 0; neuron < result.neuronCount(); neuron++) {
            StringBuilder row = new StringBuilder(neuron == 0 ? "\n    [" : ",\n    [");
            double[] times = result.spikeTimes(neuron);
            for (int s = 0; s < times.length; s++) {
                row.append(s == 0 ? "" : ", ").append(number(times[s]));
            }
            out.write(row.append(']').toString());
        }
        out.write(result.neuronCount() == 0 ? "],\n  \"traces\": [" : "\n  ],\n  \"traces\": [");
        List<Trace> traces = result.traces();
        for (int t = 0; t < traces.size(); t++) {
            Trace trace = traces.get(t);
            StringBuilder row = new StringBuilder(t == 0 ? "\n    " : ",\n    ");
            row.append("{\"neuron\": ").append(trace.neuron()).append(", \"recordable\": ")
                    .append(quote(trace.recordable())).append(", \"times_ms\": ");
            appendArray(row, trace.timesMs());
            row.append(", \"values\": ");
            appendArray(row, trace.values());
            out.write(row.append('}').toString());
        }
        out.write(traces.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    }

    /**
     * Writes a file atomically: into a temporary file in the same folder, then renamed over the target.
     *
     * @param file    the destination
     * @param content what to write (UTF-8)
     * @throws IOException when writing or renaming fails; the target is then unchanged
     */
    public static void writeAtomically(Path file, TextContent content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.write(file, temporary -> {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
        });
    }

    private static void appendArray(StringBuilder json, double[] values) {
        json.append('[');
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ", ").append(number(values[i]));
        }
        json.append(']');
    }

    private static String number(double value) {
        // JSON has no NaN or infinity
        return Double.isFinite(value) ? Double.toString(value) : "null";
    }

    /**
     * Quotes a string as a JSON string literal, escaping quotes, backslashes and control characters.
     *
     * @param text any string
     * @return the JSON literal, with its double quotes
     */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
