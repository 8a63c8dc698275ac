package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;

import nngt.sim.api.SimulationPlan.NeuronRange;

/**
 * NEST's {@code iaf_psc_alpha}: leaky integrate-and-fire with alpha-shaped currents, integrated exactly
 * with NEST's propagators; V clamped at V_reset for t_ref, spike when V ≥ V_th after the update.
 * A weight w (pA) gives a current of peak w at τ_syn after arrival.
 */
public final class IafPscAlpha extends LeakyIntegrateAndFire {

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

    private final double[] p11ex, p21ex, p31ex, p32ex, p11in, p21in, p31in, p32in;
    private final double[] p30, expm1TauM, epscInit, ipscInit;
    private final double[] dIex, iEx, dIin, iIn;

    /**
     * Creates the neurons.
     *
     * @param range the range
     * @param h     resolution in ms
     * @throws IllegalArgumentException when a parameter violates NEST's constraints
     */
    public IafPscAlpha(NeuronRange range, double h) {
        super(range, h, defaults());
        int sets = parameters.setCount();
        p11ex = new double[sets]; p21ex = new double[sets]; p31ex = new double[sets]; p32ex = new double[sets];
        p11in = new double[sets]; p21in = new double[sets]; p31in = new double[sets]; p32in = new double[sets];
        p30 = new double[sets]; expm1TauM = new double[sets]; epscInit = new double[sets]; ipscInit = new double[sets];
        for (int s = 0; s < sets; s++) {
            double tauEx = positive(s, "tau_syn_ex");
            double tauIn = positive(s, "tau_syn_in");
            double c = capacitance[s];
            p11ex[s] = Math.exp(-h / tauEx);
            p21ex[s] = h * p11ex[s];
            p31ex[s] = Propagators.p31(tauEx, tauM[s], c, h);
            p32ex[s] = Propagators.p32(tauEx, tauM[s], c, h);
            p11in[s] = Math.exp(-h / tauIn);
            p21in[s] = h * p11in[s];
            p31in[s] = Propagators.p31(tauIn, tauM[s], c, h);
            p32in[s] = Propagators.p32(tauIn, tauM[s], c, h);
            expm1TauM[s] = Math.expm1(-h / tauM[s]);
            p30[s] = -tauM[s] / c * expm1TauM[s];
            epscInit[s] = Math.E / tauEx;
            ipscInit[s] = Math.E / tauIn;
        }
        dIex = new double[size]; iEx = new double[size];
        dIin = new double[size]; iIn = new double[size];
    }

    @Override
    public void update(int from, int to, int step, double[] ex, double[] in, int slotBase, double[] stim,
            long[] rng, SpikeBuffer spikes) {
        for (int id = from; id < to; id++) {
            int i = id - firstId;
            int s = setOf[i];
            if (refractory[i] == 0) {
                double next = p30[s] * (stimulus[i] + iE[s]) + p31ex[s] * dIex[i] + p32ex[s] * iEx[i]
                        + p31in[s] * dIin[i] + p32in[s] * iIn[i] + expm1TauM[s] * v[i] + v[i];
                v[i] = next < vMin[s] ? vMin[s] : next;
            } else {
                refractory[i]--;
            }
            iEx[i] = p21ex[s] * dIex[i] + p11ex[s] * iEx[i];
            dIex[i] *= p11ex[s];
            iIn[i] = p21in[s] * dIin[i] + p11in[s] * iIn[i];
            dIin[i] *= p11in[s];
            dIex[i] += epscInit[s] * ex[slotBase + id];
            dIin[i] += ipscInit[s] * in[slotBase + id];
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
        return switch (which) {
            case 0 -> membranePotential(neuron);
            case 1 -> iEx[neuron - firstId];
            default -> iIn[neuron - firstId];
        };
    }
}
