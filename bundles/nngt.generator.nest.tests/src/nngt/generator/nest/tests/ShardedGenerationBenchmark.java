package nngt.generator.nest.tests;

import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import nngt.catalog.KernelFacts;
import nngt.generator.nest.NestGeneratorOptions;
import nngt.generator.nest.NestProjectGenerator;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.TargetShard;
import nngt.model.Network;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlanBuilder;

/**
 * Benchmark (not a test): generating one rank's part of the Brunel network of examples/brunel.nngt (order 2500:
 * 12,500 neurons, 15.6 M edges) as {@code nngt generate --shard K/N} does, for N = 1, 2 and 4: instantiating the
 * shard, building its plan and writing its project. Per part it prints the best of 3 times and the heap that the
 * part's instance and plan hold once written (after a full collection), the memory a part needs beyond the JVM.
 *
 * <p>Run: {@code java -Xmx6g -Dnngt.examples=examples -cp <classpath> nngt.generator.nest.tests.ShardedGenerationBenchmark
 * [N...]}.
 */
public final class ShardedGenerationBenchmark {

    private ShardedGenerationBenchmark() {
    }

    /**
     * @param args the part counts to measure, in order (default 1 2 4)
     * @throws Exception when loading or writing fails
     */
    public static void main(String[] args) throws Exception {
        Network network = Projects.load("brunel").network();
        Path root = Files.createTempDirectory("nngt-shard-bench");
        Runtime runtime = Runtime.getRuntime();
        int[] counts = args.length == 0 ? new int[] {1, 2, 4}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int ranks : counts) {
            for (int rank = 0; rank < ranks; rank++) {
                TargetShard shard = new TargetShard(rank, ranks, KernelFacts.FIRST_NODE_ID);
                double best = Double.MAX_VALUE;
                long held = 0;
                int edges = 0;
                for (int run = 0; run < 3; run++) {
                    System.gc();
                    long before = runtime.totalMemory() - runtime.freeMemory();
                    long start = System.nanoTime();
                    NetworkInstance instance = NetworkInstantiator.instantiate(network,
                            InstantiationOptions.defaults().withTargetShard(shard));
                    SimulationPlan plan = SimulationPlanBuilder.build(network, instance);
                    NestProjectGenerator.generate(plan, NestGeneratorOptions.defaults(root.resolve(ranks + "-" + rank)));
                    best = Math.min(best, (System.nanoTime() - start) / 1e9);
                    System.gc();
                    held = runtime.totalMemory() - runtime.freeMemory() - before;
                    edges = plan.sources().length;
                    Reference.reachabilityFence(instance);
                }
                System.out.printf("brunel part %d of %d: %,d edges, best of 3 = %.2f s, instance and plan hold "
                        + "%.0f MB%n", rank, ranks, edges, best, held / 1e6);
            }
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
