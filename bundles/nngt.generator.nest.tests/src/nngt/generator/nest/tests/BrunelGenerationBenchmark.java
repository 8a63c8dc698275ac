package nngt.generator.nest.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import nngt.generator.nest.NestGeneratorOptions;
import nngt.generator.nest.NestProjectGenerator;
import nngt.generator.nest.tests.Projects.Loaded;
import nngt.graph.NetworkInstance;

/**
 * Benchmark (not a test): time to generate the NEST project of the Brunel network of examples/brunel.nngt,
 * 12,500 neurons and 15.6 M edges (every neuron receives 1,000 excitatory and 250 inhibitory inputs), as the
 * instantiator builds it from the model's seed.
 *
 * <p>Run: {@code java -Xmx6g -Dnngt.examples=examples -cp <classpath> nngt.generator.nest.tests.BrunelGenerationBenchmark
 * [folder]}; prints the best of 5 generations.
 */
public final class BrunelGenerationBenchmark {

    private BrunelGenerationBenchmark() {
    }

    /**
     * @param args optional output folder (default: a temporary folder, deleted afterwards)
     * @throws Exception when loading or writing fails
     */
    public static void main(String[] args) throws Exception {
        Loaded loaded = Projects.load("brunel");
        NetworkInstance instance = loaded.instance();
        Path root = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("nngt-brunel-bench");
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            Path folder = root.resolve("brunel");
            long start = System.nanoTime();
            NestProjectGenerator.generate(loaded.plan(), NestGeneratorOptions.defaults(folder));
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("brunel: %d neurons, %d edges: generation best of 5 = %.2f s%n", instance.neuronCount(),
                instance.edgeCount(), best);
        if (args.length == 0) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
