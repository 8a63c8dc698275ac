package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nngt.sim.api.SimulationPlan.NeuronRange;

/**
 * NEST's conductance-based and adaptive exponential integrate-and-fire models, integrated with
 * {@link Rkf45} at {@code gsl_error_tol} (1e-6) inside every step, the integration step carried over
 * between steps as NEST does:
 * <ul>
 * <li>{@code aeif_psc_alpha}, {@code aeif_psc_exp}, {@code aeif_cond_alpha}, {@code aeif_cond_exp}: spikes
 * are detected after each accepted sub-step when V ≥ V_peak (V_th when Delta_T = 0): V ← V_reset,
 * w ← w + b, refractory for t_ref; V is clamped at V_reset and its derivative is 0 while refractory,
 * and the exponential term uses min(V, V_peak);</li>
 * <li>{@code iaf_cond_alpha}, {@code iaf_cond_exp}: the step is integrated first, then the threshold
 * V ≥ V_th is tested; V is held at V_reset while refractory.</li>
 * </ul>
 * The iaf_cond models use GSL tolerance 1e-3 as NEST does. Conductance weights are in nS; an
 * inhibitory (negative) weight raises the inhibitory conductance.
 */
public final class AdaptiveNeuron extends NeuronPopulation {

    /** The variants, named after NEST's models. */
    public enum Variant {
        /** aeif_psc_alpha. */
        AEIF_PSC_ALPHA(true, false, true),
        /** aeif_psc_exp. */
        AEIF_PSC_EXP(true, false, false),
        /** aeif_cond_alpha. */
        AEIF_COND_ALPHA(true, true, true),
        /** aeif_cond_exp. */
        AEIF_COND_EXP(true, true, false),
        /** iaf_cond_alpha. */
        IAF_COND_ALPHA(false, true, true),
        /** iaf_cond_exp. */
        IAF_COND_EXP(false, true, false);

        final boolean adaptive;
        final boolean conductance;
        final boolean alpha;

        Variant(boolean adaptive, boolean conductance, boolean alpha) {
            this.adaptive = adaptive;
            this.conductance = conductance;
            this.alpha = alpha;
        }
    }

    private static final double LARGE_V = 1e3;

    private final Variant variant;
    private final int dim;
    // state layout: V, [dEx], ex, [dIn], in, [w]
    private final int exIndex;
    private final int inIndex;
    private final int wIndex;
    private final int[] setOf;
    private final double[] cM, gL, eL, vTh, vReset, vPeak, deltaT, a, b, tauW, iE, tauEx, tauIn, eEx, eIn, tol;
    private final int[] refractoryCounts;
    private final double[] state;
    private final double[] integrationStep;
    private final double[] iStim;
    private final int[] r;
    private final String[] recordables;

