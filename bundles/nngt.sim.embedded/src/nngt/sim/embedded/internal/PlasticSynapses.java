package nngt.sim.embedded.internal;

/**
 * Synapses whose efficacy changes with each spike they transmit. They keep double weights and, per
 * source row, the time of the previous presynaptic spike; subclasses add per-synapse state.
 */
public abstract class PlasticSynapses extends SynapseTable {

    /** Weights, updated in place by rules that change them. */
    protected final double[] weights;
    /** Per source: time of its previous spike in ms, NaN before the first. */
    protected final double[] lastSpike;

    /**
     * Wraps filled arrays.
     *
     * @param offsets     row offsets
     * @param targets     targets
     * @param weights     signed weights
     * @param shortDelays delays as shorts or null
     * @param intDelays   delays as ints or null
     */
    protected PlasticSynapses(int[] offsets, int[] targets, double[] weights, short[] shortDelays,
            int[] intDelays) {
        super(offsets, targets, shortDelays, intDelays);
        this.weights = weights;
        this.lastSpike = new double[offsets.length - 1];
        java.util.Arrays.fill(lastSpike, Double.NaN);
    }

    /**
     * Updates the synapses of a spiking source and adds their efficacies into the ring buffers.
     *
     * @param source   the spiking neuron
     * @param tSpike   spike time in ms (the end of the emitting step)
     * @param h        resolution in ms
     * @param readBase slot of the emitting step
     * @param ringSize number of slots
     * @param n        neurons per slot
     * @param ex       excitatory ring
     * @param in       inhibitory ring
     * @param archive  post-synaptic spike history (used by STDP), may be null for other rules
     */
    public abstract void deliver(int source, double tSpike, double h, int readBase, int ringSize, int n, double[] ex,
            double[] in, PostSynapticArchive archive);

    /**
     * Adds an efficacy into the ring slot of synapse j.
     *
     * @param j        synapse index
     * @param value    signed efficacy
     * @param readBase slot of the emitting step
     * @param ringSize number of slots
     * @param n        neurons per slot
     * @param ex       excitatory ring
     * @param in       inhibitory ring
     */
    protected final void add(int j, double value, int readBase, int ringSize, int n, double[] ex, double[] in) {
        int slot = (readBase + delay(j)) % ringSize;
        if (value >= 0) {
            ex[slot * n + targets[j]] += value;
        } else {
            in[slot * n + targets[j]] += value;
        }
    }

    /**
     * The current weight of synapse j (for tests and read-back).
     *
     * @param j synapse index
     * @return the weight
     */
    public double weight(int j) {
        return weights[j];
    }

    /**
     * The value a synapse uses for a parameter (for tests and read-back): for a parameter its constant or drawn
     * value, for a state variable its current value (the initial one before the run).
     *
     * @param name the NEST parameter or state name
     * @param j    synapse index
     * @return the value, NaN when the model has no such name
     */
    public abstract double parameter(String name, int j);

    @Override
    public long bytes() {
        return super.bytes() + 8L * weights.length + 8L * lastSpike.length;
    }
}
