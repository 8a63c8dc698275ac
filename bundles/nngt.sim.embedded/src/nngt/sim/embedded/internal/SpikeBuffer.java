package nngt.sim.embedded.internal;

import java.util.Arrays;

/** A growable list of (neuron, step) pairs that one thread fills during a communication interval. */
public final class SpikeBuffer {

    private int[] neurons = new int[1024];
    private int[] steps = new int[1024];
    private int size;

    /**
     * Appends a spike.
     *
     * @param neuron the NNGT id
     * @param step   the update step in which the threshold was crossed
     */
    public void add(int neuron, int step) {
        if (size == neurons.length) {
            neurons = Arrays.copyOf(neurons, size * 2);
            steps = Arrays.copyOf(steps, size * 2);
        }
        neurons[size] = neuron;
        steps[size] = step;
        size++;
    }

    /** Forgets all spikes. */
    public void clear() {
        size = 0;
    }

    /** @return the number of spikes */
    public int size() {
        return size;
    }

    /** @return the neuron ids (valid up to {@link #size()}) */
    public int[] neurons() {
        return neurons;
    }

    /** @return the steps (valid up to {@link #size()}) */
    public int[] steps() {
        return steps;
    }
}
