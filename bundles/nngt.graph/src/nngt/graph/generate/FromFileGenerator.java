package nngt.graph.generate;

import java.util.function.IntPredicate;

import nngt.graph.internal.Parallel;
import nngt.graph.io.EdgeFile;

/**
 * The edges of a file ({@link EdgeFile}), as a generator: local id i of the file is the i-th id of the
 * source (respectively target) selection. Every row is checked once, in the constructor; the edges keep
 * the file's order and multiplicity (a file with parallel edges gives a multigraph).
 */
public final class FromFileGenerator extends EdgeGenerator {

    private final int[] sources;
    private final int[] targets;
    private final EdgeFile file;

    /**
     * @param sources the source selection's neuron ids, in population order
     * @param targets the target selection's neuron ids, in population order
     * @param file the edges, in local ids
     * @param inhibitory whether a neuron id is inhibitory (for the weight signs)
     * @throws nngt.graph.io.EdgeFileException when a row lies outside the selections or its weight's sign
     *         disagrees with its source's type (the row and its values are named)
     */
    public FromFileGenerator(int[] sources, int[] targets, EdgeFile file, IntPredicate inhibitory) {
        if (sources == null || targets == null || file == null || inhibitory == null) {
            throw new IllegalArgumentException("Arguments 'sources', 'targets', 'file' and 'inhibitory' are required.");
        }
        file.check(sources.length, targets.length, local -> inhibitory.test(sources[local]));
        this.sources = sources;
        this.targets = targets;
        this.file = file;
    }

    /** @return the file the edges come from */
    public EdgeFile file() {
        return file;
    }

    @Override
    public long edgeCount(int threads) {
        return file.size();
    }

    @Override
    public void generateInto(int[] sourceOut, int[] targetOut, int offset, int threads) {
        int count = file.size();
        checkDestination(sourceOut, targetOut, offset, count);
        int[] localSources = file.sources();
        int[] localTargets = file.targets();
        int block = 1 << 16;
        Parallel.forEach(threads, Parallel.blocks(count, block), b -> {
            int end = Math.min(count, (b + 1) * block);
            for (int e = b * block; e < end; e++) {
                sourceOut[offset + e] = sources[localSources[e]];
                targetOut[offset + e] = targets[localTargets[e]];
            }
        });
    }
}
