package nngt.graph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.function.IntFunction;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.tests.Models;
import nngt.model.Network;
import nngt.model.NngtFactory;
import nngt.model.Unit;
import nngt.model.api.Distributions;
import nngt.model.api.NeuralPop;
import nngt.model.api.Networks;

/**
 * Measures graph instantiation: edges per second on 1 and 2 threads and peak heap bytes per edge, for
 * the cases (gaussian in-degree 100 ± 15 on 10^5 neurons, fixed degree, Erdős–Rényi and the
 * distance rule on 5·10^4 neurons, and the Brunel network). Every case instantiates a whole model:
 * edges, weights (gaussian) and delays (uniform, rounded to the grid).
 *
 * <p>Run (after {@code ./mvnw -o verify}), from the repository root:
 * <pre>
 * java -Xmx6g -cp "bundles/nngt.graph.tests/target/classes:bundles/nngt.graph/target/classes:bundles/nngt.model/target/classes:$HOME/.m2/repository/org/eclipse/emf/org.eclipse.emf.ecore/2.37.0/org.eclipse.emf.ecore-2.37.0.jar:$HOME/.m2/repository/org/eclipse/emf/org.eclipse.emf.common/2.31.0/org.eclipse.emf.common-2.31.0.jar" nngt.graph.bench.GraphBenchmark [repetitions]
 * </pre>
 * Peak bytes per edge: the largest used heap (after a full GC before the run) sampled by the pools'
 * peak usage, minus the baseline, divided by the edge count.
 */
public final class GraphBenchmark {

    private GraphBenchmark() {
    }

    /**
     * @param args optional repetitions per case (default 3; the best time is reported)
     */
    public static void main(String[] args) {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", max heap: "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, java " + System.getProperty("java.version"));
        System.out.println("| case | neurons | edges | threads | best time (s) | edges/s | peak bytes/edge |");
        System.out.println("|---|---|---|---|---|---|---|");
        run("gaussian_degree in 100 ± 15", 100_000, n -> withRule(n, Models.gaussian(100, 15)), repetitions);
        run("fixed_degree in 100", 100_000, n -> withRule(n, Models.fixed(100)), repetitions);
        run("erdos_renyi avg_deg 100", 100_000, n -> {
            nngt.model.ErdosRenyi rule = NngtFactory.eINSTANCE.createErdosRenyi();
            rule.setAverageDegree(100.0);
            return withRule(n, rule);
        }, repetitions);
        run("distance_rule exp 200 um, avg_deg 100", 50_000, n -> {
            nngt.model.DistanceRule rule = NngtFactory.eINSTANCE.createDistanceRule();
            rule.setScale(nngt.model.api.Units.quantity(200, Unit.MICROMETRE));
            rule.setAverageDegree(100.0);
            return withRule(n, rule);
        }, repetitions);
        run("Brunel (fixed in-degree 1000 + 250, constant weights and delays)", 12_500, n -> Models.brunel(42), repetitions);
    }

    private static Network withRule(int neurons, nngt.model.ConnectivityRule rule) {
        Network network = Networks.network("bench", 42, NeuralPop.uniform(neurons, "iaf_psc_alpha", java.util.Map.of()));
        Models.connect(network, null, null, rule, Distributions.gaussian(1, 0.2, Unit.MILLIVOLT),
                Distributions.uniform(1, 3, Unit.MILLISECOND));
        return network;
    }

    private static void run(String name, int neurons, IntFunction<Network> model, int repetitions) {
        for (int threads : new int[] {1, 2}) {
            double best = Double.MAX_VALUE;
            long edges = 0;
            double bytesPerEdge = 0;
            for (int r = 0; r < repetitions; r++) {
                Network network = model.apply(neurons);
                System.gc();
                long baseline = used();
                resetPeaks();
                long start = System.nanoTime();
                NetworkInstance instance = NetworkInstantiator.instantiate(network,
                        InstantiationOptions.defaults().withThreads(threads));
                double seconds = (System.nanoTime() - start) / 1e9;
                long peak = peak();
                edges = instance.edgeCount();
                if (seconds < best) {
                    best = seconds;
                }
                bytesPerEdge = Math.max(bytesPerEdge, (peak - baseline) / (double) edges);
            }
            System.out.println(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3g | %.1f |", name, neurons, edges,
                    threads, best, edges / best, bytesPerEdge));
        }
    }

    private static long used() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getUsage().getUsed();
            }
        }
        return sum;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
