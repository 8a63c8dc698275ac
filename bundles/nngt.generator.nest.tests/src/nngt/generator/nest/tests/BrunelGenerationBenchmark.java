package nngt.generator.nest.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import nngt.generator.nest.NestGeneratorOptions;
import nngt.generator.nest.NestProjectGenerator;
import nngt.generator.nest.tests.Projects.Loaded;
import nngt.graph.NetworkInstance;

/**
 * Benchmark (not a test): time to generate the NEST project of the Brunel network of examples/brunel.nngt,
 * 12,500 neurons and 15.6 M edges (every neuron receives 1,000 excitatory and 250 inhibitory inputs). The edges
 * are drawn here with a fixed seed through {@link NetworkInstance#of}, so the figure does not depend on the
 * instantiator; the instantiator's own instance of the model is timed as well.
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
        NetworkInstance brunel = fixedIndegree(loaded.instance());
        Path root = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("nngt-brunel-bench");
        for (NetworkInstance instance : List.of(brunel, loaded.instance())) {
            double best = Double.MAX_VALUE;
            for (int run = 0; run < 5; run++) {
                Path folder = root.resolve("brunel-" + instance.edgeCount());
                long start = System.nanoTime();
                NestProjectGenerator.generate(loaded.network(), instance, NestGeneratorOptions.defaults(folder));
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
            }
            System.out.printf("brunel: %d neurons, %d edges: generation best of 5 = %.2f s%n", instance.neuronCount(),
                    instance.edgeCount(), best);
        }
        if (args.length == 0) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Every neuron gets 1,000 inputs from the excitatory group and 250 from the inhibitory one, no autapses. */
    private static NetworkInstance fixedIndegree(NetworkInstance model) {
        int excitatory = model.groups().get(0).size();
        int inhibitory = model.groups().get(1).size();
        int n = model.neuronCount();
        int perNeuron = 1000 + 250;
        int edges = n * perNeuron;
        int[] sources = new int[edges];
        int[] targets = new int[edges];
        float[] weights = new float[edges];
        float[] delays = new float[edges];
        SplittableRandom random = new SplittableRandom(12345);
        int e = 0;
        for (int target = 0; target < n; target++) {
            for (int k = 0; k < perNeuron; k++, e++) {
                boolean fromExcitatory = k < 1000;
                int source;
                do {
                    source = fromExcitatory ? random.nextInt(excitatory) : excitatory + random.nextInt(inhibitory);
                } while (source == target);
                sources[e] = source;
                targets[e] = target;
                weights[e] = fromExcitatory ? 20.68f : 103.4f;
                delays[e] = 1.5f;
            }
        }
        return NetworkInstance.of(model.name(), model.seed(), model.groups(), List.of(model.neuronValues(0),
                model.neuronValues(1)), sources, targets, weights, delays, null, null, model.resolution(), null, null);
    }
}
