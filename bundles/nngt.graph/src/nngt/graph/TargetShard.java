package nngt.graph;

/**
 * One part of a network's edges, chosen by target: the edges whose target {@code t} (an NNGT id) satisfies
 * {@code (t + idOffset) mod count == index}. Every edge belongs to exactly one of the {@code count} parts, so
 * the parts together are the network.
 *
 * <p>This is how a parallel simulator spreads neurons over processes round-robin: NEST, for instance, gives a
 * neuron with NNGT id {@code t} the NEST id {@code t + 1} and hosts it on MPI rank {@code (t + 1) mod P}, and a
 * rank creates only the connections whose targets it hosts. {@link InstantiationOptions#withTargetShard} builds
 * one part without building the others ({@link NetworkInstantiator}).
 *
 * @param index    the part, from 0 to {@code count - 1}
 * @param count    the number of parts, 1 or more
 * @param idOffset added to a target's id before the modulo, 0 or more
 */
public record TargetShard(int index, int count, int idOffset) {

    /**
     * Checks the part.
     *
     * @throws IllegalArgumentException when {@code count} is below 1, {@code index} is outside
     *                                  {@code [0, count)} or {@code idOffset} is negative
     */
    public TargetShard {
        if (count < 1) {
            throw new IllegalArgumentException("Argument 'count' is " + count + "; a network has 1 or more parts.");
        }
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("Argument 'index' is " + index + "; with " + count
                    + " parts it must lie in [0, " + (count - 1) + "].");
        }
        if (idOffset < 0) {
            throw new IllegalArgumentException("Argument 'idOffset' is " + idOffset + "; it must be 0 or more.");
        }
    }

    /**
     * @param target an NNGT id
     * @return whether the edges into {@code target} belong to this part
     */
    public boolean holds(int target) {
        return ((long) target + idOffset) % count == index;
    }
}
