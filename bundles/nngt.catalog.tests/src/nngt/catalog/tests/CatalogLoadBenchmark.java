package nngt.catalog.tests;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nngt.catalog.ModelKind;
import nngt.catalog.ModelSpec;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;

/**
 * Measures reading the bundled catalog (cold, then warm) and checking parameter sets against constraints. Not a
 * test: run it by hand, results go to docs/benchmarks.md.
 */
public final class CatalogLoadBenchmark {

    private CatalogLoadBenchmark() {
    }

    /**
     * Prints cold and warm read times and the cost of one constraint check.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        long coldStart = System.nanoTime();
        NestCatalog.readBundled();
        double coldMs = (System.nanoTime() - coldStart) / 1e6;

        int warmUps = 200;
        for (int i = 0; i < warmUps; i++) {
            NestCatalog.readBundled();
        }
        double[] warm = new double[50];
        for (int i = 0; i < warm.length; i++) {
            long start = System.nanoTime();
            NestCatalog.readBundled();
            warm[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(warm);

        NestCatalog catalog = NestCatalog.standard();
        List<ModelSpec> neurons = catalog.models(ModelKind.NEURON, NestFamily.NEST_3);
        Map<String, Double> values = new HashMap<>(Map.of("V_reset", -60.0, "C_m", 200.0, "resolution", 0.1));
        int checks = 200_000;
        long violations = 0;
        for (int i = 0; i < checks; i++) {
            violations += neurons.get(i % neurons.size()).check(values).size();
        }
        long checkStart = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            values.put("C_m", 200.0 + (i & 7));
            violations += neurons.get(i % neurons.size()).check(values).size();
        }
        double checkUs = (System.nanoTime() - checkStart) / 1e3 / checks;

        System.out.printf("cold read (first in JVM): %.1f ms%n", coldMs);
        System.out.printf("warm read after %d reads: min %.2f ms, median %.2f ms, max %.2f ms%n", warmUps, warm[0],
                warm[warm.length / 2], warm[warm.length - 1]);
        System.out.printf("ModelSpec.check of a neuron (all constraints): %.2f us per call (%d violations seen)%n",
                checkUs, violations);
    }
}
