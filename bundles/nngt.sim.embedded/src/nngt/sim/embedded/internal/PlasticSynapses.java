package nngt.sim.embedded.internal;

import java.util.Map;

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
     * Reads a model parameter with its NEST default and rejects unknown names.
     *
     * @param model      synapse model name
     * @param parameters the given parameters
     * @param defaults   the model's parameters with their defaults
     * @param name       the parameter to read
     * @return its value
     * @throws IllegalArgumentException when the given map has a name the model does not know
     */
    static double parameter(String model, Map<String, Double> parameters, Map<String, Double> defaults,
            String name) {
        for (String given : parameters.keySet()) {
            if (!defaults.containsKey(given) && !given.equals("weight") && !given.equals("delay")
                    && !given.equals("receptor_type")) {
                throw new IllegalArgumentException("synapse parameters: '" + given + "' is not a parameter of "
                        + model + "; valid are " + new java.util.TreeSet<>(defaults.keySet()));
            }
        }
        return parameters.getOrDefault(name, defaults.get(name));
    }

    @Override
    public long bytes() {
        return super.bytes() + 8L * weights.length + 8L * lastSpike.length;
    }
}
