package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nngt.catalog.NestFamily;
import nngt.sim.api.CatalogValues;
import nngt.sim.api.SimulationPlan.NeuronRange;

/**
 * NEST's {@code hh_cond_exp_traub}: the Hodgkin–Huxley model of Traub and Miles (1991), whose rate functions
 * are shifted by V_T, with exponentially decaying excitatory and inhibitory conductances
 * ({@link HodgkinHuxleyPopulation}: RKF45, inputs after the step, a spike when V ≥ V_T + 30 mV falls, V not
 * reset). The gating variables start at the catalog's (NEST's) initial values unless the model sets them.
 */
public final class HhCondExpTraub extends HodgkinHuxleyPopulation {

    /** NEST's name of the model. */
    public static final String MODEL = "hh_cond_exp_traub";

    private static final int DIM = 6;
    private static final int M = 1, H = 2, N = 3, GEX = 4, GIN = 5;
    private static final String[] RECORDABLES = {"V_m", "g_ex", "g_in", "Act_m", "Inact_h", "Act_n"};
    private static final int[] RECORDED = {V, GEX, GIN, M, H, N};
    /** NEST's threshold for spike detection, relative to V_T (mV). */
    private static final double SPIKE_ABOVE_V_T = 30.0;
    private static final List<String> PARAMETERS = List.of("g_Na", "g_K", "g_L", "C_m", "E_Na", "E_K", "E_L",
            "V_T", "E_ex", "E_in", "tau_syn_ex", "tau_syn_in", "t_ref", "I_e");
    private static final List<String> GATING = List.of("Act_m", "Inact_h", "Act_n");

    private final int[] setOf;
    private final double[] cM, gNa, gK, gL, eNa, eK, eL, vT, eEx, eIn, tauEx, tauIn, iE;
    private final int[] refractoryCounts;

    /**
     * Creates the neurons.
     *
     * @param range the range
     * @param h     resolution
     * @throws IllegalArgumentException when a parameter violates NEST's constraints
     */
    public HhCondExpTraub(NeuronRange range, double h) {
        super(range, h, DIM, RECORDABLES, RECORDED);
        Map<String, Double> catalog = CatalogValues.defaults(MODEL, NestFamily.NEST_3_10);
        Map<String, Double> states = new LinkedHashMap<>();
        states.put("V_m", catalog.get("V_m"));
        for (String gating : GATING) {
            states.put(gating, catalog.get(gating));
        }
        ParameterTable t = new ParameterTable(range, defaults(), states);
        int sets = t.setCount();
        cM = new double[sets]; gNa = new double[sets]; gK = new double[sets]; gL = new double[sets];
        eNa = new double[sets]; eK = new double[sets]; eL = new double[sets]; vT = new double[sets];
        eEx = new double[sets]; eIn = new double[sets]; tauEx = new double[sets]; tauIn = new double[sets];
        iE = new double[sets]; refractoryCounts = new int[sets];
        for (int s = 0; s < sets; s++) {
            cM[s] = t.get(s, "C_m");
            gNa[s] = t.get(s, "g_Na");
            gK[s] = t.get(s, "g_K");
            gL[s] = t.get(s, "g_L");
            eNa[s] = t.get(s, "E_Na");
            eK[s] = t.get(s, "E_K");
            eL[s] = t.get(s, "E_L");
            vT[s] = t.get(s, "V_T");
            eEx[s] = t.get(s, "E_ex");
            eIn[s] = t.get(s, "E_in");
            tauEx[s] = t.get(s, "tau_syn_ex");
            tauIn[s] = t.get(s, "tau_syn_in");
            iE[s] = t.get(s, "I_e");
            double tRef = t.get(s, "t_ref");
            t.require(cM[s] > 0, "C_m", cM[s], "it must be > 0");
            t.require(tRef >= 0, "t_ref", tRef, "it must be >= 0");
            t.require(tauEx[s] > 0, "tau_syn_ex", tauEx[s], "it must be > 0");
            t.require(tauIn[s] > 0, "tau_syn_in", tauIn[s], "it must be > 0");
            refractoryCounts[s] = steps(tRef, h);
        }
        setOf = t.setOfNeuron();
        for (int i = 0; i < size; i++) {
            state[i * DIM + V] = t.state("V_m", i, Double.NaN);
            state[i * DIM + M] = t.state("Act_m", i, Double.NaN);
            state[i * DIM + H] = t.state("Inact_h", i, Double.NaN);
            state[i * DIM + N] = t.state("Act_n", i, Double.NaN);
            for (int k = M; k <= N; k++) {
                t.require(state[i * DIM + k] >= 0, GATING.get(k - M), state[i * DIM + k],
                        "(in)activation variables must be >= 0");
            }
        }
    }

    /** @return the parameter names with the catalog's (NEST 3.10's) defaults, then the archiving parameters */
    static LinkedHashMap<String, Double> defaults() {
        Map<String, Double> catalog = CatalogValues.defaults(MODEL, NestFamily.NEST_3_10);
        LinkedHashMap<String, Double> p = new LinkedHashMap<>();
        for (String name : PARAMETERS) {
            p.put(name, catalog.get(name));
        }
        return CommonParameters.withArchiving(p);
    }

    @Override
    protected void addSpikeInputs(int neuron, double[] y, double excitatory, double inhibitory) {
        // conductances are positive; the inhibitory buffer holds NEST's negative weights
        y[GEX] += excitatory;
        y[GIN] -= inhibitory;
    }

    @Override
    protected double spikeThreshold(int neuron) {
        return vT[setOf[neuron]] + SPIKE_ABOVE_V_T;
    }

    @Override
    protected int refractorySteps(int neuron) {
        return refractoryCounts[setOf[neuron]];
    }

    /** NEST's hh_cond_exp_traub_dynamics. */
    @Override
    protected void derivatives(int index, double[] y, double[] f) {
        int s = setOf[index];
        double v = y[V];
        double m = y[M];
        double hh = y[H];
        double n = y[N];
        double iNa = gNa[s] * m * m * m * hh * (v - eNa[s]);
        double iK = gK[s] * n * n * n * n * (v - eK[s]);
        double iLeak = gL[s] * (v - eL[s]);
        double iSyn = y[GEX] * (v - eEx[s]) + y[GIN] * (v - eIn[s]);
        f[V] = (-(iNa + iK + iLeak + iSyn) + iStim[index] + iE[s]) / cM[s];
        double u = v - vT[s];
        double alphaN = 0.032 * (15. - u) / (Math.exp((15. - u) / 5.) - 1.);
        double betaN = 0.5 * Math.exp((10. - u) / 40.);
        double alphaM = 0.32 * (13. - u) / (Math.exp((13. - u) / 4.) - 1.);
        double betaM = 0.28 * (u - 40.) / (Math.exp((u - 40.) / 5.) - 1.);
        double alphaH = 0.128 * Math.exp((17. - u) / 18.);
        double betaH = 4. / (1. + Math.exp((40. - u) / 5.));
        f[M] = alphaM - (alphaM + betaM) * m;
        f[H] = alphaH - (alphaH + betaH) * hh;
        f[N] = alphaN - (alphaN + betaN) * n;
        f[GEX] = -y[GEX] / tauEx[s];
        f[GIN] = -y[GIN] / tauIn[s];
    }
}
