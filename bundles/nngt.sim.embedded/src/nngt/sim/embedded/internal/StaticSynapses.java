package nngt.sim.embedded.internal;

/** {@code static_synapse}: constant weights, stored as floats. */
public final class StaticSynapses extends SynapseTable {

    private final float[] weights;

    /**
     * Wraps filled arrays.
     *
     * @param offsets     row offsets
     * @param targets     targets
     * @param weights     signed weights
     * @param shortDelays delays as shorts or null
     * @param intDelays   delays as ints or null
     */
    public StaticSynapses(int[] offsets, int[] targets, float[] weights, short[] shortDelays, int[] intDelays) {
        super(offsets, targets, shortDelays, intDelays);
        this.weights = weights;
    }

    /**
     * Adds the weights of the synapses of {@code source} into the ring buffers.
     *
     * @param source    the spiking neuron
     * @param readBase  slot (mod ring size) of the step in which the spike was emitted
     * @param ringSize  number of slots
     * @param n         neurons per slot
     * @param ex        excitatory ring
     * @param in        inhibitory ring
     */
    public void deliver(int source, int readBase, int ringSize, int n, double[] ex, double[] in) {
        int end = offsets[source + 1];
        if (shortDelays != null) {
            short[] d = shortDelays;
            for (int j = offsets[source]; j < end; j++) {
                int slot = readBase + d[j];
                if (slot >= ringSize) {
                    slot -= ringSize;
                }
                float w = weights[j];
                if (w >= 0) {
                    ex[slot * n + targets[j]] += w;
                } else {
                    in[slot * n + targets[j]] += w;
                }
            }
        } else {
            for (int j = offsets[source]; j < end; j++) {
                int slot = (readBase + intDelays[j]) % ringSize;
                float w = weights[j];
                if (w >= 0) {
                    ex[slot * n + targets[j]] += w;
                } else {
                    in[slot * n + targets[j]] += w;
                }
            }
        }
    }

    @Override
    public long bytes() {
        return super.bytes() + 4L * weights.length;
    }
}
