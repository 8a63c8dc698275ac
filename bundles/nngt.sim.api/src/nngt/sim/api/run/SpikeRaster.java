package nngt.sim.api.run;

import java.util.List;

import nngt.sim.api.SimulationResult;

/**
 * The spikes of a run and the groups they belong to, as plain arrays: what the plots need, taken from a simulation
 * result ({@link #of}) or read back from a results folder ({@link RunFiles#readRaster}).
 *
 * @param groups       the groups in id order
 * @param senders      the neuron of each spike, in time order
 * @param times        the time of each spike in ms
 * @param durationMs   the simulated time in ms
 * @param resolutionMs the time step in ms
 */
public record SpikeRaster(List<Group> groups, int[] senders, double[] times, double durationMs, double resolutionMs) {

    /**
     * A group of consecutive neuron ids.
     *
     * @param name    the group's name
     * @param firstId its first neuron id
     * @param size    its neuron count
     */
    public record Group(String name, int firstId, int size) {
    }

    /**
     * @param result a simulation result
     * @return its spikes in time order with its groups, duration and resolution
     */
    public static SpikeRaster of(SimulationResult result) {
        List<Group> groups = result.groups().stream().map(g -> new Group(g.name(), g.firstId(), g.size())).toList();
        SimulationResult.SpikeEvents events = result.eventsByTime();
        return new SpikeRaster(groups, events.senders(), events.times(), result.metadata().durationMs(),
                result.metadata().resolutionMs());
    }

    /**
     * @return the number of neurons the groups cover
     */
    public int neuronCount() {
        return groups.isEmpty() ? 0 : groups.get(groups.size() - 1).firstId() + groups.get(groups.size() - 1).size();
    }

    /**
     * @return the mean rate per neuron of each group over the simulated time, in Hz
     */
    public double[] groupRatesHz() {
        long[] counts = new long[groups.size()];
        for (int sender : senders) {
            for (int g = 0; g < groups.size(); g++) {
                Group group = groups.get(g);
                if (sender >= group.firstId() && sender < group.firstId() + group.size()) {
                    counts[g]++;
                    break;
                }
            }
        }
        double[] rates = new double[groups.size()];
        for (int g = 0; g < rates.length; g++) {
            rates[g] = counts[g] / (Math.max(1, groups.get(g).size()) * durationMs / 1000.0);
        }
        return rates;
    }
}
