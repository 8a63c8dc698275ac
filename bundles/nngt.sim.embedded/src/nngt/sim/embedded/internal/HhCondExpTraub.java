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
    private static final int GEX = 4, GIN = 5;
    private static final String[] RECORDABLES = {"V_m", "g_ex", "g_in", "Act_m", "Inact_h", "Act_n"};
    private static final int[] RECORDED = {V, GEX, GIN, M, H, N};
    /** NEST's threshold for spike detection, relative to V_T (mV). */
    private static final double SPIKE_ABOVE_V_T = 30.0;
    private static final List<String> PARAMETERS = List.of("g_Na", "g_K", "g_L", "C_m", "E_Na", "E_K", "E_L",
            "V_T", "E_ex", "E_in", "tau_syn_ex", "tau_syn_in", "t_ref", "I_e");
    private static final List<String> GATING = List.of("Act_m", "Inact_h", "Act_n");

    private final double[] vT, eEx, eIn;

    /**
     * Creates the neurons.
     *
     * @param range the range
     * @param h     resolution
     * @throws IllegalArgumentException when a parameter violates NEST's constraints
     */
    public HhCondExpTraub(NeuronRange range, double h) {
        this(range, h, new ParameterTable(range, defaults(), initialStates()));
    }

    private HhCondExpTraub(NeuronRange range, double h, ParameterTable t) {
        super(range, h, DIM, RECORDABLES, RECORDED, t);
        int sets = t.setCount();
        vT = new double[sets];
        eEx = new double[sets];
        eIn = new double[sets];
        for (int s = 0; s < sets; s++) {
            vT[s] = t.get(s, "V_T");
            eEx[s] = t.get(s, "E_ex");
            eIn[s] = t.get(s, "E_in");
        }
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

    /** @return the initial V_m and gating variables: the catalog's (NEST's) */
    private static Map<String, Double> initialStates() {
        Map<String, Double> catalog = CatalogValues.defaults(MODEL, NestFamily.NEST_3_10);
        Map<String, Double> states = new LinkedHashMap<>();
        states.put("V_m", catalog.get("V_m"));
        for (String gating : GATING) {
            states.put(gating, catalog.get(gating));
        }
        return states;
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

    /** NEST's hh_cond_exp_traub_dynamics. */
    @Override
    protected void derivatives(int index, double[] y, double[] f) {
        int s = setOf[index];
        double v = y[V];
        double m = y[M];
        double hh = y[H];
        double n = y[N];
        double iSyn = y[GEX] * (v - eEx[s]) + y[GIN] * (v - eIn[s]);
        f[V] = (-(ionicCurrents(s, y) + iSyn) + iStim[index] + iE[s]) / cM[s];
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
