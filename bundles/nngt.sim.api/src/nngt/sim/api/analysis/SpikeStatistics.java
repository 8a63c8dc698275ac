package nngt.sim.api.analysis;

import java.util.List;

import nngt.sim.api.SimulationResult;

/**
 * Rates and regularity of spike trains. Rates are in Hz (spikes per second), unlike NNGT's
 * {@code get_firing_rate}, which returns spikes per ms.
 */
public final class SpikeStatistics {

    private SpikeStatistics() {
    }

    /**
     * The firing rate of every neuron over a time window.
     *
     * @param result the simulation result
     * @param fromMs window start (inclusive)
     * @param toMs   window end (inclusive)
     * @return rates in Hz, indexed by NNGT id
     * @throws IllegalArgumentException when {@code toMs <= fromMs}
     */
    public static double[] ratesHz(SimulationResult result, double fromMs, double toMs) {
        checkWindow(fromMs, toMs);
        int[] offsets = result.spikeOffsets();
        double[] times = result.rawSpikeTimes();
        double[] rates = new double[result.neuronCount()];
        double seconds = (toMs - fromMs) / 1000.0;
        for (int neuron = 0; neuron < rates.length; neuron++) {
            int count = 0;
            for (int s = offsets[neuron]; s < offsets[neuron + 1]; s++) {
                if (times[s] >= fromMs && times[s] <= toMs) {
                    count++;
                }
            }
            rates[neuron] = count / seconds;
        }
        return rates;
    }

    /**
     * The mean firing rate of each group over a time window.
     *
     * @param result the simulation result
     * @param fromMs window start
     * @param toMs   window end
     * @return one rate in Hz per group of {@link SimulationResult#groups()}, NaN for an empty group
     * @throws IllegalArgumentException when {@code toMs <= fromMs}
     */
    public static double[] groupRatesHz(SimulationResult result, double fromMs, double toMs) {
        double[] rates = ratesHz(result, fromMs, toMs);
        List<SimulationResult.Group> groups = result.groups();
        double[] groupRates = new double[groups.size()];
        for (int g = 0; g < groupRates.length; g++) {
            SimulationResult.Group group = groups.get(g);
            double sum = 0;
            for (int i = group.firstId(); i < group.firstId() + group.size(); i++) {
                sum += rates[i];
            }
            groupRates[g] = group.size() == 0 ? Double.NaN : sum / group.size();
        }
        return groupRates;
    }

    /**
     * The coefficient of variation of the inter-spike intervals of every neuron (population standard
     * deviation over mean, as NumPy's {@code std/mean}).
     *
     * @param result the simulation result
     * @param fromMs only spikes at or after this time count
     * @param toMs   only spikes at or before this time count
     * @return per NNGT id the CV, NaN where fewer than 3 spikes (2 intervals) fall in the window
     * @throws IllegalArgumentException when {@code toMs <= fromMs}
     */
    public static double[] cvIsi(SimulationResult result, double fromMs, double toMs) {
        checkWindow(fromMs, toMs);
        int[] offsets = result.spikeOffsets();
        double[] times = result.rawSpikeTimes();
        double[] cv = new double[result.neuronCount()];
        for (int neuron = 0; neuron < cv.length; neuron++) {
            double previous = Double.NaN;
            int intervals = 0;
            double sum = 0;
            double sumSquares = 0;
            for (int s = offsets[neuron]; s < offsets[neuron + 1]; s++) {
                double t = times[s];
                if (t < fromMs || t > toMs) {
                    continue;
                }
                if (!Double.isNaN(previous)) {
                    double isi = t - previous;
                    intervals++;
                    sum += isi;
                    sumSquares += isi * isi;
                }
                previous = t;
            }
            if (intervals < 2) {
                cv[neuron] = Double.NaN;
            } else {
                double mean = sum / intervals;
                double variance = Math.max(0, sumSquares / intervals - mean * mean);
                cv[neuron] = Math.sqrt(variance) / mean;
            }
        }
        return cv;
    }

    /**
     * The mean of the finite values in a range of a per-neuron array.
     *
     * @param values  per-neuron values (rates or CVs)
     * @param firstId first index
     * @param size    number of indices
     * @return the mean of the non-NaN values, NaN when there is none
     */
    public static double meanIgnoringNaN(double[] values, int firstId, int size) {
        double sum = 0;
        int count = 0;
        for (int i = firstId; i < firstId + size; i++) {
            if (!Double.isNaN(values[i])) {
                sum += values[i];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static void checkWindow(double fromMs, double toMs) {
        if (!(toMs > fromMs)) {
            throw new IllegalArgumentException("toMs: window [" + fromMs + ", " + toMs
                    + "] is empty; toMs must be greater than fromMs");
        }
    }
}
