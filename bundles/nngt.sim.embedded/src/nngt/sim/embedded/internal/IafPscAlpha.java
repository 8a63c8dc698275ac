package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nngt.sim.api.SimulationRequest.NeuronRange;

/**
 * NEST's {@code iaf_psc_alpha}: leaky integrate-and-fire with alpha-shaped currents, integrated exactly
 * with NEST's propagators; V clamped at V_reset for t_ref, spike when V ≥ V_th after the update.
 * A weight w (pA) gives a current of peak w at τ_syn after arrival.
 */
public final class IafPscAlpha extends NeuronPopulation {

    /** @return the parameter names with NEST's defaults */
    static LinkedHashMap<String, Double> defaults() {
        LinkedHashMap<String, Double> p = new LinkedHashMap<>();
        p.put("C_m", 250.0);
        p.put("tau_m", 10.0);
        p.put("t_ref", 2.0);
        p.put("E_L", -70.0);
        p.put("V_th", -55.0);
        p.put("V_reset", -70.0);
        p.put("V_min", Double.NEGATIVE_INFINITY);
        p.put("I_e", 0.0);
        p.put("tau_syn_ex", 2.0);
        p.put("tau_syn_in", 2.0);
        return CommonParameters.withArchiving(p);
    }

    private static final String[] RECORDABLES = {"V_m", "I_syn_ex", "I_syn_in"};

    private final int[] setOf;
    private final double[] p11ex, p21ex, p31ex, p32ex, p11in, p21in, p31in, p32in;
    private final double[] p30, expm1TauM, epscInit, ipscInit, theta, vReset, vMin, iE, eL;
    private final int[] refractoryCounts;
    private final double[] y0, dIex, iEx, dIin, iIn, y3;
    private final int[] r;

    /**
     * Creates the neurons.
     *
     * @param range the range
     * @param h     resolution in ms
     * @throws IllegalArgumentException when a parameter violates NEST's constraints
     */
    public IafPscAlpha(NeuronRange range, double h) {
        super(range.firstId(), range.size(), h);
        ParameterTable t = new ParameterTable(range, defaults(), Map.of("V_m", Double.NaN));
        int sets = t.setCount();
        p11ex = new double[sets]; p21ex = new double[sets]; p31ex = new double[sets]; p32ex = new double[sets];
        p11in = new double[sets]; p21in = new double[sets]; p31in = new double[sets]; p32in = new double[sets];
        p30 = new double[sets]; expm1TauM = new double[sets]; epscInit = new double[sets]; ipscInit = new double[sets];
        theta = new double[sets]; vReset = new double[sets]; vMin = new double[sets]; iE = new double[sets];
        eL = new double[sets]; refractoryCounts = new int[sets];
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
            eL[s] = t.get(s, "E_L");
            p11ex[s] = Math.exp(-h / tauEx);
            p21ex[s] = h * p11ex[s];
            p31ex[s] = Propagators.p31(tauEx, tauM, c, h);
            p32ex[s] = Propagators.p32(tauEx, tauM, c, h);
            p11in[s] = Math.exp(-h / tauIn);
            p21in[s] = h * p11in[s];
            p31in[s] = Propagators.p31(tauIn, tauM, c, h);
            p32in[s] = Propagators.p32(tauIn, tauM, c, h);
            expm1TauM[s] = Math.expm1(-h / tauM);
            p30[s] = -tauM / c * expm1TauM[s];
            epscInit[s] = Math.E / tauEx;
            ipscInit[s] = Math.E / tauIn;
            theta[s] = t.get(s, "V_th") - eL[s];
            vReset[s] = t.get(s, "V_reset") - eL[s];
            vMin[s] = t.get(s, "V_min") - eL[s];
            iE[s] = t.get(s, "I_e");
            refractoryCounts[s] = steps(tRef, h);
        }
        setOf = t.setOfNeuron();
        y0 = new double[size]; dIex = new double[size]; iEx = new double[size];
        dIin = new double[size]; iIn = new double[size]; y3 = new double[size]; r = new int[size];
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
            if (r[i] == 0) {
                double v = p30[s] * (y0[i] + iE[s]) + p31ex[s] * dIex[i] + p32ex[s] * iEx[i] + p31in[s] * dIin[i]
                        + p32in[s] * iIn[i] + expm1TauM[s] * y3[i] + y3[i];
                y3[i] = v < vMin[s] ? vMin[s] : v;
            } else {
                r[i]--;
            }
            iEx[i] = p21ex[s] * dIex[i] + p11ex[s] * iEx[i];
            dIex[i] *= p11ex[s];
            iIn[i] = p21in[s] * dIin[i] + p11in[s] * iIn[i];
            dIin[i] *= p11in[s];
            dIex[i] += epscInit[s] * ex[slotBase + id];
            dIin[i] += ipscInit[s] * in[slotBase + id];
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
        int i = neuron - firstId;
        return switch (which) {
            case 0 -> y3[i] + eL[setOf[i]];
            case 1 -> iEx[i];
            default -> iIn[i];
        };
    }
}
