package nngt.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nngt.catalog.ModelKind;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;

/** The whole bundled catalog reads fast once the JVM is warm: it is read when the editor starts. */
class CatalogLoadTimeTest {

    /** Generous bound for a shared 2-core machine; a warm read takes a few ms (docs/benchmarks.md). */
    private static final long WARM_LIMIT_MS = 100;

    @Test
    void warmReadOfTheBundledDataTakesUnder100ms() {
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            NestCatalog.readBundled();
        }
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 10; run++) {
            long start = System.nanoTime();
            NestCatalog catalog = NestCatalog.readBundled();
            best = Math.min(best, System.nanoTime() - start);
            assertEquals(NestCatalog.standard().models(ModelKind.NEURON, NestFamily.NEST_3),
                    catalog.models(ModelKind.NEURON, NestFamily.NEST_3));
        }
        assertTrue(best / 1_000_000 < WARM_LIMIT_MS, "best warm read took " + best / 1_000_000 + " ms");
    }
}
