package nngt.sim.api.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nngt.sim.api.RunMetadata;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.analysis.SpikeStatistics;
import nngt.sim.api.io.Json;

/**
 * What a run produced per group (mean rate per neuron in Hz, mean CV of the inter-spike intervals) and how it ran:
 * the content of {@code summary.json}, whichever front end started the run.
 *
 * @param network  the network's name
 * @param neurons  the neuron count
 * @param edges    the edge count
 * @param metadata simulator, version, seed, the threads actually used, and timings
 * @param groups   the figures of each group, in network order
 */
public record RunSummary(String network, int neurons, long edges, RunMetadata metadata, List<GroupFigures> groups) {

    /** The program named as the writer of {@code summary.json}. */
    public static final String GENERATOR = "nngt " + RunService.VERSION;

    /** The fields of {@code summary.json} that measure the machine rather than the run: they differ between runs. */
    public static final List<String> TIMING_FIELDS = List.of("buildSeconds", "runSeconds", "realTimeFactor");

    /**
     * The figures of one group.
     *
     * @param name   the group's name
     * @param size   its neuron count
     * @param spikes the spikes of its neurons
     * @param rateHz the mean rate per neuron in Hz
     * @param cvIsi  the mean CV of the inter-spike intervals, NaN when no neuron spiked twice
     */
    public record GroupFigures(String name, int size, long spikes, double rateHz, double cvIsi) {
    }

    /**
     * Computes the figures over the whole simulated time.
     *
     * @param network the network's name
     * @param edges   the edge count
     * @param result  the simulation result
     * @return the summary
     */
    public static RunSummary of(String network, long edges, SimulationResult result) {
        double duration = result.metadata().durationMs();
        double[] rates = SpikeStatistics.groupRatesHz(result, 0, duration);
        double[] cv = SpikeStatistics.cvIsi(result, 0, duration);
        int[] offsets = result.spikeOffsets();
        List<GroupFigures> groups = new ArrayList<>();
        for (int g = 0; g < result.groups().size(); g++) {
            SimulationResult.Group group = result.groups().get(g);
            long spikes = offsets[group.firstId() + group.size()] - offsets[group.firstId()];
            groups.add(new GroupFigures(group.name(), group.size(), spikes, rates[g],
                    SpikeStatistics.meanIgnoringNaN(cv, group.firstId(), group.size())));
        }
        return new RunSummary(network, result.neuronCount(), edges, result.metadata(), List.copyOf(groups));
    }

    /**
     * The per-group figures as the fixed-width text table that {@code nngt run} prints and the workbench's run
     * console shows: a header line, then one line per group.
     *
     * @return the table, each line ended by the line separator
     */
    public String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-20s %8s %10s %10s %8s%n", "group",
                "neurons", "spikes", "rate (Hz)", "CV ISI"));
        for (GroupFigures group : groups) {
            table.append(String.format(Locale.ROOT, "%-20s %8d %10d %10.2f %8s%n", group.name(), group.size(),
                    group.spikes(), group.rateHz(), Double.isNaN(group.cvIsi()) ? "-"
                            : String.format(Locale.ROOT, "%.3f", group.cvIsi())));
        }
        return table.toString();
    }

    /**
     * @return the fields of {@code summary.json}, in their order
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("network", network);
        map.put("generator", GENERATOR);
        map.put("simulator", metadata.simulator());
        map.put("simulatorVersion", metadata.version());
        map.put("seed", metadata.seed());
        map.put("threads", metadata.threads());
        map.put("resolutionMs", metadata.resolutionMs());
        map.put("durationMs", metadata.durationMs());
        map.put("neurons", neurons);
        map.put("edges", edges);
        map.put("buildSeconds", metadata.buildSeconds());
        map.put("runSeconds", metadata.runSeconds());
        map.put("realTimeFactor", metadata.realTimeFactor());
        List<Object> groupList = new ArrayList<>();
        for (GroupFigures group : groups) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", group.name());
            entry.put("neurons", group.size());
            entry.put("spikes", group.spikes());
            entry.put("rateHz", group.rateHz());
            entry.put("cvIsi", group.cvIsi());
            groupList.add(entry);
        }
        map.put("groups", groupList);
        return map;
    }

    /**
     * @return {@code summary.json}'s text, ending with a newline
     */
    public String toJson() {
        return Json.write(toMap()) + "\n";
    }
}
