package nngt.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nngt.sim.api.SimulationResult;

/**
 * The spikes of a run and the groups they belong to, as plain arrays: what the plots need, read from a
 * simulation result or back from a results folder (spikes.txt, groups.csv, degrees.csv, run.csv).
 *
 * @param groups the groups in id order
 * @param senders neuron of each spike, in time order
 * @param times time of each spike (ms)
 * @param durationMs simulated time
 * @param resolutionMs time step
 */
record Raster(List<Group> groups, int[] senders, double[] times, double durationMs, double resolutionMs) {

    /**
     * @param name group name
     * @param firstId first neuron id
     * @param size neurons
     */
    record Group(String name, int firstId, int size) {
    }

    static Raster of(SimulationResult result) {
        List<Group> groups = result.groups().stream().map(g -> new Group(g.name(), g.firstId(), g.size())).toList();
        SimulationResult.SpikeEvents events = result.eventsByTime();
        return new Raster(groups, events.senders(), events.times(), result.metadata().durationMs(),
                result.metadata().resolutionMs());
    }

    int neuronCount() {
        return groups.isEmpty() ? 0 : groups.get(groups.size() - 1).firstId() + groups.get(groups.size() - 1).size();
    }

    /**
     * @return mean rate per neuron of each group, in Hz
     */
    double[] groupRatesHz() {
        long[] counts = new long[groups.size()];
        for (int sender : senders) {
            for (int g = 0; g < groups.size(); g++) {
                Group group = groups.get(g);
                if (sender >= group.firstId() && sender < group.firstId() + group.size()) {
                    counts[g]++;
                    break;
                }
            }
        }
        double[] rates = new double[groups.size()];
        for (int g = 0; g < rates.length; g++) {
            rates[g] = counts[g] / (Math.max(1, groups.get(g).size()) * durationMs / 1000.0);
        }
        return rates;
    }

    /** @return the groups file of a results folder */
    String groupsCsv() {
        StringBuilder csv = new StringBuilder("name,first_id,size\n");
        groups.forEach(g -> csv.append(g.name()).append(',').append(g.firstId()).append(',').append(g.size()).append('\n'));
        return csv.toString();
    }

    /** @return the run file of a results folder: duration and resolution */
    String runCsv() {
        return "duration_ms,resolution_ms\n" + durationMs + "," + resolutionMs + "\n";
    }

    /**
     * Reads the raster back from a results folder written by {@code nngt run}.
     *
     * @param folder the folder
     * @return the raster
     * @throws IOException when a file is missing or malformed; the message names it
     */
    static Raster read(Path folder) throws IOException {
        for (String name : new String[] { "spikes.txt", "groups.csv", "run.csv" }) {
            if (!Files.isRegularFile(folder.resolve(name))) {
                throw new IOException(folder + " is not a results folder of nngt run: " + name + " is missing.");
            }
        }
        List<Group> groups = new ArrayList<>();
        Path groupsFile = folder.resolve("groups.csv");
        List<String> groupLines = Files.readAllLines(groupsFile, StandardCharsets.UTF_8);
        for (int i = 1; i < groupLines.size(); i++) {
            String[] fields = groupLines.get(i).split(",");
            try {
                groups.add(new Group(fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2])));
            } catch (RuntimeException e) {
                throw new IOException(groupsFile + ":" + (i + 1) + ": expected 'name,first_id,size' but found '"
                        + groupLines.get(i) + "'.");
            }
        }
        if (groups.isEmpty()) {
            throw new IOException(groupsFile + " lists no groups, so there is nothing to plot; 'nngt run' writes "
                    + "one line per group (name,first_id,size).");
        }
        Path runFile = folder.resolve("run.csv");
        List<String> runLines = Files.readAllLines(runFile, StandardCharsets.UTF_8);
        double[] run = runLines.size() < 2 ? new double[0] : parseNumbers(runLines.get(1));
        if (run.length != 2 || !(run[0] > 0) || !(run[1] > 0) || Double.isInfinite(run[0])) {
            throw new IOException(runFile + ":2: expected 'duration_ms,resolution_ms' with two positive numbers but "
                    + "found '" + (runLines.size() < 2 ? "" : runLines.get(1)) + "'.");
        }
        List<int[]> senders = new ArrayList<>();
        int count = 0;
        int[] senderBlock = new int[4096];
        double[] timeBlock = new double[4096];
        List<double[]> times = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(folder.resolve("spikes.txt"), StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.trim().split("\\s+");
                try {
                    senderBlock[count % 4096] = Integer.parseInt(fields[0]);
                    timeBlock[count % 4096] = Double.parseDouble(fields[1]);
                } catch (RuntimeException e) {
                    throw new IOException(folder.resolve("spikes.txt") + ":" + lineNumber + ": expected 'neuron time'.");
                }
                count++;
                if (count % 4096 == 0) {
                    senders.add(senderBlock);
                    times.add(timeBlock);
                    senderBlock = new int[4096];
                    timeBlock = new double[4096];
                }
            }
        }
        senders.add(senderBlock);
        times.add(timeBlock);
        int[] allSenders = new int[count];
        double[] allTimes = new double[count];
        for (int i = 0; i < count; i++) {
            allSenders[i] = senders.get(i / 4096)[i % 4096];
            allTimes[i] = times.get(i / 4096)[i % 4096];
        }
        return new Raster(groups, allSenders, allTimes, run[0], run[1]);
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