    /**
     * Creates the neurons.
     *
     * @param variant the model
     * @param range   the range
     * @param h       resolution
     * @throws IllegalArgumentException when a parameter violates NEST's constraints
     */
    public AdaptiveNeuron(Variant variant, NeuronRange range, double h) {
        super(range.firstId(), range.size(), h);
        this.variant = variant;
        dim = 1 + (variant.alpha ? 4 : 2) + (variant.adaptive ? 1 : 0);
        exIndex = variant.alpha ? 2 : 1;
        inIndex = variant.alpha ? 4 : 2;
        wIndex = variant.adaptive ? dim - 1 : -1;
        Map<String, Double> states = new LinkedHashMap<>();
        states.put("V_m", Double.NaN);
        if (variant.adaptive) {
            states.put("w", 0.0);
        }
        String ex = variant.conductance ? "g_ex" : "I_syn_ex";
        String in = variant.conductance ? "g_in" : "I_syn_in";
        states.put(ex, 0.0);
        states.put(in, 0.0);
        recordables = variant.adaptive ? new String[] {"V_m", ex, in, "w"} : new String[] {"V_m", ex, in};
        ParameterTable t = new ParameterTable(range, defaults(variant), states);
        int sets = t.setCount();
        cM = new double[sets]; gL = new double[sets]; eL = new double[sets]; vTh = new double[sets];
        vReset = new double[sets]; vPeak = new double[sets]; deltaT = new double[sets]; a = new double[sets];
        b = new double[sets]; tauW = new double[sets]; iE = new double[sets]; tauEx = new double[sets];
        tauIn = new double[sets]; eEx = new double[sets]; eIn = new double[sets]; tol = new double[sets];
        refractoryCounts = new int[sets];
        for (int s = 0; s < sets; s++) {
            cM[s] = t.get(s, "C_m");
            gL[s] = t.get(s, "g_L");
            eL[s] = t.get(s, "E_L");
            vTh[s] = t.get(s, "V_th");
            vReset[s] = t.get(s, "V_reset");
            iE[s] = t.get(s, "I_e");
            tauEx[s] = t.get(s, "tau_syn_ex");
            tauIn[s] = t.get(s, "tau_syn_in");
            double tRef = t.get(s, "t_ref");
            t.require(cM[s] > 0, "C_m", cM[s], "it must be > 0");
            t.require(tRef >= 0, "t_ref", tRef, "it must be >= 0");
            t.require(tauEx[s] > 0, "tau_syn_ex", tauEx[s], "it must be > 0");
            t.require(tauIn[s] > 0, "tau_syn_in", tauIn[s], "it must be > 0");
            refractoryCounts[s] = steps(tRef, h);
            if (variant.conductance) {
                eEx[s] = t.get(s, "E_ex");
                eIn[s] = t.get(s, "E_in");
            }
            if (variant.adaptive) {
                deltaT[s] = t.get(s, "Delta_T");
                a[s] = t.get(s, "a");
                b[s] = t.get(s, "b");
                tauW[s] = t.get(s, "tau_w");
                tol[s] = t.get(s, "gsl_error_tol");
                double peak = t.get(s, "V_peak");
                t.require(vReset[s] < peak, "V_reset", vReset[s], "it must be below V_peak = " + peak);
                t.require(peak >= vTh[s], "V_peak", peak, "it must be >= V_th = " + vTh[s]);
                t.require(deltaT[s] >= 0, "Delta_T", deltaT[s], "it must be >= 0");
                t.require(tauW[s] > 0, "tau_w", tauW[s], "it must be > 0");
                t.require(tol[s] > 0, "gsl_error_tol", tol[s], "it must be > 0");
                if (deltaT[s] > 0) {
                    t.require((peak - vTh[s]) / deltaT[s] < Math.log(Double.MAX_VALUE / 1e20), "V_peak", peak,
                            "(V_peak − V_th)/Delta_T must stay below the largest safe exponent");
                }
                vPeak[s] = deltaT[s] > 0 ? peak : vTh[s];
            } else {
                tol[s] = 1e-3;
                t.require(vReset[s] < vTh[s], "V_reset", vReset[s], "it must be below V_th = " + vTh[s]);
            }
        }
        setOf = t.setOfNeuron();
        double initialVoltage = defaults(variant).get("E_L");
        state = new double[size * dim];
        integrationStep = new double[size];
        iStim = new double[size];
        r = new int[size];
        for (int i = 0; i < size; i++) {
            int s = setOf[i];
            // NEST's initial V_m is the model's default E_L: setting E_L later does not move the state
            state[i * dim] = t.state("V_m", i, initialVoltage);
            state[i * dim + exIndex] = t.state(ex, i, 0);
            state[i * dim + inIndex] = t.state(in, i, 0);
            if (variant.adaptive) {
                state[i * dim + wIndex] = t.state("w", i, 0);
            }
            integrationStep[i] = h;
        }
    }

    /**
     * NEST's defaults of a variant.
     *
     * @param variant the model
     * @return parameter names with defaults
     */
    static LinkedHashMap<String, Double> defaults(Variant variant) {
        LinkedHashMap<String, Double> p = new LinkedHashMap<>();
        if (variant.adaptive) {
            p.put("C_m", 281.0);
            p.put("g_L", 30.0);
            p.put("E_L", -70.6);
            p.put("V_th", -50.4);
            p.put("V_reset", -60.0);
            p.put("V_peak", 0.0);
            p.put("t_ref", 0.0);
            p.put("Delta_T", 2.0);
            p.put("a", 4.0);
            p.put("b", 80.5);
            p.put("tau_w", 144.0);
            p.put("gsl_error_tol", 1e-6);
        } else {
            p.put("C_m", 250.0);
            p.put("g_L", 16.6667);
            p.put("E_L", -70.0);
            p.put("V_th", -55.0);
            p.put("V_reset", -60.0);
            p.put("t_ref", 2.0);
        }
        p.put("I_e", 0.0);
        p.put("tau_syn_ex", 0.2);
        p.put("tau_syn_in", 2.0);
        if (variant.conductance) {
            p.put("E_ex", 0.0);
            p.put("E_in", -85.0);
        }
        return CommonParameters.withArchiving(p);
    }

