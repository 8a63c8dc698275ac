package nngt.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nngt.graph.GroupRange;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.analysis.NetworkAnalysis;
import nngt.sim.api.io.Json;
import nngt.sim.api.run.RunOverrides;

/**
 * {@code nngt stats FILE}: statistics of the instantiated network.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Build a model's network and print its statistics (degrees, reciprocity, clustering, edges per group pair).")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    private ModelFile model;

    @Mixin
    private JsonOutput json;

    @Mixin
    private SeedOption seed;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var network = model.load(spec.commandLine().getErr());
        seed.addTo(RunOverrides.none()).applyTo(network);
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        Map<String, Object> stats = statistics(network.getName(), instance);
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested()) {
            out.println(Json.write(stats));
        } else {
            stats.forEach((key, value) -> {
                if (!(value instanceof List)) {
                    out.printf(Locale.ROOT, "%-22s %s%n", key, value instanceof Double d ? Numbers.number(d) : value);
                }
            });
            out.println("edges per group pair (source -> target):");
            for (Object pair : (List<?>) stats.get("groupPairs")) {
                Map<?, ?> entry = (Map<?, ?>) pair;
                out.printf(Locale.ROOT, "  %-18s -> %-18s %d%n", entry.get("source"), entry.get("target"),
                        entry.get("edges"));
            }
        }
        return 0;
    }

    static Map<String, Object> statistics(String name, NetworkInstance instance) {
        int[] in = NetworkAnalysis.inDegrees(instance);
        int[] out = NetworkAnalysis.outDegrees(instance);
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("network", name);
        stats.put("seed", instance.seed());
        stats.put("neurons", instance.neuronCount());
        stats.put("edges", instance.edgeCount());
        stats.put("meanInDegree", mean(in));
        stats.put("stdInDegree", std(in));
        stats.put("meanOutDegree", mean(out));
        stats.put("stdOutDegree", std(out));
        stats.put("reciprocity", NetworkAnalysis.reciprocity(instance));
        stats.put("globalClustering", NetworkAnalysis.globalClustering(instance));
        stats.put("weakComponents", java.util.Arrays.stream(NetworkAnalysis.weakComponents(instance)).distinct().count());
        long[][] byGroup = NetworkAnalysis.edgeCountsByGroup(instance);
        List<Object> pairs = new ArrayList<>();
        List<GroupRange> groups = instance.groups();
        for (int s = 0; s < groups.size(); s++) {
            for (int t = 0; t < groups.size(); t++) {
                if (byGroup[s][t] > 0) {
                    Map<String, Object> pair = new LinkedHashMap<>();
                    pair.put("source", groups.get(s).name());
                    pair.put("target", groups.get(t).name());
                    pair.put("edges", byGroup[s][t]);
                    pairs.add(pair);
                }
            }
        }
        stats.put("groupPairs", pairs);
        return stats;
    }

    private static double mean(int[] values) {
        return java.util.Arrays.stream(values).average().orElse(0);
    }

    private static double std(int[] values) {
        double mean = mean(values);
        return Math.sqrt(java.util.Arrays.stream(values).mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0));
    }
}
