package nngt.sim.embedded.internal;

import java.util.Arrays;

/**
 * The spike history of neurons that are targets of STDP synapses, with NEST's post-synaptic trace
 * {@code K−} (incremented by 1 at each spike, decaying with {@code tau_minus}). The whole history is kept
 * (NEST prunes entries all incoming synapses have read; here memory grows with the post spikes).
 * Only the thread that owns a neuron writes or reads its history.
 */
public final class PostSynapticArchive {

    private final boolean[] archived;
    private final double[] tauMinus;
    private final double[][] times;
    private final double[][] kMinus;
    private final int[] counts;

    /**
     * Creates an archive for the flagged neurons.
     *
     * @param archived per NNGT id, whether the neuron is the target of an STDP synapse
     * @param tauMinus per NNGT id, its {@code tau_minus} in ms
     */
    public PostSynapticArchive(boolean[] archived, double[] tauMinus) {
        this.archived = archived;
        this.tauMinus = tauMinus;
        this.times = new double[archived.length][];
        this.kMinus = new double[archived.length][];
        this.counts = new int[archived.length];
        for (int i = 0; i < archived.length; i++) {
            if (archived[i]) {
                times[i] = new double[8];
                kMinus[i] = new double[8];
            }
        }
    }

    /**
     * Records a spike of a neuron (ignored for neurons without STDP input).
     *
     * @param neuron NNGT id
     * @param t      spike time in ms
     */
    public void record(int neuron, double t) {
        if (!archived[neuron]) {
            return;
        }
        int c = counts[neuron];
        double k = c == 0 ? 1.0 : kMinus[neuron][c - 1] * Math.exp((times[neuron][c - 1] - t) / tauMinus[neuron]) + 1;
        if (c == times[neuron].length) {
            times[neuron] = Arrays.copyOf(times[neuron], 2 * c);
            kMinus[neuron] = Arrays.copyOf(kMinus[neuron], 2 * c);
        }
        times[neuron][c] = t;
        kMinus[neuron][c] = k;
        counts[neuron] = c + 1;
    }

    /**
     * {@code K−} just before time t: the trace of the last spike strictly before t, decayed to t.
     *
     * @param neuron NNGT id
     * @param t      time in ms
     * @return the trace value, 0 without earlier spikes
     */
    public double kMinus(int neuron, double t) {
        for (int i = counts[neuron] - 1; i >= 0; i--) {
            if (t - times[neuron][i] > 1e-6) {
                return kMinus[neuron][i] * Math.exp((times[neuron][i] - t) / tauMinus[neuron]);
            }
        }
        return 0;
    }

    /**
     * Index of the first spike after t1 (exclusive).
     *
     * @param neuron NNGT id
     * @param t1     lower bound in ms
     * @return index into the neuron's history
     */
    public int firstAfter(int neuron, double t1) {
        int i = counts[neuron];
        while (i > 0 && times[neuron][i - 1] > t1 + 1e-6) {
            i--;
        }
        return i;
    }

    /**
     * Number of recorded spikes of a neuron.
     *
     * @param neuron NNGT id
     * @return the count
     */
    public int count(int neuron) {
        return counts[neuron];
    }

    /**
     * Time of the i-th spike of a neuron.
     *
     * @param neuron NNGT id
     * @param i      index
     * @return time in ms
     */
    public double time(int neuron, int i) {
        return times[neuron][i];
    }
}
