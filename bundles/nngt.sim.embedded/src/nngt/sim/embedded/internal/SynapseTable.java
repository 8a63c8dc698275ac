package nngt.sim.embedded.internal;

/**
 * The synapses whose targets one thread owns, in compressed rows by source: the synapses of source
 * {@code s} are {@code offsets[s] … offsets[s+1]−1}. Static synapses keep only target, weight (float) and
 * delay in steps (short when every delay fits); plastic subclasses add their state arrays.
 */
public class SynapseTable {

    /** Row offsets, length neuronCount+1. */
    protected final int[] offsets;
    /** Target NNGT ids. */
    protected final int[] targets;
    /** Delays in steps when all fit into a short, otherwise null. */
    protected final short[] shortDelays;
    /** Delays in steps when some do not fit into a short, otherwise null. */
    protected final int[] intDelays;

    /**
     * Wraps filled arrays.
     *
     * @param offsets     row offsets
     * @param targets     targets
     * @param shortDelays delays as shorts or null
     * @param intDelays   delays as ints or null
     */
    protected SynapseTable(int[] offsets, int[] targets, short[] shortDelays, int[] intDelays) {
        this.offsets = offsets;
        this.targets = targets;
        this.shortDelays = shortDelays;
        this.intDelays = intDelays;
    }

    /** @return the number of synapses */
    public int synapseCount() {
        return targets.length;
    }

    /**
     * The delay of synapse {@code j} in steps.
     *
     * @param j synapse index
     * @return delay steps
     */
    protected final int delay(int j) {
        return shortDelays != null ? shortDelays[j] : intDelays[j];
    }

    /**
     * The source of synapse j: the row that holds it.
     *
     * @param j synapse index
     * @return the source's NNGT id
     */
    final int sourceOf(int j) {
        // the last source whose offset is <= j; rows of sources without synapses are empty
        int low = 0;
        int high = offsets.length - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (offsets[mid] <= j) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /**
     * The source and target of synapse j, for messages.
     *
     * @param j synapse index
     * @return "source → target" in NNGT ids
     */
    final String edgeName(int j) {
        return sourceOf(j) + " → " + targets[j];
    }

    /** @return approximate bytes used by the arrays */
    public long bytes() {
        return 4L * offsets.length + 4L * targets.length
                + (shortDelays != null ? 2L * shortDelays.length : 4L * intDelays.length);
    }
}
