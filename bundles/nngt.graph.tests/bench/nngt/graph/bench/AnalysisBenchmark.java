package nngt.graph.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.LongSupplier;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.analysis.Clustering;
import nngt.graph.analysis.Clustering.Mode;
import nngt.graph.analysis.Clustering.TriangleMethod;
import nngt.graph.analysis.SimpleGraph;
import nngt.graph.tests.Models;

/**
 * Measures the structural analysis of {@code nngt stats} on NEST's Brunel network (order 2,500 by
 * default: 12,500 neurons, 15.6 M edges): building the undirected simple graph (with the reciprocity),
 * the exact triangle count by each method, and the sampled estimate of the global clustering. Best of
 * the repetitions, after one untimed run, with the process's CPU time during that run (all threads) and
 * the load average.
 *
 * <p>Run (after {@code ./mvnw -o verify} of nngt.graph.tests), from the repository root:
 * <pre>
 * java -Xmx4g -cp "bundles/nngt.graph.tests/target/classes:bundles/nngt.graph/target/classes:bundles/nngt.model/target/classes:bundles/nngt.catalog/target/classes:$HOME/.m2/repository/org/eclipse/emf/org.eclipse.emf.ecore/2.37.0/org.eclipse.emf.ecore-2.37.0.jar:$HOME/.m2/repository/org/eclipse/emf/org.eclipse.emf.common/2.31.0/org.eclipse.emf.common-2.31.0.jar" nngt.graph.bench.AnalysisBenchmark [threads [repetitions]]
 * </pre>
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    /**
     * @param args optional thread count (default 2) and repetitions (default 3)
     */
    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        NetworkInstance brunel = NetworkInstantiator.instantiate(Models.brunel(12345),
                InstantiationOptions.defaults().withThreads(threads));
        System.out.printf(Locale.ROOT, "Brunel: %d neurons, %d edges, %d threads, java %s%n", brunel.neuronCount(),
                brunel.edgeCount(), threads, System.getProperty("java.version"));
        SimpleGraph graph = SimpleGraph.of(brunel, threads);
        time("undirected simple graph + reciprocity", repetitions, () -> SimpleGraph.of(brunel, threads).edgeCount());
        for (TriangleMethod method : TriangleMethod.values()) {
            time("triangles, " + method, repetitions, () -> Clustering.triangles(graph, method, threads));
        }
        time("global clustering, auto", repetitions,
                () -> Double.doubleToLongBits(Clustering.global(graph, Mode.AUTO, 1, threads).value()));
        Clustering.GlobalClustering estimate = Clustering.global(graph, Mode.ESTIMATED, 1, threads);
        time("global clustering, estimated", repetitions,
                () -> Double.doubleToLongBits(Clustering.global(graph, Mode.ESTIMATED, 1, threads).value()));
        System.out.println("exact " + Clustering.global(graph, Mode.EXACT, 1, threads) + ", estimate " + estimate
                + ", reciprocity " + graph.reciprocity());
    }

    private static void time(String what, int repetitions, LongSupplier task) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        long result = task.getAsLong();
        double best = Double.MAX_VALUE;
        double cpu = 0;
        for (int r = 0; r < repetitions; r++) {
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            result = task.getAsLong();
            double wall = (System.nanoTime() - start) / 1e9;
            if (wall < best) {
                best = wall;
                cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            }
        }
        System.out.printf(Locale.ROOT, "%-40s best wall %.3f s, its CPU %.3f s (result %d), load %.1f%n", what, best, cpu,
                result, os.getSystemLoadAverage());
    }
}
