package nngt.sim.api.run;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nngt.graph.NetworkInstance;
import nngt.graph.analysis.NetworkAnalysis;
import nngt.sim.api.PlanEdges;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.io.ResultWriters;
import nngt.sim.api.io.ResultsFolder;

/**
 * The files of a results folder, written the same whoever runs the model and read back by {@code nngt plot}:
 * {@value #SPIKES} (NNGT's {@code # Neuron Time} format), {@code traces.csv} when traces were recorded,
 * {@value #SUMMARY} ({@link RunSummary}), {@value #GROUPS} ({@code name,first_id,size}), {@value #RUN}
 * ({@code duration_ms,resolution_ms}) and {@value #DEGREES} ({@code neuron,in_degree,out_degree}), plus the plots
 * where the caller draws them.
 */
public final class RunFiles {

    /** The spikes, in NNGT's text format. */
    public static final String SPIKES = "spikes.txt";
    /** The per-group figures and how the run went. */
    public static final String SUMMARY = "summary.json";
    /** The groups: name, first neuron id and size. */
    public static final String GROUPS = "groups.csv";
    /** The simulated time and the resolution. */
    public static final String RUN = "run.csv";
    /** The in- and out-degree of every neuron. */
    public static final String DEGREES = "degrees.csv";

    /** How many spikes the reader collects per block: spikes.txt may hold more than fit one array's growth. */
    private static final int BLOCK = 4096;

    private RunFiles() {
    }

    /**
     * In- and out-degree per neuron.
     *
     * @param in  the in-degree of each neuron
     * @param out the out-degree of each neuron
     */
    public record Degrees(int[] in, int[] out) {

        /**
         * @param instance a network
         * @return its degrees
         */
        public static Degrees of(NetworkInstance instance) {
            return new Degrees(NetworkAnalysis.inDegrees(instance), NetworkAnalysis.outDegrees(instance));
        }

        /**
         * @param plan a plan
         * @return the degrees of its edges, read range by range (drawn ones drawn once more), without edge arrays
         */
        public static Degrees of(SimulationPlan plan) {
            int[] in = new int[plan.neuronCount()];
            int[] out = new int[plan.neuronCount()];
            for (PlanEdges.Cursor edge = plan.edges().edgesTo(0, plan.neuronCount()); edge.next();) {
                in[edge.target()]++;
                out[edge.source()]++;
            }
            return new Degrees(in, out);
        }
    }

    /**
     * Writes every file of a run into the results folder being filled.
     *
     * @param folder   the results folder, before its commit
     * @param plan     the plan that was simulated
     * @param result   the simulation result
     * @param summary  the figures of the run
     * @param plots    draws the plots, or {@link ResultPlots#NONE}
     * @throws IOException when a file cannot be written
     */
    static void write(ResultsFolder folder, SimulationPlan plan, SimulationResult result, RunSummary summary,
            ResultPlots plots) throws IOException {
        ResultWriters.writeRunFiles(folder, result, plan.x(), plan.y());
        Files.writeString(folder.file(SUMMARY), summary.toJson(), StandardCharsets.UTF_8);
        SpikeRaster raster = SpikeRaster.of(result);
        StringBuilder groups = new StringBuilder("name,first_id,size\n");
        for (SpikeRaster.Group group : raster.groups()) {
            groups.append(group.name()).append(',').append(group.firstId()).append(',').append(group.size())
                    .append('\n');
        }
        Files.writeString(folder.file(GROUPS), groups, StandardCharsets.UTF_8);
        Files.writeString(folder.file(RUN), "duration_ms,resolution_ms\n" + raster.durationMs() + ","
                + raster.resolutionMs() + "\n", StandardCharsets.UTF_8);
        Degrees degrees = Degrees.of(plan);
        try (BufferedWriter writer = Files.newBufferedWriter(folder.file(DEGREES), StandardCharsets.UTF_8)) {
            writer.write("neuron,in_degree,out_degree\n");
            for (int n = 0; n < degrees.in().length; n++) {
                writer.write(n + "," + degrees.in()[n] + "," + degrees.out()[n] + "\n");
            }
        }
        plots.write(raster, degrees, folder::file);
    }

