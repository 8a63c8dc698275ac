package nngt.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nngt.graph.NetworkInstance;
import nngt.model.Network;
import nngt.sim.api.RunMetadata;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.analysis.SpikeStatistics;

/**
 * What a run produced, per group: rate in Hz and CV of the inter-spike intervals; and how it ran.
 *
 * @param network network name
 * @param neurons neuron count
 * @param edges edge count
 * @param metadata simulator, version, seed, threads, timings
 * @param groups per-group figures
 */
record Summary(String network, int neurons, long edges, RunMetadata metadata, List<GroupFigures> groups) {

    /**
     * @param name group name
     * @param size neurons in the group
     * @param spikes spikes of its neurons
     * @param rateHz mean rate per neuron
     * @param cvIsi mean CV of the inter-spike intervals (NaN when no neuron spiked twice)
     */
    record GroupFigures(String name, int size, long spikes, double rateHz, double cvIsi) {
    }

    static Summary of(Network network, NetworkInstance instance, SimulationResult result) {
        RunMetadata metadata = result.metadata();
        double duration = metadata.durationMs();
        double[] groupRates = SpikeStatistics.groupRatesHz(result, 0, duration);
        double[] cv = SpikeStatistics.cvIsi(result, 0, duration);
        List<GroupFigures> groups = new ArrayList<>();
        for (int g = 0; g < result.groups().size(); g++) {
            SimulationResult.Group group = result.groups().get(g);
            long spikes = 0;
            for (int n = group.firstId(); n < group.firstId() + group.size(); n++) {
                spikes += result.spikeCount(n);
            }
            groups.add(new GroupFigures(group.name(), group.size(), spikes, groupRates[g],
                    SpikeStatistics.meanIgnoringNaN(cv, group.firstId(), group.size())));
        }
        return new Summary(network.getName(), instance.neuronCount(), instance.edgeCount(), metadata, groups);
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("network", network);
        map.put("generator", "nngt " + Version.NUMBER);
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

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%-20s %8s %10s %10s %8s%n", "group", "neurons", "spikes", "rate (Hz)", "CV ISI");
        for (GroupFigures group : groups) {
            out.printf(Locale.ROOT, "%-20s %8d %10d %10.2f %8s%n", group.name(), group.size(), group.spikes(),
                    group.rateHz(), Double.isNaN(group.cvIsi()) ? "-" : String.format(Locale.ROOT, "%.3f", group.cvIsi()));
        }
        out.flush();
    }

    static String degreesCsv(int[] in, int[] out) {
        StringBuilder csv = new StringBuilder("neuron,in_degree,out_degree\n");
        for (int n = 0; n < in.length; n++) {
            csv.append(n).append(',').append(in[n]).append(',').append(out[n]).append('\n');
        }
        return csv.toString();
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new java.math.MathContext(4));
        return rounded.stripTrailingZeros().toPlainString();
    }
}
