package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nngt.sim.api.SimulationPlan.NeuronRange;

/**
 * NEST's {@code parrot_neuron}: repeats every incoming spike once per unit of multiplicity in the step
 * it arrives; weights are ignored except for their count. Here the count is the summed weight rounded
 * to an integer, which equals the number of spikes when inputs have weight 1 (NEST's convention for
 * parrots).
 */
public final class ParrotNeuron extends NeuronPopulation {

    private static final String[] RECORDABLES = {};

    /**
     * Creates the neurons.
     *
     * @param range the range
     * @param h     resolution
     * @throws IllegalArgumentException when a parameter is set (parrots only have the archiving ones)
     */
    public ParrotNeuron(NeuronRange range, double h) {
        super(range.firstId(), range.size(), h);
        new ParameterTable(range, defaults(), Map.of());
    }

    /** @return the parameter names with NEST's defaults */
    static LinkedHashMap<String, Double> defaults() {
        LinkedHashMap<String, Double> p = new LinkedHashMap<>();
        // NEST 3.10's flush interval for parrots: no effect on a time-driven run, accepted for scripts that set it
        p.put("flush_event_send_interval", Double.MAX_VALUE);
        return CommonParameters.withArchiving(p);
    }

    @Override
    public void update(int from, int to, int step, double[] ex, double[] in, int slotBase, double[] stim,
            long[] rng, SpikeBuffer spikes) {
        for (int id = from; id < to; id++) {
            long count = Math.round(ex[slotBase + id] - in[slotBase + id]);
            for (long k = 0; k < count; k++) {
                spikes.add(id, step);
            }
        }
    }

    @Override
    public String[] recordables() {
        return RECORDABLES.clone();
    }

    @Override
    public double recordable(int which, int neuron) {
        throw new IllegalArgumentException("which: parrot_neuron has no recordables");
    }
}
