package nngt.workbench.ui.run;

import java.util.ArrayList;
import java.util.List;

import nngt.sim.api.RunMetadata;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.analysis.SpikeStatistics;
import nngt.sim.api.io.ResultWriters;

/**
 * What a run produced per group (rate in Hz, mean CV of the inter-spike intervals) and how it ran; written
 * as {@code summary.json} with the same fields as the command line's {@code nngt run}.
 *
 * @param network  the network's name
 * @param neurons  the neuron count
 * @param edges    the edge count
 * @param metadata simulator, version, seed, threads and timings
 * @param groups   the figures of each group, in network order
 */
public record RunSummary(String network, int neurons, long edges, RunMetadata metadata, List<GroupFigures> groups) {

    /** The generator named in {@code summary.json}. */
    public static final String GENERATOR = "nngt.workbench.ui 0.1.0";

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
     * @return the summary as an indented JSON document ending with a newline; NaN becomes null
     */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\n");
        field(json, "network", ResultWriters.quote(network));
        field(json, "generator", ResultWriters.quote(GENERATOR));
        field(json, "simulator", ResultWriters.quote(metadata.simulator()));
        field(json, "simulatorVersion", ResultWriters.quote(metadata.version()));
        field(json, "seed", Long.toString(metadata.seed()));
        field(json, "threads", Integer.toString(metadata.threads()));
        field(json, "resolutionMs", number(metadata.resolutionMs()));
        field(json, "durationMs", number(metadata.durationMs()));
        field(json, "neurons", Integer.toString(neurons));
        field(json, "edges", Long.toString(edges));
        field(json, "buildSeconds", number(metadata.buildSeconds()));
        field(json, "runSeconds", number(metadata.runSeconds()));
        field(json, "realTimeFactor", number(metadata.realTimeFactor()));
        json.append("  \"groups\": [");
        for (int g = 0; g < groups.size(); g++) {
            GroupFigures group = groups.get(g);
            json.append(g == 0 ? "\n" : ",\n").append("    {\"name\": ").append(ResultWriters.quote(group.name()))
                    .append(", \"neurons\": ").append(group.size())
                    .append(", \"spikes\": ").append(group.spikes())
                    .append(", \"rateHz\": ").append(number(group.rateHz()))
                    .append(", \"cvIsi\": ").append(number(group.cvIsi())).append('}');
        }
        json.append(groups.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append("  \"").append(name).append("\": ").append(value).append(",\n");
    }

    private static String number(double value) {
        // JSON has no NaN or infinity
        return Double.isFinite(value) ? Double.toString(value) : "null";
    }
}