    /**
     * Reads the spikes, groups, duration and resolution back from a results folder.
     *
     * @param folder a results folder
     * @return the raster
     * @throws IOException when a file is missing or malformed; the message names the file, the line and what was
     *                     expected
     */
    public static SpikeRaster readRaster(Path folder) throws IOException {
        for (String name : List.of(SPIKES, GROUPS, RUN)) {
            requireFile(folder, name);
        }
        List<SpikeRaster.Group> groups = new ArrayList<>();
        Path groupsFile = folder.resolve(GROUPS);
        List<String> groupLines = Files.readAllLines(groupsFile, StandardCharsets.UTF_8);
        for (int i = 1; i < groupLines.size(); i++) {
            String[] fields = groupLines.get(i).split(",");
            try {
                groups.add(new SpikeRaster.Group(fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2])));
            } catch (RuntimeException e) {
                throw new IOException(groupsFile + ":" + (i + 1) + ": expected 'name,first_id,size' but found '"
                        + groupLines.get(i) + "'.");
            }
        }
        if (groups.isEmpty()) {
            throw new IOException(groupsFile + " lists no groups, so there is nothing to plot; a run writes "
                    + "one line per group (name,first_id,size).");
        }
        Path runFile = folder.resolve(RUN);
        List<String> runLines = Files.readAllLines(runFile, StandardCharsets.UTF_8);
        double[] run = runLines.size() < 2 ? new double[0] : parseNumbers(runLines.get(1));
        if (run.length != 2 || !(run[0] > 0) || !(run[1] > 0) || Double.isInfinite(run[0])) {
            throw new IOException(runFile + ":2: expected 'duration_ms,resolution_ms' with two positive numbers but "
                    + "found '" + (runLines.size() < 2 ? "" : runLines.get(1)) + "'.");
        }
        return readSpikes(folder.resolve(SPIKES), groups, run[0], run[1]);
    }

    /**
     * Reads the degrees back from a results folder.
     *
     * @param folder a results folder
     * @return the in- and out-degree of every neuron
     * @throws IOException when {@value #DEGREES} is missing or a line is not three whole numbers with degrees of at
     *                     least 0; the message names the file and the line
     */
    public static Degrees readDegrees(Path folder) throws IOException {
        Path degreesFile = requireFile(folder, DEGREES);
        List<String> degreeLines = Files.readAllLines(degreesFile, StandardCharsets.UTF_8);
        int count = Math.max(0, degreeLines.size() - 1);
        int[] in = new int[count];
        int[] out = new int[count];
        for (int i = 1; i < degreeLines.size(); i++) {
            String[] fields = degreeLines.get(i).split(",");
            try {
                in[i - 1] = Integer.parseInt(fields[1]);
                out[i - 1] = Integer.parseInt(fields[2]);
            } catch (RuntimeException e) {
                throw new IOException(degreesFile + ":" + (i + 1) + ": expected 'neuron,in_degree,out_degree' with "
                        + "whole numbers but found '" + degreeLines.get(i) + "'.");
            }
            if (in[i - 1] < 0 || out[i - 1] < 0) {
                throw new IOException(degreesFile + ":" + (i + 1) + ": degrees cannot be negative, found '"
                        + degreeLines.get(i) + "'.");
            }
        }
        return new Degrees(in, out);
    }

    private static Path requireFile(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IOException(folder + " is not a results folder of an NNGT run: " + name + " is missing.");
        }
        return file;
    }

    private static SpikeRaster readSpikes(Path spikesFile, List<SpikeRaster.Group> groups, double durationMs,
            double resolutionMs) throws IOException {
        List<int[]> senders = new ArrayList<>();
        List<double[]> times = new ArrayList<>();
        int count = 0;
        int[] senderBlock = new int[BLOCK];
        double[] timeBlock = new double[BLOCK];
        try (BufferedReader reader = Files.newBufferedReader(spikesFile, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.trim().split("\\s+");
                try {
                    senderBlock[count % BLOCK] = Integer.parseInt(fields[0]);
                    timeBlock[count % BLOCK] = Double.parseDouble(fields[1]);
                } catch (RuntimeException e) {
                    throw new IOException(spikesFile + ":" + lineNumber + ": expected 'neuron time'.");
                }
                count++;
                if (count % BLOCK == 0) {
                    senders.add(senderBlock);
                    times.add(timeBlock);
                    senderBlock = new int[BLOCK];
                    timeBlock = new double[BLOCK];
                }
            }
        }
        senders.add(senderBlock);
        times.add(timeBlock);
        int[] allSenders = new int[count];
        double[] allTimes = new double[count];
        for (int i = 0; i < count; i++) {
            allSenders[i] = senders.get(i / BLOCK)[i % BLOCK];
            allTimes[i] = times.get(i / BLOCK)[i % BLOCK];
        }
        return new SpikeRaster(groups, allSenders, allTimes, durationMs, resolutionMs);
    }

    /* The comma-separated numbers of a line, or none when one is not a number. */
    private static double[] parseNumbers(String line) {
        String[] fields = line.split(",");
        double[] numbers = new double[fields.length];
        try {
            for (int i = 0; i < fields.length; i++) {
                numbers[i] = Double.parseDouble(fields[i].trim());
            }
        } catch (NumberFormatException e) {
            return new double[0];
        }
        return numbers;
    }
}
