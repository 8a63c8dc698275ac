package nngt.graph.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nngt.graph.generate.AllToAllGenerator;
import nngt.graph.generate.CircularGenerator;
import nngt.graph.generate.DegreeType;
import nngt.graph.generate.EdgeArrays;
import nngt.graph.generate.ErdosRenyiGenerator;
import nngt.graph.generate.FixedDegreeGenerator;
import nngt.graph.generate.FromDegreeListGenerator;
import nngt.graph.generate.NewmanWattsGenerator;
import nngt.graph.generate.PriceScaleFreeGenerator;
import nngt.graph.generate.RandomScaleFreeGenerator;
import nngt.graph.generate.ReciprocityChoice;
import nngt.graph.generate.ShuffleMode;
import nngt.graph.generate.WattsStrogatzGenerator;

/** Exact properties of the generators with fixed seeds. */
class GeneratorExactTest {

    static int[] range(int from, int to) {
        int[] ids = new int[to - from];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = from + i;
        }
        return ids;
    }

    static int[] degrees(int[] ends, int n) {
        int[] degrees = new int[n];
        for (int v : ends) {
            degrees[v]++;
        }
        return degrees;
    }

    /** Asserts no self-loop and no duplicate; returns the sorted edge keys (see {@link #contains}). */
    static long[] assertSimple(EdgeArrays edges) {
        long[] keys = new long[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            assertNotEquals(edges.sources()[e], edges.targets()[e], "self-loop at edge " + e);
            keys[e] = ((long) edges.sources()[e] << 32) | edges.targets()[e];
        }
        Arrays.sort(keys);
        for (int k = 1; k < keys.length; k++) {
            assertNotEquals(keys[k - 1], keys[k], "duplicate edge " + (keys[k] >>> 32) + " -> " + (int) keys[k]);
        }
        return keys;
    }

    static boolean contains(long[] sortedKeys, int source, int target) {
        return Arrays.binarySearch(sortedKeys, ((long) source << 32) | target) >= 0;
    }

    static double reciprocity(EdgeArrays edges) {
        long[] keys = assertSimple(edges);
        long reciprocal = 0;
        for (int e = 0; e < edges.size(); e++) {
            if (contains(keys, edges.targets()[e], edges.sources()[e])) {
                reciprocal++;
            }
        }
        return reciprocal / (double) edges.size();
    }

    @Test
    void allToAllFollowsNngtEdgeOrder() {
        EdgeArrays edges = new AllToAllGenerator(range(0, 4), range(0, 4)).generate(2);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3}, edges.sources());
        assertArrayEquals(new int[] {1, 2, 3, 0, 2, 3, 0, 1, 3, 0, 1, 2}, edges.targets());
    }

    @Test
    void allToAllBetweenOverlappingSetsSkipsOnlySelfPairs() {
        EdgeArrays edges = new AllToAllGenerator(new int[] {1, 2}, new int[] {2, 3, 4}).generate(1);
        assertArrayEquals(new int[] {1, 1, 1, 2, 2}, edges.sources());
        assertArrayEquals(new int[] {2, 3, 4, 3, 4}, edges.targets());
    }

    @Test
    void fixedInDegreeIsExactWithoutSelfLoopsOrDuplicates() {
        int n = 500;
        EdgeArrays edges = new FixedDegreeGenerator(range(0, n), range(0, n), 40, DegreeType.IN, false, 7).generate(2);
        assertEquals(n * 40, edges.size());
        int[] in = degrees(edges.targets(), n);
        for (int v = 0; v < n; v++) {
            assertEquals(40, in[v], "in-degree of " + v);
        }
        assertSimple(edges);
    }

    @Test
    void fixedInDegreeBetweenGroupsDrawsOnlyFromThePartnerGroup() {
        // NNGT's C++ path samples [min, max] of the partner ids and excludes an index: the partner set
        // here is not contiguous and overlaps the constrained set, which must not matter
        int[] constrained = range(800, 1000);
        int[] partners = new int[300];
        for (int i = 0; i < partners.length; i++) {
            partners[i] = 700 + 2 * i;
        }
        Set<Integer> partnerSet = new HashSet<>();
        for (int p : partners) {
            partnerSet.add(p);
        }
        EdgeArrays edges = new FixedDegreeGenerator(constrained, partners, 299, DegreeType.IN, false, 3).generate(2);
        int[] in = degrees(edges.targets(), 1300);
        for (int v : constrained) {
            assertEquals(299, in[v], "in-degree of " + v);
        }
        for (int e = 0; e < edges.size(); e++) {
            assertTrue(partnerSet.contains(edges.sources()[e]));
        }
        assertSimple(edges);
    }

    @Test
    void fixedOutDegreeIsExact() {
        int n = 300;
        EdgeArrays edges = new FixedDegreeGenerator(range(0, n), range(0, n), 250, DegreeType.OUT, false, 1).generate(1);
        int[] out = degrees(edges.sources(), n);
        for (int v = 0; v < n; v++) {
            assertEquals(250, out[v]);
        }
        assertSimple(edges);
    }

    @Test
    void fromDegreeListDegreesAreExact() {
        int n = 200;
        int[] list = new int[n];
        for (int v = 0; v < n; v++) {
            list[v] = (v * 7) % 60;
        }
        EdgeArrays in = new FromDegreeListGenerator(range(0, n), range(0, n), list, DegreeType.IN, false, 5).generate(2);
        assertArrayEquals(list, degrees(in.targets(), n));
        assertSimple(in);
        EdgeArrays out = new FromDegreeListGenerator(range(0, n), range(0, n), list, DegreeType.OUT, false, 5).generate(2);
        assertArrayEquals(list, degrees(out.sources(), n));
        assertSimple(out);
    }

    @Test
    void totalDegreeListIsExact() {
        int n = 200;
        int[] list = new int[n];
        for (int v = 0; v < n; v++) {
            list[v] = 2 + (v % 9);
        }
        if (java.util.Arrays.stream(list).sum() % 2 != 0) {
            list[0]++;
        }
        EdgeArrays edges = new FromDegreeListGenerator(range(0, n), range(0, n), list, DegreeType.TOTAL, false, 9).generate(1);
        int[] in = degrees(edges.targets(), n);
        int[] out = degrees(edges.sources(), n);
        for (int v = 0; v < n; v++) {
            assertEquals(list[v], in[v] + out[v], "total degree of " + v);
        }
        assertSimple(edges);
    }

    @Test
    void degreeAboveThePossiblePartnersIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new FixedDegreeGenerator(range(0, 10), range(0, 10), 10, DegreeType.IN, false, 1).edgeCount(1));
        assertTrue(error.getMessage().contains("[0, 9]"), error.getMessage());
    }

    @Test
    void circularEdgeCountsAndReciprocity() {
        int n = 100;
        int k = 6;
        EdgeArrays full = new CircularGenerator(range(0, n), k, 1, ReciprocityChoice.RANDOM, 1).generate(1);
        assertEquals(n * k, full.size());
        assertEquals(1.0, reciprocity(full));
        // first offset is -k/2: node 0 links to node n - 3
        assertEquals(0, full.sources()[0]);
        assertEquals(n - 3, full.targets()[0]);
        int[] out = degrees(full.sources(), n);
        int[] in = degrees(full.targets(), n);
        for (int v = 0; v < n; v++) {
            assertEquals(k, out[v]);
            assertEquals(k, in[v]);
        }
        for (ReciprocityChoice choice : ReciprocityChoice.values()) {
            EdgeArrays half = new CircularGenerator(range(0, n), k, 0.5, choice, 2).generate(1);
            long expected = Math.round(0.5 * n * k * (1 + 0.5 / 1.5));
            assertEquals(expected, half.size());
            assertEquals(2.0 * (expected - n * k / 2) / expected, reciprocity(half), 1e-12);
        }
        EdgeArrays none = new CircularGenerator(range(0, n), k, 0, ReciprocityChoice.RANDOM, 3).generate(1);
        assertEquals(n * k / 2, none.size());
        assertEquals(0.0, reciprocity(none));
    }

    @Test
    void closestReciprocityReversesNearestNeighboursFirst() {
        int n = 50;
        EdgeArrays edges = new CircularGenerator(range(0, n), 4, 2.0 / 3.0, ReciprocityChoice.CLOSEST, 4).generate(1);
        // E = round(N*2*(1 + (2/3)/(4/3))) = 150: 100 base edges plus 50 reverses, exactly the first offset
        assertEquals(150, edges.size());
        for (int e = 100; e < 150; e++) {
            int distance = Math.floorMod(edges.targets()[e] - edges.sources()[e], n);
            assertTrue(distance == 1 || distance == n - 1, "reverse edge " + e + " spans " + distance);
        }
    }

    @Test
    void priceOutDegreesAreMinOfIndexAndM() {
        int n = 300;
        int m = 3;
        EdgeArrays edges = new PriceScaleFreeGenerator(range(0, n), m, 1, 1, 0, 11).generate(1);
        int[] out = degrees(edges.sources(), n);
        for (int v = 0; v < n; v++) {
            assertEquals(Math.min(v, m), out[v], "out-degree of " + v);
        }
        for (int e = 0; e < edges.size(); e++) {
            assertTrue(edges.targets()[e] < edges.sources()[e], "edges go from new to old nodes");
        }
        assertSimple(edges);
    }

    @Test
    void erdosRenyiHasExactCountAndReciprocity() {
        int n = 400;
        EdgeArrays plain = new ErdosRenyiGenerator(range(0, n), range(0, n), 8000, -1, false, 5).generate(2);
        assertEquals(8000, plain.size());
        assertSimple(plain);
        EdgeArrays reciprocal = new ErdosRenyiGenerator(range(0, n), range(0, n), 8000, 0.4, false, 5).generate(2);
        assertEquals(8000, reciprocal.size());
        assertEquals(0.4, reciprocity(reciprocal), 1e-12);
        EdgeArrays dense = new ErdosRenyiGenerator(range(0, 20), range(0, 20), 380, -1, false, 5).generate(1);
        assertEquals(380, assertSimple(dense).length);
        assertThrows(IllegalArgumentException.class, () -> new ErdosRenyiGenerator(range(0, 20), range(0, 20), 381, -1, false, 5));
        // three sources with 20,000 of 200,000 targets each on average (a sparse graph): each source fills a
        // sorting bucket alone
        EdgeArrays hubs = new ErdosRenyiGenerator(range(0, 3), range(0, 200_000), 60_000, -1, false, 5).generate(2);
        assertEquals(60_000, assertSimple(hubs).length);
        EdgeArrays hubsOnOneThread = new ErdosRenyiGenerator(range(0, 3), range(0, 200_000), 60_000, -1, false, 5).generate(1);
        assertArrayEquals(hubsOnOneThread.sources(), hubs.sources());
        assertArrayEquals(hubsOnOneThread.targets(), hubs.targets());
    }

    @Test
    void randomScaleFreeHasExactCountAndWorkingReciprocity() {
        int n = 2000;
        EdgeArrays edges = new RandomScaleFreeGenerator(range(0, n), range(0, n), 2.5, 2.5, 10000, 0, 3).generate(1);
        assertEquals(10000, edges.size());
        assertSimple(edges);
        EdgeArrays reciprocal = new RandomScaleFreeGenerator(range(0, n), range(0, n), 2.5, 2.5, 10000, 0.5, 3).generate(1);
        assertEquals(10000, reciprocal.size());
        // 2P/E = 0.5 exactly, plus the base graph's accidental mutual pairs
        double r = reciprocity(reciprocal);
        assertTrue(r >= 0.5 && r < 0.55, "reciprocity " + r);
    }

    @Test
    void newmanWattsKeepsTheLatticeAndAddsShortcuts() {
        int n = 200;
        EdgeArrays lattice = new CircularGenerator(range(0, n), 4, 1, ReciprocityChoice.RANDOM, 1).generate(1);
        EdgeArrays edges = new NewmanWattsGenerator(range(0, n), 4, 0.1, 900L, 1, ReciprocityChoice.RANDOM, 1).generate(1);
        assertEquals(900, edges.size());
        long[] all = assertSimple(edges);
        for (int e = 0; e < lattice.size(); e++) {
            assertTrue(contains(all, lattice.sources()[e], lattice.targets()[e]), "lattice edge " + e + " is kept");
        }
    }

    @Test
    void wattsStrogatzKeepsCountAndTheChosenDegree() {
        int n = 200;
        EdgeArrays targets = new WattsStrogatzGenerator(range(0, n), 4, 0.3, 1, ReciprocityChoice.RANDOM, ShuffleMode.TARGETS, 2)
                .generate(1);
        assertEquals(800, targets.size());
        assertSimple(targets);
        int[] out = degrees(targets.sources(), n);
        for (int v = 0; v < n; v++) {
            assertEquals(4, out[v]);
        }
        EdgeArrays sources = new WattsStrogatzGenerator(range(0, n), 4, 0.3, 1, ReciprocityChoice.RANDOM, ShuffleMode.SOURCES, 2)
                .generate(1);
        int[] in = degrees(sources.targets(), n);
        for (int v = 0; v < n; v++) {
            assertEquals(4, in[v]);
        }
        assertTrue(reciprocity(targets) < 0.9, "rewiring breaks reciprocity");
    }

    @Test
    void badArgumentsNameTheArgument() {
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
                () -> new CircularGenerator(range(0, 10), 3, 1, ReciprocityChoice.RANDOM, 1));
        assertTrue(odd.getMessage().contains("coordinationNumber"), odd.getMessage());
        IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
                () -> new AllToAllGenerator(new int[] {1, 1}, range(0, 3)));
        assertTrue(repeated.getMessage().contains("'sources'"), repeated.getMessage());
        IllegalArgumentException exponent = assertThrows(IllegalArgumentException.class,
                () -> new RandomScaleFreeGenerator(range(0, 10), range(0, 10), 1, 2, 5, 0, 1));
        assertTrue(exponent.getMessage().contains("inExponent"), exponent.getMessage());
        IllegalArgumentException recip = assertThrows(IllegalArgumentException.class,
                () -> new ErdosRenyiGenerator(range(0, 10), range(10, 20), 5, 0.5, false, 1));
        assertTrue(recip.getMessage().contains("one population"), recip.getMessage());
    }
}
