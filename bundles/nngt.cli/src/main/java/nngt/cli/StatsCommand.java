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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nngt.graph.GroupRange;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.analysis.Clustering;
import nngt.graph.analysis.NetworkAnalysis;
import nngt.graph.analysis.SimpleGraph;
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

    @Option(names = "--threads", description = "Threads for building and analysing the network (default: every core).")
    private Integer threads;

    @Option(names = "--clustering", defaultValue = "auto",
            description = "Global clustering: auto (exact unless counting every triangle would take too long, then "
                    + "estimated by sampling), exact or estimated (default: ${DEFAULT-VALUE}).")
    private String clustering;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Clustering.Mode mode = clusteringMode(clustering);
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("--threads is " + threads + "; give 1 or more.");
        }
        var network = model.load(spec.commandLine().getErr());
        seed.addTo(RunOverrides.none()).applyTo(network);
        InstantiationOptions options = InstantiationOptions.defaults();
        options = threads == null ? options : options.withThreads(threads);
        NetworkInstance instance = NetworkInstantiator.instantiate(network, options);
        Map<String, Object> stats = statistics(network.getName(), instance, mode, options.threads());
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested()) {
            out.println(Json.write(jsonReady(stats)));
        } else {
            stats.forEach((key, value) -> {
                if (value instanceof Clustering.GlobalClustering global) {
                    out.printf(Locale.ROOT, "%-22s %s%n", key, global.estimated()
                            ? Numbers.number(global.value()) + " (estimated: ± " + Numbers.number(global.errorBound()) + " with "
                                    + Numbers.number(global.confidence() * 100) + " % confidence, " + global.samples()
                                    + " connected triples sampled)"
                            : Numbers.number(global.value()));
                } else if (!(value instanceof List)) {
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

    private static Clustering.Mode clusteringMode(String name) {
        return switch (name) {
            case "auto" -> Clustering.Mode.AUTO;
            case "exact" -> Clustering.Mode.EXACT;
            case "estimated" -> Clustering.Mode.ESTIMATED;
            default -> throw new IllegalArgumentException("--clustering is '" + name + "'; valid values are auto, exact and estimated.");
        };
    }

    /** The global clustering becomes its value, plus whether and how it was estimated. */
    private static Map<String, Object> jsonReady(Map<String, Object> stats) {
        Map<String, Object> json = new LinkedHashMap<>();
        stats.forEach((key, value) -> {
            if (value instanceof Clustering.GlobalClustering global) {
                json.put(key, global.value());
                json.put(key + "Estimated", global.estimated());
                if (global.estimated()) {
                    json.put(key + "ErrorBound", global.errorBound());
                    json.put(key + "Confidence", global.confidence());
                    json.put(key + "Samples", global.samples());
                }
            } else {
                json.put(key, value);
            }
        });
        return json;
    }

    /**
     * @param name the network's name
     * @param instance the network
     * @param mode how the global clustering is obtained
     * @param threads threads for the analysis
     * @return the statistics by name, in print order; the global clustering as a
     *         {@link Clustering.GlobalClustering}
     */
    static Map<String, Object> statistics(String name, NetworkInstance instance, Clustering.Mode mode, int threads) {
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
        SimpleGraph undirected = SimpleGraph.of(instance, threads);
        stats.put("reciprocity", undirected.reciprocity());
        stats.put("globalClustering", Clustering.global(undirected, mode, instance.seed(), threads));
        // components are numbered from 0 by their first neuron
        stats.put("weakComponents", java.util.Arrays.stream(NetworkAnalysis.weakComponents(instance)).max().orElse(-1) + 1);
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
