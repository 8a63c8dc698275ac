package nngt.sim.embedded.internal;

/**
 * The neurons of one range and one model, their state in primitive arrays indexed by
 * {@code id − firstId}. The engine calls {@link #update} once per step for the neurons a thread owns.
 */
public abstract class NeuronPopulation {

    /** First NNGT id of the range. */
    protected final int firstId;
    /** Number of neurons. */
    protected final int size;
    /** Resolution in ms. */
    protected final double h;

    /**
     * Creates the population.
     *
     * @param firstId first id
     * @param size    number of neurons
     * @param h       resolution in ms
     */
    protected NeuronPopulation(int firstId, int size, double h) {
        this.firstId = firstId;
        this.size = size;
        this.h = h;
    }

    /** @return the first NNGT id */
    public final int firstId() {
        return firstId;
    }

    /** @return the number of neurons */
    public final int size() {
        return size;
    }

    /**
     * Advances neurons {@code from … to−1} (NNGT ids) by one step, in NEST's order: propagate, apply the
     * spikes that arrive in this step, test the threshold, then take the new stimulation current.
     *
     * @param from     first id to update
     * @param to       one past the last id
     * @param step     global step number (the interval [step·h, (step+1)·h])
     * @param ex       ring buffer of excitatory (positive) weighted spikes
     * @param in       ring buffer of inhibitory (negative) weighted spikes
     * @param slotBase offset of this step's slot in the ring buffers; the engine clears the slot after
     *                 the step
     * @param stim     current (pA) delivered by devices in this step, indexed by NNGT id
     * @param rng      per-neuron random states, indexed by NNGT id
     * @param spikes   receives the ids of neurons that fire
     */
    public abstract void update(int from, int to, int step, double[] ex, double[] in, int slotBase, double[] stim,
            long[] rng, SpikeBuffer spikes);

    /** @return the names of the recordables, e.g. V_m */
    public abstract String[] recordables();

    /**
     * The current value of a recordable.
     *
     * @param which  index into {@link #recordables()}
     * @param neuron the NNGT id
     * @return the value in NEST units
     */
    public abstract double recordable(int which, int neuron);

    /**
     * The index of a recordable name.
     *
     * @param name a recordable name
     * @param modelName the model, for the message
     * @return its index
     * @throws IllegalArgumentException when the model has no such recordable
     */
    public final int recordableIndex(String name, String modelName) {
        String[] names = recordables();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("recordFrom: '" + name + "' is not a recordable of " + modelName
                + "; valid are " + java.util.Arrays.toString(names));
    }

    /**
     * Steps corresponding to a duration, rounded to the nearest step as NEST does.
     *
     * @param ms duration
     * @param h  resolution
     * @return steps
     */
    protected static int steps(double ms, double h) {
        return (int) Math.round(ms / h);
    }
}
