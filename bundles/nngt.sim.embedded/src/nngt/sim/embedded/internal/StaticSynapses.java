package nngt.sim.embedded.internal;

/**
 * {@code static_synapse}: constant weights. Stored as compactly as the data allow: when every source row
 * has a single weight (as in networks whose weights are set per group pair) the weight is kept once per
 * row instead of once per synapse, and likewise a single delay per row; otherwise per-synapse floats
 * and shorts (ints when a delay exceeds 32,767 steps). The engine decides the layout while counting
 * the rows, so the per-synapse arrays are never allocated when they are not needed. The delivery loop
 * is specialised for the compact layout.
 */
public final class StaticSynapses extends SynapseTable {

    private final float[] weights;
    private final float[] rowWeights;
    private final int[] rowDelays;

    /**
     * Wraps filled arrays; exactly one of {@code weights}/{@code rowWeights} and one of the per-synapse
     * delays/{@code rowDelays} is non-null.
     *
     * @param offsets     row offsets
     * @param targets     targets
     * @param weights     signed weights per synapse, or null
     * @param rowWeights  one signed weight per source row, or null
     * @param shortDelays delays as shorts, or null
     * @param intDelays   delays as ints, or null
     * @param rowDelays   one delay per source row, or null
     */
    public StaticSynapses(int[] offsets, int[] targets, float[] weights, float[] rowWeights, short[] shortDelays,
            int[] intDelays, int[] rowDelays) {
        super(offsets, targets, shortDelays, intDelays);
        this.weights = weights;
        this.rowWeights = rowWeights;
        this.rowDelays = rowDelays;
    }

    /**
     * Adds the weights of the synapses of {@code source} into the ring buffers.
     *
     * @param source   the spiking neuron
     * @param readBase slot (mod ring size) of the step in which the spike was emitted
     * @param ringSize number of slots
     * @param n        neurons per slot
     * @param ex       excitatory ring
     * @param in       inhibitory ring
     */
    public void deliver(int source, int readBase, int ringSize, int n, double[] ex, double[] in) {
        int start = offsets[source];
        int end = offsets[source + 1];
        if (start == end) {
            return;
        }
        if (rowWeights != null && rowDelays != null) {
            float w = rowWeights[source];
            int slot = readBase + rowDelays[source];
            if (slot >= ringSize) {
                slot %= ringSize;
            }
            double[] buffer = w >= 0 ? ex : in;
            int base = slot * n;
            for (int j = start; j < end; j++) {
                buffer[base + targets[j]] += w;
            }
            return;
        }
        for (int j = start; j < end; j++) {
            int slot = readBase + (rowDelays != null ? rowDelays[source] : delay(j));
            if (slot >= ringSize) {
                slot %= ringSize;
            }
            float w = rowWeights != null ? rowWeights[source] : weights[j];
            if (w >= 0) {
                ex[slot * n + targets[j]] += w;
            } else {
                in[slot * n + targets[j]] += w;
            }
        }
    }

    @Override
    public long bytes() {
        long bytes = 4L * offsets.length + 4L * targets.length;
        bytes += weights != null ? 4L * weights.length : 4L * rowWeights.length;
        if (rowDelays != null) {
            bytes += 4L * rowDelays.length;
        } else {
            bytes += shortDelays != null ? 2L * shortDelays.length : 4L * intDelays.length;
        }
        return bytes;
    }
}
