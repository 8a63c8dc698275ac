package nngt.graph.generate;

import java.util.BitSet;

import nngt.graph.internal.Parallel;

/**
 * NNGT {@code all_to_all}: every source connects to every target except itself. Edges are grouped by
 * source in the order of {@code sources}, targets in the order of {@code targets} (for one population
 * 0..N-1 this is NNGT's order: 0→1, 0→2, …, 1→0, 1→2, …).
 */
public final class AllToAllGenerator extends EdgeGenerator {

    private static final int BLOCK = 256;

    private final int[] sources;
    private final int[] targets;
    private final BitSet targetSet;

    /**
     * @param sources source ids, distinct
     * @param targets target ids, distinct
     * @throws IllegalArgumentException when an array is null or holds a negative or repeated id
     */
    public AllToAllGenerator(int[] sources, int[] targets) {
        this.sources = Checks.ids("sources", sources);
        this.targets = Checks.ids("targets", targets);
        this.targetSet = Checks.members(this.targets);
    }

    @Override
    public long edgeCount(int threads) {
        return Checks.possiblePairs(sources, targets);
    }

    @Override
    public void generateInto(int[] out, int[] in, int offset, int threads) {
        checkDestination(out, in, offset, edgeCount(threads));
        long[] starts = new long[sources.length + 1];
        starts[0] = offset;
        for (int i = 0; i < sources.length; i++) {
            starts[i + 1] = starts[i] + targets.length - (targetSet.get(sources[i]) ? 1 : 0);
        }
        Parallel.forEach(threads, Parallel.blocks(sources.length, BLOCK), block -> {
            int end = Math.min(sources.length, (block + 1) * BLOCK);
            for (int i = block * BLOCK; i < end; i++) {
                int s = sources[i];
                int w = (int) starts[i];
                for (int t : targets) {
                    if (t != s) {
                        out[w] = s;
                        in[w] = t;
                        w++;
                    }
                }
            }
        });
    }
}
