package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;

import nngt.sim.api.SimulationPlan.NeuronRange;

/**
 * NEST's {@code iaf_psc_exp}: leaky integrate-and-fire with exponential currents, exact integration; a
 * weight w (pA) makes the current jump by w. With {@code delta > 0} the threshold is NEST's escape noise
 * (fire with probability {@code rho·exp((V−V_th)/delta)·h}).
 */
public final class IafPscExp extends LeakyIntegrateAndFire {

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

    private final double[] p11ex, p11in, p21ex, p21in, p20, p22, rho, delta;
    private final double[] iSynEx, iSynIn;

    /**
     * Creates the neurons.
     *
     * @param range the range
     * @param h     resolution in ms
     * @throws IllegalArgumentException when a parameter violates NEST's constraints
     */
    public IafPscExp(NeuronRange range, double h) {
        super(range, h, defaults());
        int sets = parameters.setCount();
        p11ex = new double[sets]; p11in = new double[sets]; p21ex = new double[sets]; p21in = new double[sets];
        p20 = new double[sets]; p22 = new double[sets]; rho = new double[sets]; delta = new double[sets];
        for (int s = 0; s < sets; s++) {
            double tauEx = positive(s, "tau_syn_ex");
            double tauIn = positive(s, "tau_syn_in");
            rho[s] = parameters.get(s, "rho");
            delta[s] = parameters.get(s, "delta");
            parameters.require(rho[s] >= 0, "rho", rho[s], "it must be >= 0");
            parameters.require(delta[s] >= 0, "delta", delta[s], "it must be >= 0");
            p11ex[s] = Math.exp(-h / tauEx);
            p11in[s] = Math.exp(-h / tauIn);
            p22[s] = Math.exp(-h / tauM[s]);
            p21ex[s] = Propagators.p32(tauEx, tauM[s], capacitance[s], h);
            p21in[s] = Propagators.p32(tauIn, tauM[s], capacitance[s], h);
            p20[s] = -tauM[s] / capacitance[s] * Math.expm1(-h / tauM[s]);
        }
        iSynEx = new double[size];
        iSynIn = new double[size];
    }

    @Override
    public void update(int from, int to, int step, double[] ex, double[] in, int slotBase, double[] stim,
            long[] rng, SpikeBuffer spikes) {
        for (int id = from; id < to; id++) {
            int i = id - firstId;
            int s = setOf[i];
            if (refractory[i] == 0) {
                v[i] = v[i] * p22[s] + iSynEx[i] * p21ex[s] + iSynIn[i] * p21in[s] + (iE[s] + stimulus[i]) * p20[s];
            } else {
                refractory[i]--;
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
            case 1 -> iSynEx[neuron - firstId];
            default -> iSynIn[neuron - firstId];
        };
    }
}
