package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nngt.sim.api.SimulationPlan.NeuronRange;

/**
 * NEST's {@code hh_psc_alpha}: Hodgkin–Huxley sodium, potassium and leak currents with alpha-shaped
 * synaptic currents ({@link HodgkinHuxleyPopulation}: RKF45, inputs after the step, a spike when V ≥ 0 mV
 * falls, V not reset). Gating variables start at their equilibrium at the initial V_m (−65 mV).
 */
public final class HhPscAlpha extends HodgkinHuxleyPopulation {

    private static final int DIM = 8;
    private static final int DEX = 4, IEX = 5, DIN = 6, IIN = 7;
    private static final String[] RECORDABLES = {"V_m", "I_syn_ex", "I_syn_in", "Act_m", "Inact_h", "Act_n"};
    private static final int[] RECORDED = {V, IEX, IIN, M, H, N};
    /** NEST detects hh_psc_alpha's spikes at or above 0 mV. */
    private static final double SPIKE_THRESHOLD = 0.0;

    /**
     * Creates the neurons.
     *
     * @param range the range
     * @param h     resolution
     * @throws IllegalArgumentException when a parameter violates NEST's constraints
     */
    public HhPscAlpha(NeuronRange range, double h) {
        this(range, h, new ParameterTable(range, defaults(),
                Map.of("V_m", -65.0, "Act_m", Double.NaN, "Inact_h", Double.NaN, "Act_n", Double.NaN)));
    }

    private HhPscAlpha(NeuronRange range, double h, ParameterTable t) {
        super(range, h, DIM, RECORDABLES, RECORDED, t);
        for (int i = 0; i < size; i++) {
            double v = t.state("V_m", i, -65.0);
            state[i * DIM + V] = v;
            state[i * DIM + M] = t.state("Act_m", i, alphaM(v) / (alphaM(v) + betaM(v)));
            state[i * DIM + H] = t.state("Inact_h", i, alphaH(v) / (alphaH(v) + betaH(v)));
            state[i * DIM + N] = t.state("Act_n", i, alphaN(v) / (alphaN(v) + betaN(v)));
        }
    }

    /** @return the parameter names with NEST's defaults */
    static LinkedHashMap<String, Double> defaults() {
        LinkedHashMap<String, Double> p = new LinkedHashMap<>();
        p.put("t_ref", 2.0);
        p.put("g_Na", 12000.0);
        p.put("g_K", 3600.0);
        p.put("g_L", 30.0);
        p.put("C_m", 100.0);
        p.put("E_Na", 50.0);
        p.put("E_K", -77.0);
        p.put("E_L", -54.402);
        p.put("tau_syn_ex", 0.2);
        p.put("tau_syn_in", 2.0);
        p.put("I_e", 0.0);
        return CommonParameters.withArchiving(p);
    }

    private static double alphaN(double v) {
        return 0.01 * (v + 55.) / (1. - Math.exp(-(v + 55.) / 10.));
    }

    private static double betaN(double v) {
        return 0.125 * Math.exp(-(v + 65.) / 80.);
    }

    private static double alphaM(double v) {
        return 0.1 * (v + 40.) / (1. - Math.exp(-(v + 40.) / 10.));
    }

    private static double betaM(double v) {
        return 4. * Math.exp(-(v + 65.) / 18.);
    }

    private static double alphaH(double v) {
        return 0.07 * Math.exp(-(v + 65.) / 20.);
    }

    private static double betaH(double v) {
        return 1. / (1. + Math.exp(-(v + 35.) / 10.));
    }

    @Override
    protected void addSpikeInputs(int neuron, double[] y, double excitatory, double inhibitory) {
        int s = setOf[neuron];
        y[DEX] += excitatory * Math.E / tauEx[s];
        y[DIN] += inhibitory * Math.E / tauIn[s];
    }

    @Override
    protected double spikeThreshold(int neuron) {
        return SPIKE_THRESHOLD;
    }

    @Override
    protected void derivatives(int index, double[] y, double[] f) {
        int s = setOf[index];
        double v = y[V];
        double m = y[M];
        double hh = y[H];
        double n = y[N];
        // the inhibitory current carries the (negative) sign of its weights
        f[V] = (-ionicCurrents(s, y) + iStim[index] + iE[s] + y[IEX] + y[IIN]) / cM[s];
        f[M] = alphaM(v) * (1 - m) - betaM(v) * m;
        f[H] = alphaH(v) * (1 - hh) - betaH(v) * hh;
        f[N] = alphaN(v) * (1 - n) - betaN(v) * n;
        f[DEX] = -y[DEX] / tauEx[s];
        f[IEX] = y[DEX] - y[IEX] / tauEx[s];
        f[DIN] = -y[DIN] / tauIn[s];
        f[IIN] = y[DIN] - y[IIN] / tauIn[s];
    }
}
