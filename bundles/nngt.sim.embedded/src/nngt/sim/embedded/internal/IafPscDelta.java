package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;

import nngt.sim.api.SimulationPlan.NeuronRange;

/**
 * NEST's {@code iaf_psc_delta}: leaky integrate-and-fire where a weight w (mV) jumps V by w; input that
 * arrives during the refractory period is discarded ({@code refractory_input = False}, NEST's default) or,
 * with {@code refractory_input = True}, added when the period ends, decayed by e^{−r·h/τm} for the r
 * steps it waited.
 */
public final class IafPscDelta extends LeakyIntegrateAndFire {

    /** @return the parameter names with NEST's defaults */
    static LinkedHashMap<String, Double> defaults() {
        LinkedHashMap<String, Double> p = new LinkedHashMap<>();
        p.put("C_m", 250.0);
        p.put("tau_m", 10.0);
        p.put("t_ref", 2.0);
        p.put("E_L", -70.0);
        p.put("V_th", -55.0);
        p.put("V_reset", -70.0);
        p.put("V_min", -Double.MAX_VALUE);
        p.put("I_e", 0.0);
        p.put("refractory_input", 0.0);
        return CommonParameters.withArchiving(p);
    }

    private static final String[] RECORDABLES = {"V_m"};

    private final double[] p30, p33;
    private final boolean[] refractoryInput;
    private final double[] refractorySpikes;

    /**
     * Creates the neurons.
     *
     * @param range the range
     * @param h     resolution in ms
     * @throws IllegalArgumentException when a parameter violates NEST's constraints
     */
    public IafPscDelta(NeuronRange range, double h) {
        super(range, h, defaults());
        int sets = parameters.setCount();
        p30 = new double[sets]; p33 = new double[sets]; refractoryInput = new boolean[sets];
        for (int s = 0; s < sets; s++) {
            p33[s] = Math.exp(-h / tauM[s]);
            p30[s] = -tauM[s] / capacitance[s] * Math.expm1(-h / tauM[s]);
            refractoryInput[s] = parameters.get(s, "refractory_input") != 0;
        }
        refractorySpikes = new double[size];
    }

    @Override
    public void update(int from, int to, int step, double[] ex, double[] in, int slotBase, double[] stim,
            long[] rng, SpikeBuffer spikes) {
        for (int id = from; id < to; id++) {
            int i = id - firstId;
            int s = setOf[i];
            double input = ex[slotBase + id] + in[slotBase + id];
            if (refractory[i] == 0) {
                double next = p30[s] * (stimulus[i] + iE[s]) + p33[s] * v[i] + input + refractorySpikes[i];
                refractorySpikes[i] = 0;
                v[i] = next < vMin[s] ? vMin[s] : next;
            } else {
                if (refractoryInput[s]) {
                    refractorySpikes[i] += input * Math.exp(-refractory[i] * h / tauM[s]);
                }
                refractory[i]--;
            }
            if (v[i] >= theta[s]) {
                refractory[i] = refractoryCounts[s];
                v[i] = vReset[s];
                spikes.add(id, step);
            }
            stimulus[i] = stim[id];
        }
    }

    @Override
    public String[] recordables() {
        return RECORDABLES.clone();
    }

    @Override
    public double recordable(int which, int neuron) {
        return membranePotential(neuron);
    }
}
