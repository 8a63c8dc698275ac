package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nngt.sim.api.SimulationRequest.NeuronRange;

/**
 * NEST's {@code iaf_psc_delta}: leaky integrate-and-fire where a weight w (mV) jumps V by w; input that
 * arrives during the refractory period is discarded ({@code refractory_input = False}, NEST's default) or,
 * with {@code refractory_input = True}, added when the period ends, decayed by e^{−r·h/τm} for the r
 * steps it waited.
 */
public final class IafPscDelta extends NeuronPopulation {

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

    private final int[] setOf;
    private final double[] p30, p33, theta, vReset, vMin, iE, eL, tauM;
    private final boolean[] refractoryInput;
    private final int[] refractoryCounts;
    private final double[] y3, y0, refractorySpikes;
    private final int[] r;

    /**
     * Creates the neurons.
     *
     * @param range the range
     * @param h     resolution in ms
     * @throws IllegalArgumentException when a parameter violates NEST's constraints
     */
    public IafPscDelta(NeuronRange range, double h) {
        super(range.firstId(), range.size(), h);
        ParameterTable t = new ParameterTable(range, defaults(), Map.of("V_m", Double.NaN));
        int sets = t.setCount();
        p30 = new double[sets]; p33 = new double[sets]; theta = new double[sets]; vReset = new double[sets];
        vMin = new double[sets]; iE = new double[sets]; eL = new double[sets]; refractoryCounts = new int[sets];
        tauM = new double[sets]; refractoryInput = new boolean[sets];
        for (int s = 0; s < sets; s++) {
            double c = t.get(s, "C_m");
            double tauM = t.get(s, "tau_m");
            double tRef = t.get(s, "t_ref");
            t.require(c > 0, "C_m", c, "it must be > 0");
            t.require(tauM > 0, "tau_m", tauM, "it must be > 0");
            t.require(tRef >= 0, "t_ref", tRef, "it must be >= 0");
            t.require(t.get(s, "V_reset") < t.get(s, "V_th"), "V_reset", t.get(s, "V_reset"),
                    "it must be below V_th = " + t.get(s, "V_th"));
            eL[s] = t.get(s, "E_L");
            p33[s] = Math.exp(-h / tauM);
            p30[s] = -tauM / c * Math.expm1(-h / tauM);
            theta[s] = t.get(s, "V_th") - eL[s];
            vReset[s] = t.get(s, "V_reset") - eL[s];
            vMin[s] = t.get(s, "V_min") - eL[s];
            iE[s] = t.get(s, "I_e");
            refractoryCounts[s] = steps(tRef, h);
            this.tauM[s] = tauM;
            refractoryInput[s] = t.get(s, "refractory_input") != 0;
        }
        setOf = t.setOfNeuron();
        y3 = new double[size]; y0 = new double[size]; r = new int[size]; refractorySpikes = new double[size];
        for (int i = 0; i < size; i++) {
            y3[i] = t.state("V_m", i, eL[setOf[i]]) - eL[setOf[i]];
        }
    }

    @Override
    public void update(int from, int to, int step, double[] ex, double[] in, int slotBase, double[] stim,
            long[] rng, SpikeBuffer spikes) {
        for (int id = from; id < to; id++) {
            int i = id - firstId;
            int s = setOf[i];
            double input = ex[slotBase + id] + in[slotBase + id];
            if (r[i] == 0) {
                double v = p30[s] * (y0[i] + iE[s]) + p33[s] * y3[i] + input + refractorySpikes[i];
                refractorySpikes[i] = 0;
                y3[i] = v < vMin[s] ? vMin[s] : v;
            } else {
                if (refractoryInput[s]) {
                    refractorySpikes[i] += input * Math.exp(-r[i] * h / tauM[s]);
                }
                r[i]--;
            }
            if (y3[i] >= theta[s]) {
                r[i] = refractoryCounts[s];
                y3[i] = vReset[s];
                spikes.add(id, step);
            }
            y0[i] = stim[id];
        }
    }

    @Override
    public String[] recordables() {
        return RECORDABLES.clone();
    }

    @Override
    public double recordable(int which, int neuron) {
        return y3[neuron - firstId] + eL[setOf[neuron - firstId]];
    }
}
