package nngt.sim.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a run: spike times per neuron (NNGT ids) in compressed rows, multimeter traces, the
 * groups of the network and {@link RunMetadata}. Spike times are in ms, sorted per neuron.
 */
public final class SimulationResult {

    /**
     * A group of neurons as seen by analysis.
     *
     * @param name       the group name
     * @param firstId    the first NNGT id
     * @param size       the number of neurons
     * @param neuronType +1 excitatory, −1 inhibitory
     */
    public record Group(String name, int firstId, int size, int neuronType) {
    }

    private final int neuronCount;
    private final int[] spikeOffsets;
    private final double[] spikeTimes;
    private final int[] recorded;
    private final List<Group> groups;
    private final List<Trace> traces;
    private final RunMetadata metadata;

    /**
     * Creates a result; the arrays are kept, not copied.
     *
     * @param neuronCount  number of neurons in the network
     * @param spikeOffsets length neuronCount+1: neuron i's spikes are {@code spikeTimes[off[i] … off[i+1])}
     * @param spikeTimes   spike times in ms, sorted within each neuron
     * @param recorded     sorted ids of the neurons whose spikes were recorded
     * @param groups       the groups of the network
     * @param traces       the multimeter traces
     * @param metadata     how the result was produced
     * @throws IllegalArgumentException when the offsets do not match the neuron count or the times
     */
    public SimulationResult(int neuronCount, int[] spikeOffsets, double[] spikeTimes, int[] recorded,
            List<Group> groups, List<Trace> traces, RunMetadata metadata) {
        if (spikeOffsets.length != neuronCount + 1 || spikeOffsets[neuronCount] != spikeTimes.length) {
            throw new IllegalArgumentException("spikeOffsets: length " + spikeOffsets.length + " ending at "
                    + spikeOffsets[spikeOffsets.length - 1] + "; expected length " + (neuronCount + 1)
                    + " ending at " + spikeTimes.length);
        }
        this.neuronCount = neuronCount;
        this.spikeOffsets = spikeOffsets;
        this.spikeTimes = spikeTimes;
        this.recorded = recorded;
        this.groups = List.copyOf(groups);
        this.traces = List.copyOf(traces);
        this.metadata = Objects.requireNonNull(metadata, "metadata");
    }

    /** @return the number of neurons of the network */
    public int neuronCount() {
        return neuronCount;
    }

    /**
     * The spike times of one neuron.
     *
     * @param neuron NNGT id
     * @return a fresh array of times in ms, ascending
     * @throws IndexOutOfBoundsException when the id is outside 0 … neuronCount−1
     */
    public double[] spikeTimes(int neuron) {
        Objects.checkIndex(neuron, neuronCount);
        return Arrays.copyOfRange(spikeTimes, spikeOffsets[neuron], spikeOffsets[neuron + 1]);
    }

    /**
     * The number of spikes of one neuron.
     *
     * @param neuron NNGT id
     * @return the count
     */
    public int spikeCount(int neuron) {
        Objects.checkIndex(neuron, neuronCount);
        return spikeOffsets[neuron + 1] - spikeOffsets[neuron];
    }

    /** @return the total number of recorded spikes */
    public int totalSpikes() {
        return spikeTimes.length;
    }

    /** @return the offsets into {@link #rawSpikeTimes()} (length neuronCount+1); not a copy */
    public int[] spikeOffsets() {
        return spikeOffsets;
    }

    /** @return all spike times, neuron by neuron; not a copy */
    public double[] rawSpikeTimes() {
        return spikeTimes;
    }

    /** @return the sorted ids of the neurons whose spikes were recorded; not a copy */
    public int[] recordedNeurons() {
        return recorded;
    }

    /** @return the groups of the network */
    public List<Group> groups() {
        return groups;
    }

    /** @return the multimeter traces */
    public List<Trace> traces() {
        return traces;
    }

    /** @return how the result was produced */
    public RunMetadata metadata() {
        return metadata;
    }

    /**
     * All spikes as parallel arrays ordered by time, then by sender (a NEST-like event list).
     *
     * @return the events
     */
    public SpikeEvents eventsByTime() {
        int total = spikeTimes.length;
        int[] senders = new int[total];
        for (int neuron = 0; neuron < neuronCount; neuron++) {
            Arrays.fill(senders, spikeOffsets[neuron], spikeOffsets[neuron + 1], neuron);
        }
        int[] order = new int[total];
        Arrays.setAll(order, i -> i);
        // the input is ordered by sender, so a stable sort by time gives (time, sender) order
        stableSortByTime(order, new int[total], 0, total);
        int[] sortedSenders = new int[total];
        double[] sortedTimes = new double[total];
        for (int i = 0; i < total; i++) {
            sortedSenders[i] = senders[order[i]];
            sortedTimes[i] = spikeTimes[order[i]];
        }
        return new SpikeEvents(sortedSenders, sortedTimes);
    }

    private void stableSortByTime(int[] order, int[] scratch, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        stableSortByTime(order, scratch, from, mid);
        stableSortByTime(order, scratch, mid, to);
        if (spikeTimes[order[mid - 1]] <= spikeTimes[order[mid]]) {
            return;
        }
        System.arraycopy(order, from, scratch, from, to - from);
        int left = from;
        int right = mid;
        for (int k = from; k < to; k++) {
            if (right >= to || (left < mid && spikeTimes[scratch[left]] <= spikeTimes[scratch[right]])) {
                order[k] = scratch[left++];
            } else {
                order[k] = scratch[right++];
            }
        }
    }

    /**
     * Spikes as a time-ordered event list.
     *
     * @param senders NNGT ids
     * @param times   spike times in ms
     */
    public record SpikeEvents(int[] senders, double[] times) {
    }
}
