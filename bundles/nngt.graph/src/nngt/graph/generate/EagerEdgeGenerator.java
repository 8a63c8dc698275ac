package nngt.graph.generate;

/**
 * Base of generators whose edge count is only known once the edges exist (growth, rounds of
 * candidate pairs, rewiring): the first call generates and keeps the edges; later calls reuse them.
 */
public abstract class EagerEdgeGenerator extends EdgeGenerator {

    private EdgeArrays edges;

    /**
     * @param threads threads to use
     * @return the edges, in generation order
     */
    protected abstract EdgeArrays build(int threads);

    private EdgeArrays edges(int threads) {
        if (edges == null) {
            edges = build(threads);
        }
        return edges;
    }

    @Override
    public final long edgeCount(int threads) {
        return edges(threads).size();
    }

    @Override
    public final void generateInto(int[] sources, int[] targets, int offset, int threads) {
        EdgeArrays built = edges(threads);
        checkDestination(sources, targets, offset, built.size());
        System.arraycopy(built.sources(), 0, sources, offset, built.size());
        System.arraycopy(built.targets(), 0, targets, offset, built.size());
    }
}
