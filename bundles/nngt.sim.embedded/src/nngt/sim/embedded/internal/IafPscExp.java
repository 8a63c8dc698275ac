package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nngt.sim.api.SimulationRequest.NeuronRange;

/**
 * NEST's {@code iaf_psc_exp}: leaky integrate-and-fire with exponential currents, exact integration; a
 * weight w (pA) makes the current jump by w. With {@code delta > 0} the threshold is NEST's escape noise
 * (fire with probability {@code rho·exp((V−V_th)/delta)·h}).
 */
public final class IafPscExp extends NeuronPopulation {

    /** @return the parameter names with NEST's defaults */
    static LinkedHashMap<String, Double> defaults() {
        LinkedHashMap<String, Double> p = new LinkedHashMap<>();
        p.put("C_m", 250.0);
        p.put("tau_m", 10.0);
        p.put("t_ref", 2.0);
        p.put("E_L", -70.0);
        p.put("V_th", -55.0);
        p.put("V_reset", -70.0);
        p.put("I_e", 0.0);
        p.put("tau_syn_ex", 2.0);
        p.put("tau_syn_in", 2.0);
        p.put("rho", 0.01);
        p.put("delta", 0.0);
        return CommonParameters.withArchiving(p);
    }

    private static final String[] RECORDABLES = {"V_m", "I_syn_ex", "I_syn_in"};

    private final int[] setOf;
    private final double[] p11ex, p11in, p21ex, p21in, p20, p22, theta, vReset, iE, eL, rho, delta;
    private final int[] refractoryCounts;
    private final double[] v, iSynEx, iSynIn, i0;
    private final int[] r;

    /**
     * Creates the neurons.
     *
     * @param range the range
     * @param h     resolution in ms
     * @throws IllegalArgumentException when a parameter violates NEST's constraints
     */
    public IafPscExp(NeuronRange range, double h) {
        super(range.firstId(), range.size(), h);
        ParameterTable t = new ParameterTable(range, defaults(), Map.of("V_m", Double.NaN));
        int sets = t.setCount();
        p11ex = new double[sets]; p11in = new double[sets]; p21ex = new double[sets]; p21in = new double[sets];
        p20 = new double[sets]; p22 = new double[sets]; theta = new double[sets]; vReset = new double[sets];
        iE = new double[sets]; eL = new double[sets]; rho = new double[sets]; delta = new double[sets];
        refractoryCounts = new int[sets];
        for (int s = 0; s < sets; s++) {
            double c = t.get(s, "C_m");
            double tauM = t.get(s, "tau_m");
            double tauEx = t.get(s, "tau_syn_ex");
            double tauIn = t.get(s, "tau_syn_in");
            double tRef = t.get(s, "t_ref");
            t.require(c > 0, "C_m", c, "it must be > 0");
            t.require(tauM > 0, "tau_m", tauM, "it must be > 0");
            t.require(tauEx > 0, "tau_syn_ex", tauEx, "it must be > 0");
            t.require(tauIn > 0, "tau_syn_in", tauIn, "it must be > 0");
            t.require(tRef >= 0, "t_ref", tRef, "it must be >= 0");
            t.require(t.get(s, "V_reset") < t.get(s, "V_th"), "V_reset", t.get(s, "V_reset"),
                    "it must be below V_th = " + t.get(s, "V_th"));
            t.require(t.get(s, "rho") >= 0, "rho", t.get(s, "rho"), "it must be >= 0");
            t.require(t.get(s, "delta") >= 0, "delta", t.get(s, "delta"), "it must be >= 0");
            eL[s] = t.get(s, "E_L");
            p11ex[s] = Math.exp(-h / tauEx);
            p11in[s] = Math.exp(-h / tauIn);
            p22[s] = Math.exp(-h / tauM);
            p21ex[s] = Propagators.p32(tauEx, tauM, c, h);
            p21in[s] = Propagators.p32(tauIn, tauM, c, h);
            p20[s] = -tauM / c * Math.expm1(-h / tauM);
            theta[s] = t.get(s, "V_th") - eL[s];
            vReset[s] = t.get(s, "V_reset") - eL[s];
            iE[s] = t.get(s, "I_e");
            rho[s] = t.get(s, "rho");
            delta[s] = t.get(s, "delta");
            refractoryCounts[s] = steps(tRef, h);
        }
        setOf = t.setOfNeuron();
        v = new double[size]; iSynEx = new double[size]; iSynIn = new double[size]; i0 = new double[size];
        r = new int[size];
        for (int i = 0; i < size; i++) {
            v[i] = t.state("V_m", i, eL[setOf[i]]) - eL[setOf[i]];
        }
    }

    @Override
    public void update(int from, int to, int step, double[] ex, double[] in, int slotBase, double[] stim,
            long[] rng, SpikeBuffer spikes) {
        for (int id = from; id < to; id++) {
            int i = id - firstId;
            int s = setOf[i];
            if (r[i] == 0) {
                v[i] = v[i] * p22[s] + iSynEx[i] * p21ex[s] + iSynIn[i] * p21in[s] + (iE[s] + i0[i]) * p20[s];
            } else {
                r[i]--;
            }
            iSynEx[i] = iSynEx[i] * p11ex[s] + ex[slotBase + id];
            iSynIn[i] = iSynIn[i] * p11in[s] + in[slotBase + id];
            boolean fire;
            if (delta[s] < 1e-10) {
                fire = v[i] >= theta[s];
            } else {
                double phi = rho[s] * Math.exp((v[i] - theta[s]) / delta[s]);
                fire = Rng.nextDouble(rng, id) < phi * h * 1e-3;
            }
            if (fire) {
                r[i] = refractoryCounts[s];
                v[i] = vReset[s];
                spikes.add(id, step);
            }
            i0[i] = stim[id];
        }
    }

    @Override
    public String[] recordables() {
        return RECORDABLES.clone();
    }

    @Override
    public double recordable(int which, int neuron) {
        int i = neuron - firstId;
        return switch (which) {
            case 0 -> v[i] + eL[setOf[i]];
            case 1 -> iSynEx[i];
            default -> iSynIn[i];
        };
    }
}
