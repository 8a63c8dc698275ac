package nngt.graph.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nngt.graph.generate.DistanceProfile;
import nngt.graph.generate.DistanceRuleGenerator;
import nngt.graph.generate.EdgeArrays;
import nngt.graph.space.Placement;

/**
 * The distance rule's fixed-count mode, which writes each source's edges into its own sorted segment of
 * the edge arrays: exact counts, layout, and the same edges for any thread count.
 */
class DistanceRuleExactTest {

    private static final int N = 1500;

    private static EdgeArrays generate(boolean multigraph, int edges, int threads) {
        Placement placement = Placement.square(N, 1000, 21, 1);
        int[] ids = GeneratorExactTest.range(0, N);
        return new DistanceRuleGenerator(ids, ids, placement.x(), placement.y(), 60, DistanceProfile.EXP, edges, 0,
                multigraph, 21).generate(threads);
    }

    @Test
    void simpleGraphHasTheExactCountInSortedSourceSegments() {
        EdgeArrays edges = generate(false, 30_000, 2);
        assertEquals(30_000, edges.size());
        GeneratorExactTest.assertSimple(edges);
        for (int e = 1; e < edges.size(); e++) {
            int previous = edges.sources()[e - 1];
            int source = edges.sources()[e];
            assertTrue(previous < source || (previous == source && edges.targets()[e - 1] < edges.targets()[e]),
                    "edge " + e + " breaks the (source, target) order");
        }
    }

    @Test
    void multigraphHasTheExactCountWithoutSelfLoops() {
        // a count close to the candidates within reach, so that pairs repeat
        EdgeArrays edges = generate(true, 60_000, 2);
        assertEquals(60_000, edges.size());
        int repeats = 0;
        for (int e = 0; e < edges.size(); e++) {
            assertNotEquals(edges.sources()[e], edges.targets()[e], "self-loop at edge " + e);
            if (e > 0 && edges.sources()[e] == edges.sources()[e - 1] && edges.targets()[e] == edges.targets()[e - 1]) {
                repeats++;
            }
        }
        assertTrue(repeats > 0, "a multigraph this dense repeats some pairs");
    }

    @Test
    void oneTwoAndFourThreadsGiveTheSameEdges() {
        EdgeArrays reference = generate(false, 20_000, 1);
        for (int threads : new int[] {2, 4}) {
            EdgeArrays other = generate(false, 20_000, threads);
            assertArrayEquals(reference.sources(), other.sources(), threads + " threads: sources");
            assertArrayEquals(reference.targets(), other.targets(), threads + " threads: targets");
        }
    }
}
