package nngt.graph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.function.IntFunction;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

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
 * edges, weights and delays (rounded to the grid).
 *
 * <p>Run (after {@code ./mvnw -o verify}), from the repository root:
 * <pre>
 * java -Xmx6g -cp "bundles/nngt.graph.tests/target/classes:bundles/nngt.graph/target/classes:bundles/nngt.model/target/classes:$HOME/.m2/repository/org/eclipse/emf/org.eclipse.emf.ecore/2.37.0/org.eclipse.emf.ecore-2.37.0.jar:$HOME/.m2/repository/org/eclipse/emf/org.eclipse.emf.common/2.31.0/org.eclipse.emf.common-2.31.0.jar" nngt.graph.bench.GraphBenchmark [repetitions [case-filter]]
 * </pre>
 * Each case runs once untimed first (JIT warm-up). Columns:
 * <ul>
 * <li>wall time: the best of the repetitions, and edges per wall second;</li>
 * <li>CPU time: the process's CPU time (every thread, garbage collection included) during that best
 * run, and edges per CPU second, which the other programs sharing the machine do not inflate;</li>
 * <li>peak bytes per edge: the heap pools' peak usage during the run (reset after a full GC before
 * it) minus the heap used before it, over the edge count: it counts every allocation of the run,
 * garbage not yet collected included, so it is an upper bound of the live peak (the largest over the
 * repetitions is shown);</li>
 * <li>allocated bytes per edge: every byte the threads allocated during the run (the caller's and the
 * instantiation pool's, which outlive the run), however short-lived, over the edge count: the
 * strictest count, independent of when the collector runs and of its region rounding (the largest over
 * the repetitions is shown);</li>
 * <li>retained bytes per edge: the heap after a full GC once the run is done, while the instance is
 * still referenced, minus the same baseline: what the network keeps;</li>
 * <li>load: the system load average (1 minute) when the case started.</li>
 * </ul>
 */
public final class GraphBenchmark {

    private GraphBenchmark() {
    }

    /**
     * @param args optional repetitions per case (default 3; the best time is reported), then an optional
     *        substring: only the cases whose name contains it run
     */
    public static void main(String[] args) {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String filter = args.length > 1 ? args[1] : "";
        System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", max heap: "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, java " + System.getProperty("java.version"));
        System.out.println("| case | neurons | edges | threads | best wall (s) | edges/s | CPU (s) | edges/CPU-s"
                + " | peak bytes/edge | allocated bytes/edge | retained bytes/edge | load |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        Case[] cases = {
            new Case("gaussian_degree in 100 ± 15", 100_000, n -> withRule(n, Models.gaussian(100, 15))),
            new Case("fixed_degree in 100", 100_000, n -> withRule(n, Models.fixed(100))),
            new Case("erdos_renyi avg_deg 100", 100_000, n -> {
                nngt.model.ErdosRenyi rule = NngtFactory.eINSTANCE.createErdosRenyi();
                rule.setAverageDegree(100.0);
                return withRule(n, rule);
            }),
            new Case("distance_rule exp 200 um, avg_deg 100", 50_000, n -> {
                nngt.model.DistanceRule rule = NngtFactory.eINSTANCE.createDistanceRule();
                rule.setScale(nngt.model.api.Units.quantity(200, Unit.MICROMETRE));
                rule.setAverageDegree(100.0);
                return withRule(n, rule);
            }),
            new Case("Brunel (fixed in-degree 1000 + 250, constant weights and delays)", 12_500, n -> Models.brunel(42)),
        };
        for (Case c : cases) {
            if (c.name().contains(filter)) {
                run(c.name(), c.neurons(), c.model(), repetitions);
            }
        }
    }

    private record Case(String name, int neurons, IntFunction<Network> model) {
    }

    private static Network withRule(int neurons, nngt.model.ConnectivityRule rule) {
        Network network = Networks.network("bench", 42, NeuralPop.uniform(neurons, "iaf_psc_alpha", java.util.Map.of()));
        Models.connect(network, null, null, rule, Distributions.gaussian(1, 0.2, Unit.MILLIVOLT),
                Distributions.uniform(1, 3, Unit.MILLISECOND));
        return network;
    }

    private static void run(String name, int neurons, IntFunction<Network> model, int repetitions) {
        // untimed runs on both paths (inline and pooled) so that the timed ones do not pay for the JIT
        for (int threads : new int[] {1, 2, 1, 2}) {
            NetworkInstantiator.instantiate(model.apply(neurons), InstantiationOptions.defaults().withThreads(threads));
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threadBean = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int threads : new int[] {1, 2}) {
            double load = os.getSystemLoadAverage();
            double best = Double.MAX_VALUE;
            double bestCpu = 0;
            long edges = 0;
            double bytesPerEdge = 0;
            double retainedPerEdge = 0;
            double allocatedPerEdge = 0;
            for (int r = 0; r < repetitions; r++) {
                Network network = model.apply(neurons);
                System.gc();
                long baseline = used();
                resetPeaks();
                long allocatedBefore = allocated(threadBean);
                long cpuStart = os.getProcessCpuTime();
                long start = System.nanoTime();
                NetworkInstance instance = NetworkInstantiator.instantiate(network,
                        InstantiationOptions.defaults().withThreads(threads));
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
                long peak = peak();
                long allocatedBytes = allocated(threadBean) - allocatedBefore;
                edges = instance.edgeCount();
                System.gc();
                retainedPerEdge = (used() - baseline) / (double) edges;
                if (seconds < best) {
                    best = seconds;
                    bestCpu = cpu;
                }
                bytesPerEdge = Math.max(bytesPerEdge, (peak - baseline) / (double) edges);
                allocatedPerEdge = Math.max(allocatedPerEdge, allocatedBytes / (double) edges);
                // keeps the instance reachable until its retained size is measured
                if (instance.edgeCount() < 0) {
                    throw new IllegalStateException();
                }
            }
            System.out.println(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3g | %.3f | %.3g | %.1f | %.1f | %.1f | %.1f |",
                    name, neurons, edges, threads, best, edges / best, bestCpu, edges / bestCpu, bytesPerEdge,
                    allocatedPerEdge, retainedPerEdge, load));
        }
    }

    /** Bytes allocated so far by the live threads (the caller and the instantiation's pool workers). */
    private static long allocated(ThreadMXBean threads) {
        long sum = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, bytes);
        }
        return sum;
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
