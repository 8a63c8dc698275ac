package nngt.sim.embedded.internal;

/**
 * {@code static_synapse}: constant weights. Stored as compactly as the data allow: when every source row
 * has a single weight (as in networks whose weights are set per group pair) the weight is kept once per
 * row instead of once per synapse, and likewise a single delay per row; otherwise per-synapse floats
 * and shorts (ints when a delay exceeds 32,767 steps). The delivery loop is specialised for each layout.
 */
public final class StaticSynapses extends SynapseTable {

    private final float[] weights;
    private final float[] rowWeights;
    private final int[] rowDelays;

    private StaticSynapses(int[] offsets, int[] targets, float[] weights, float[] rowWeights, short[] shortDelays,
            int[] intDelays, int[] rowDelays) {
        super(offsets, targets, shortDelays, intDelays);
        this.weights = weights;
        this.rowWeights = rowWeights;
        this.rowDelays = rowDelays;
    }

    /**
     * Creates the table, folding weights and delays into one value per row where each row has only one.
     *
     * @param offsets     row offsets
     * @param targets     targets
     * @param weights     signed weights per synapse
     * @param shortDelays delays as shorts or null
     * @param intDelays   delays as ints or null
     * @return the table
     */
    public static StaticSynapses of(int[] offsets, int[] targets, float[] weights, short[] shortDelays,
            int[] intDelays) {
        int rows = offsets.length - 1;
        float[] rowWeights = new float[rows];
        int[] rowDelays = new int[rows];
        boolean uniformWeights = true;
        boolean uniformDelays = true;
        for (int row = 0; row < rows && (uniformWeights || uniformDelays); row++) {
            int start = offsets[row];
            int end = offsets[row + 1];
            if (start == end) {
                continue;
            }
            float w = weights[start];
            int d = shortDelays != null ? shortDelays[start] : intDelays[start];
            rowWeights[row] = w;
            rowDelays[row] = d;
            for (int j = start + 1; j < end; j++) {
                // compare bits so that -0.0 and 0.0 (different ring buffers) stay apart
                uniformWeights &= Float.floatToRawIntBits(weights[j]) == Float.floatToRawIntBits(w);
                uniformDelays &= (shortDelays != null ? shortDelays[j] : intDelays[j]) == d;
            }
        }
        return new StaticSynapses(offsets, targets, uniformWeights ? null : weights,
                uniformWeights ? rowWeights : null, uniformDelays ? null : shortDelays,
                uniformDelays ? null : intDelays, uniformDelays ? rowDelays : null);
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