    @Override
    public void update(int from, int to, int step, double[] ex, double[] in, int slotBase, double[] stim,
            long[] rng, SpikeBuffer spikes) {
        double[] y = new double[dim];
        double[] proposal = new double[1];
        Rkf45 integrator = null;
        double integratorTolerance = Double.NaN;
        Neuron neuron = new Neuron();
        for (int id = from; id < to; id++) {
            int i = id - firstId;
            int s = setOf[i];
            if (integrator == null || integratorTolerance != tol[s]) {
                integrator = new Rkf45(dim, tol[s]);
                integratorTolerance = tol[s];
            }
            System.arraycopy(state, i * dim, y, 0, dim);
            neuron.set = s;
            neuron.index = i;
            proposal[0] = integrationStep[i];
            double t = 0;
            boolean spiked = false;
            while (t < h) {
                t += integrator.advance(neuron, y, proposal, h - t);
                if (y[0] < -LARGE_V || (variant.adaptive && Math.abs(y[wIndex]) > 1e6)) {
                    throw new IllegalStateException("run: numerical instability in neuron " + id + " ("
                            + variant.name().toLowerCase() + ") at step " + step + ": V = " + y[0]
                            + (variant.adaptive ? ", w = " + y[wIndex] : ""));
                }
                if (variant.adaptive) {
                    if (r[i] > 0) {
                        y[0] = vReset[s];
                    } else if (y[0] >= vPeak[s]) {
                        y[0] = vReset[s];
                        y[wIndex] += b[s];
                        // +1 compensates the decrement after the step; no refractory artefact when t_ref = 0
                        r[i] = refractoryCounts[s] > 0 ? refractoryCounts[s] + 1 : 0;
                        spiked = true;
                    }
                }
            }
            integrationStep[i] = proposal[0];
            if (variant.adaptive) {
                if (r[i] > 0) {
                    r[i]--;
                }
            } else if (r[i] > 0) {
                r[i]--;
                y[0] = vReset[s];
            } else if (y[0] >= vTh[s]) {
                r[i] = refractoryCounts[s];
                y[0] = vReset[s];
                spiked = true;
            }
            double exIn = ex[slotBase + id];
            double inIn = -in[slotBase + id];
            if (variant.alpha) {
                y[exIndex - 1] += exIn * Math.E / tauEx[s];
                y[inIndex - 1] += inIn * Math.E / tauIn[s];
            } else {
                y[exIndex] += exIn;
                y[inIndex] += inIn;
            }
            System.arraycopy(y, 0, state, i * dim, dim);
            if (spiked) {
                spikes.add(id, step);
            }
            iStim[i] = stim[id];
        }
    }

    /** The right-hand side for one neuron; fields point at its parameter set and index. */
    private final class Neuron implements Rkf45.OdeSystem {
        int set;
        int index;

        @Override
        public void derivatives(double[] y, double[] f) {
            int s = set;
            boolean refractory = r[index] > 0;
            double v = refractory ? vReset[s] : (variant.adaptive ? Math.min(y[0], vPeak[s]) : y[0]);
            double ex = y[exIndex];
            double in = y[inIndex];
            double synaptic;
            if (variant.conductance) {
                synaptic = -ex * (v - eEx[s]) - in * (v - eIn[s]);
            } else {
                synaptic = ex - in;
            }
            double spike = 0;
            double w = 0;
            if (variant.adaptive) {
                w = y[wIndex];
                spike = deltaT[s] == 0 ? 0 : gL[s] * deltaT[s] * Math.exp((v - vTh[s]) / deltaT[s]);
                f[wIndex] = (a[s] * (v - eL[s]) - w) / tauW[s];
            }
            f[0] = refractory ? 0
                    : (-gL[s] * (v - eL[s]) + spike + synaptic - w + iE[s] + iStim[index]) / cM[s];
            if (variant.alpha) {
                f[exIndex - 1] = -y[exIndex - 1] / tauEx[s];
                f[exIndex] = y[exIndex - 1] - ex / tauEx[s];
                f[inIndex - 1] = -y[inIndex - 1] / tauIn[s];
                f[inIndex] = y[inIndex - 1] - in / tauIn[s];
            } else {
                f[exIndex] = -ex / tauEx[s];
                f[inIndex] = -in / tauIn[s];
            }
        }
    }

    @Override
    public String[] recordables() {
        return recordables.clone();
    }

    @Override
    public double recordable(int which, int neuron) {
        int i = neuron - firstId;
        return switch (which) {
            case 0 -> state[i * dim];
            case 1 -> state[i * dim + exIndex];
            case 2 -> state[i * dim + inIndex];
            default -> state[i * dim + wIndex];
        };
    }
}
