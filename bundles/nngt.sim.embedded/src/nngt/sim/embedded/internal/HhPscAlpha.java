package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nngt.sim.api.SimulationPlan.NeuronRange;

/**
 * NEST's {@code hh_psc_alpha}: Hodgkin–Huxley sodium, potassium and leak currents with alpha-shaped
 * synaptic currents, integrated with {@link Rkf45} at NEST's tolerance for this model (1e-3). A spike is
 * emitted at the end of a step, outside refractoriness, when V ≥ 0 mV and V fell during the step (just
 * past the action potential's peak); V is not reset. Gating variables start at their equilibrium at the
 * initial V_m (−65 mV).
 */
public final class HhPscAlpha extends NeuronPopulation {

    private static final int DIM = 8;
    private static final int V = 0, M = 1, H = 2, N = 3, DEX = 4, IEX = 5, DIN = 6, IIN = 7;
    private static final String[] RECORDABLES = {"V_m", "I_syn_ex", "I_syn_in", "Act_m", "Inact_h", "Act_n"};

    private final int[] setOf;
    private final double[] cM, gNa, gK, gL, eNa, eK, eL, tauEx, tauIn, iE;
    private final int[] refractoryCounts;
    private final double[] state;
    private final double[] integrationStep;
    private final double[] iStim;
    private final int[] r;

    /**
     * Creates the neurons.
     *
     * @param range the range
     * @param h     resolution
     * @throws IllegalArgumentException when a parameter violates NEST's constraints
     */
    public HhPscAlpha(NeuronRange range, double h) {
        super(range.firstId(), range.size(), h);
        ParameterTable t = new ParameterTable(range, defaults(),
                Map.of("V_m", -65.0, "Act_m", Double.NaN, "Inact_h", Double.NaN, "Act_n", Double.NaN));
        int sets = t.setCount();
        cM = new double[sets]; gNa = new double[sets]; gK = new double[sets]; gL = new double[sets];
        eNa = new double[sets]; eK = new double[sets]; eL = new double[sets]; tauEx = new double[sets];
        tauIn = new double[sets]; iE = new double[sets]; refractoryCounts = new int[sets];
        for (int s = 0; s < sets; s++) {
            cM[s] = t.get(s, "C_m");
            gNa[s] = t.get(s, "g_Na");
            gK[s] = t.get(s, "g_K");
            gL[s] = t.get(s, "g_L");
            eNa[s] = t.get(s, "E_Na");
            eK[s] = t.get(s, "E_K");
            eL[s] = t.get(s, "E_L");
            tauEx[s] = t.get(s, "tau_syn_ex");
            tauIn[s] = t.get(s, "tau_syn_in");
            iE[s] = t.get(s, "I_e");
            double tRef = t.get(s, "t_ref");
            t.require(cM[s] > 0, "C_m", cM[s], "it must be > 0");
            t.require(tRef >= 0, "t_ref", tRef, "it must be >= 0");
            t.require(tauEx[s] > 0, "tau_syn_ex", tauEx[s], "it must be > 0");
            t.require(tauIn[s] > 0, "tau_syn_in", tauIn[s], "it must be > 0");
            t.require(gNa[s] >= 0 && gK[s] >= 0 && gL[s] >= 0, "g_Na/g_K/g_L", Math.min(gNa[s], Math.min(gK[s],
                    gL[s])), "conductances must be >= 0");
            refractoryCounts[s] = steps(tRef, h);
        }
        setOf = t.setOfNeuron();
        state = new double[size * DIM];
        integrationStep = new double[size];
        iStim = new double[size];
        r = new int[size];
        for (int i = 0; i < size; i++) {
            double v = t.state("V_m", i, -65.0);
            state[i * DIM + V] = v;
            state[i * DIM + M] = t.state("Act_m", i, alphaM(v) / (alphaM(v) + betaM(v)));
            state[i * DIM + H] = t.state("Inact_h", i, alphaH(v) / (alphaH(v) + betaH(v)));
            state[i * DIM + N] = t.state("Act_n", i, alphaN(v) / (alphaN(v) + betaN(v)));
            integrationStep[i] = h;
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
    public void update(int from, int to, int step, double[] ex, double[] in, int slotBase, double[] stim,
            long[] rng, SpikeBuffer spikes) {
        double[] y = new double[DIM];
        double[] proposal = new double[1];
        Rkf45 integrator = new Rkf45(DIM, 1e-3);
        Equations equations = new Equations();
        for (int id = from; id < to; id++) {
            int i = id - firstId;
            int s = setOf[i];
            System.arraycopy(state, i * DIM, y, 0, DIM);
            double vOld = y[V];
            equations.set = s;
            equations.index = i;
            proposal[0] = integrationStep[i];
            integrator.advanceOver(equations, y, proposal, h);
            integrationStep[i] = proposal[0];
            y[DEX] += ex[slotBase + id] * Math.E / tauEx[s];
            y[DIN] += in[slotBase + id] * Math.E / tauIn[s];
            System.arraycopy(y, 0, state, i * DIM, DIM);
            if (r[i] > 0) {
                r[i]--;
            } else if (y[V] >= 0 && vOld > y[V]) {
                r[i] = refractoryCounts[s];
                spikes.add(id, step);
            }
            iStim[i] = stim[id];
        }
    }

    /** The right-hand side for one neuron. */
    private final class Equations implements Rkf45.OdeSystem {
        int set;
        int index;

        @Override
        public void derivatives(double[] y, double[] f) {
            int s = set;
            double v = y[V];
            double m = y[M];
            double hh = y[H];
            double n = y[N];
            double iNa = gNa[s] * m * m * m * hh * (v - eNa[s]);
            double iK = gK[s] * n * n * n * n * (v - eK[s]);
            double iLeak = gL[s] * (v - eL[s]);
            // the inhibitory current carries the (negative) sign of its weights
            f[V] = (-(iNa + iK + iLeak) + iStim[index] + iE[s] + y[IEX] + y[IIN]) / cM[s];
            f[M] = alphaM(v) * (1 - m) - betaM(v) * m;
            f[H] = alphaH(v) * (1 - hh) - betaH(v) * hh;
            f[N] = alphaN(v) * (1 - n) - betaN(v) * n;
            f[DEX] = -y[DEX] / tauEx[s];
            f[IEX] = y[DEX] - y[IEX] / tauEx[s];
            f[DIN] = -y[DIN] / tauIn[s];
            f[IIN] = y[DIN] - y[IIN] / tauIn[s];
        }
    }

    @Override
    public String[] recordables() {
        return RECORDABLES.clone();
    }

    @Override
    public double recordable(int which, int neuron) {
        int base = (neuron - firstId) * DIM;
        return switch (which) {
            case 0 -> state[base + V];
            case 1 -> state[base + IEX];
            case 2 -> state[base + IIN];
            case 3 -> state[base + M];
            case 4 -> state[base + H];
            default -> state[base + N];
        };
    }
}
