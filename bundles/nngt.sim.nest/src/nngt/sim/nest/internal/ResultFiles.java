package nngt.sim.nest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.Trace;

/**
 * The files a generated run.py writes into its results folder, read back: spike files ({@code <label>.txt},
 * NNGT's {@code # Neuron Time} format, already in NNGT ids: run.py subtracts NEST's id offset of 1) and
 * multimeter files ({@code <label>.csv}: {@code time,neuron,<recordable>...}). A neuron watched by several spike
 * recorders appears in several files with the same spikes; its spikes are taken from the first file (by name)
 * that has any.
 *
 * @param offsets  per neuron the start of its spikes in {@code times} (length neuronCount + 1)
 * @param times    spike times in ms, ascending per neuron
 * @param recorded the recorded neurons, ascending
 * @param traces   the multimeter samples, by file name, then neuron, then recordable
 */
record ResultFiles(int[] offsets, double[] times, int[] recorded, List<Trace> traces) {

    /** The header of run.py's spike files. */
    static final String SPIKE_HEADER = "# Neuron Time";
    /** The first columns of run.py's multimeter files. */
    static final String TRACE_HEADER = "time,neuron";

    /**
     * Reads a results folder.
     *
     * @param folder  the folder given to run.py as {@code --results}
     * @param request the request the project was generated for (neuron count, recorded neurons)
     * @return the spikes and traces
     * @throws IOException when a file cannot be read or a line is malformed
     */
    static ResultFiles read(Path folder, SimulationPlan request) throws IOException {
        int n = request.neuronCount();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        int[] recorded = request.spikeRecorded().clone();
        Arrays.sort(recorded);
        boolean[] keep = new boolean[n];
        for (int id : recorded) {
            keep[id] = true;
        }
        // file index that supplies a neuron's spikes; -1 until a file has one
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        IntList ids = new IntList();
        DoubleList times = new DoubleList();
        List<Trace> traces = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            Path file = files.get(f);
            String name = file.getFileName().toString();
            if (name.endsWith(".txt") && firstLine(file).startsWith(SPIKE_HEADER)) {
                readSpikes(file, f, n, keep, owner, ids, times);
            } else if (name.endsWith(".csv") && firstLine(file).startsWith(TRACE_HEADER)) {
                traces.addAll(readTraces(file, n));
            }
        }
        int total = ids.size();
        int[] offsets = new int[n + 1];
        for (int k = 0; k < total; k++) {
            offsets[ids.get(k) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        double[] sorted = new double[total];
        for (int k = 0; k < total; k++) {
            sorted[fill[ids.get(k)]++] = times.get(k);
        }
        for (int i = 0; i < n; i++) {
            Arrays.sort(sorted, offsets[i], offsets[i + 1]);
        }
        return new ResultFiles(offsets, sorted, recorded, traces);
    }

    private static String firstLine(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            return line == null ? "" : line;
        }
    }

    private static void readSpikes(Path file, int fileIndex, int n, boolean[] keep, int[] owner, IntList ids,
            DoubleList times) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.trim().split("\\s+");
                int id;
                double time;
                try {
                    id = Integer.parseInt(columns[0]);
                    time = Double.parseDouble(columns[1]);
                } catch (RuntimeException e) {
                    throw new IOException(file + ":" + lineNumber + ": expected 'neuron time', got '" + line + "'");
                }
                if (id < 0 || id >= n) {
                    throw new IOException(file + ":" + lineNumber + ": neuron " + id + " is outside 0 … " + (n - 1));
                }
                if (!keep[id]) {
                    continue;
                }
                if (owner[id] == -1) {
                    owner[id] = fileIndex;
                }
                if (owner[id] == fileIndex) {
                    ids.add(id);
                    times.add(time);
                }
            }
        }
    }

    private static List<Trace> readTraces(Path file, int n) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",");
        int values = header.length - 2;
        int rows = lines.size() - 1;
        int[] neuron = new int[rows];
        double[] time = new double[rows];
        double[][] value = new double[values][rows];
        int[] start = new int[n + 1];
        for (int r = 0; r < rows; r++) {
            String[] columns = lines.get(r + 1).split(",");
            if (columns.length != header.length) {
                throw new IOException(file + ":" + (r + 2) + ": expected " + header.length + " columns, got "
                        + columns.length);
            }
            try {
                time[r] = Double.parseDouble(columns[0]);
                neuron[r] = Integer.parseInt(columns[1]);
                for (int v = 0; v < values; v++) {
                    value[v][r] = Double.parseDouble(columns[v + 2]);
                }
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + (r + 2) + ": " + e.getMessage());
            }
            if (neuron[r] < 0 || neuron[r] >= n) {
                throw new IOException(file + ":" + (r + 2) + ": neuron " + neuron[r] + " is outside 0 … " + (n - 1));
            }
            start[neuron[r] + 1]++;
        }
        for (int id = 0; id < n; id++) {
            start[id + 1] += start[id];
        }
        // rows are in (time, neuron) order: a stable bucketing by neuron keeps each neuron's rows in time order
        int[] order = new int[rows];
        int[] fill = Arrays.copyOf(start, n);
        for (int r = 0; r < rows; r++) {
            order[fill[neuron[r]]++] = r;
        }
        List<Trace> traces = new ArrayList<>();
        for (int id = 0; id < n; id++) {
            int from = start[id];
            int to = start[id + 1];
            if (from == to) {
                continue;
            }
            double[] sampleTimes = new double[to - from];
            for (int j = from; j < to; j++) {
                sampleTimes[j - from] = time[order[j]];
            }
            for (int v = 0; v < values; v++) {
                double[] samples = new double[to - from];
                for (int j = from; j < to; j++) {
                    samples[j - from] = value[v][order[j]];
                }
                traces.add(new Trace(id, header[v + 2], sampleTimes, samples));
            }
        }
        return traces;
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] data = new int[1024];
        private int size;

        void add(int value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        int get(int index) {
            return data[index];
        }

        int size() {
            return size;
        }
    }

    /** A growable double array. */
    private static final class DoubleList {
        private double[] data = new double[1024];
        private int size;

        void add(double value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        double get(int index) {
            return data[index];
        }
    }
}
