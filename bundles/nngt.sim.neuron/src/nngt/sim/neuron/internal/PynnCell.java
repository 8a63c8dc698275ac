package nngt.sim.neuron.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nngt.sim.api.SimulationPlan.NeuronRange;

/**
 * The PyNN standard cell that stands for a NEST neuron model, with the translation of NEST's parameters
 * (pF, pA, nS, mV, ms) into PyNN's (nF, nA, uS, mV, ms). NEST's names and defaults come from the plan (the
 * catalog); the only literals here are PyNN's units, the fixed spike peak of PyNN's Izhikevich mechanism and
 * where PyNN's adaptive exponential cell detects a spike ({@link #SPIKE_SLOPE_FACTORS}).
 *
 * <p>A NEST parameter without a PyNN counterpart is accepted only at its catalog default (it then changes
 * nothing); any other value is refused with the parameter, the group and what would be valid.
 */
public enum PynnCell {
    /** iaf_psc_alpha as IF_curr_alpha (both: alpha current of peak w at t = tau_syn). */
    IAF_PSC_ALPHA("iaf_psc_alpha", "IF_curr_alpha", false, Set.of("V_min")),
    /** iaf_psc_exp as IF_curr_exp. */
    IAF_PSC_EXP("iaf_psc_exp", "IF_curr_exp", false, Set.of("delta")),
    /** iaf_cond_exp as IF_cond_exp (tau_m = C_m / g_L). */
    IAF_COND_EXP("iaf_cond_exp", "IF_cond_exp", true, Set.of()),
    /** iaf_cond_alpha as IF_cond_alpha (both: alpha conductance of peak w at t = tau_syn). */
    IAF_COND_ALPHA("iaf_cond_alpha", "IF_cond_alpha", true, Set.of()),
    /** izhikevich as Izhikevich (input spikes make v jump by the weight in mV, as in NEST). */
    IZHIKEVICH("izhikevich", "Izhikevich", false, Set.of("V_th", "V_min", "consistent_integration")),
    /**
     * hh_cond_exp_traub as HH_cond_exp (both: Traub and Miles's rate functions around V_T, exponential
     * conductances). NEST's t_ref only suppresses spike detection; PyNN detects one spike per crossing of 10 mV.
     */
    HH_COND_EXP_TRAUB("hh_cond_exp_traub", "HH_cond_exp", true, Set.of("t_ref")),
    /**
     * aeif_cond_alpha as EIF_cond_alpha_isfa_ista. PyNN's AdExpIF mechanism detects a spike at the end of a step in
     * which v passed v_spike; at NEST's V_peak (0 mV) the fixed step's linearised exponential current has, in that
     * step, already thrown v to hundreds of mV above or below (then the spike is lost and the cell fires
     * irregularly), so v_spike is {@value #SPIKE_SLOPE_FACTORS} slope factors above V_th, where the exponential
     * current (e^5 ≈ 150 times g_L·Delta_T) makes the spike certain, or V_peak where that is lower.
     */
    AEIF_COND_ALPHA("aeif_cond_alpha", "EIF_cond_alpha_isfa_ista", true, Set.of("gsl_error_tol"));

    /** How many slope factors (Delta_T) above V_th PyNN's adaptive exponential cell detects a spike. */
    public static final double SPIKE_SLOPE_FACTORS = 5.0;

    /** PyNN's Izhikevich mechanism detects spikes at this fixed peak (mV); NEST's V_th must equal it. */
    public static final double PYNN_IZHIKEVICH_PEAK_MV = 30.0;

    private final String nestModel;
    private final String pynnCell;
    private final boolean conductanceBased;
    /**
     * NEST parameters with no PyNN counterpart, accepted at their catalog default only (iaf_psc_exp's rho is not
     * listed: the escape-noise intensity acts only when delta is above its default 0).
     */
    private final Set<String> withoutCounterpart;

    PynnCell(String nestModel, String pynnCell, boolean conductanceBased, Set<String> withoutCounterpart) {
        this.nestModel = nestModel;
        this.pynnCell = pynnCell;
        this.conductanceBased = conductanceBased;
        this.withoutCounterpart = withoutCounterpart;
    }

    /** @return the NEST model name */
    public String nestModel() {
        return nestModel;
    }

    /** @return the PyNN standard cell class */
    public String pynnCell() {
        return pynnCell;
    }

    /** @return whether weights are conductances (positive, receptor chosen by sign) rather than signed currents */
    public boolean conductanceBased() {
        return conductanceBased;
    }

    /**
     * The cell for a NEST model.
     *
     * @param nestModel a NEST neuron model name
     * @return the cell, empty when PyNN has none for it
     */
    public static Optional<PynnCell> of(String nestModel) {
        return Arrays.stream(values()).filter(c -> c.nestModel.equals(nestModel)).findFirst();
    }

    /** @return the NEST models PyNN can stand for, in declaration order */
    public static List<String> nestModels() {
        return Arrays.stream(values()).map(PynnCell::nestModel).toList();
    }

    /**
     * A NEST weight in PyNN's unit, with NEST's sign: pA to nA and nS to uS, mV unchanged for izhikevich.
     *
     * @param nestWeight the weight in the target model's NEST unit
     * @return the weight in PyNN's unit
     */
    public double pynnWeight(double nestWeight) {
        return this == IZHIKEVICH ? nestWeight : nestWeight / 1000;
    }

    /**
     * The PyNN parameters of a range, one array per name (length 1 when all neurons share the value).
     *
     * @param range the range
     * @return PyNN parameter name to values, in PyNN's units, in a fixed order
     * @throws IllegalArgumentException when a NEST parameter has no PyNN counterpart and differs from its default,
     *                                  or a value PyNN cannot represent is set
     */
    public Map<String, double[]> parameters(NeuronRange range) {
        checkWithoutCounterpart(range);
        Function<String, double[]> nest = name -> values(range, name);
        Map<String, double[]> pynn = new LinkedHashMap<>();
        switch (this) {
            case IAF_PSC_ALPHA, IAF_PSC_EXP -> {
                pynn.put("cm", thousandths(nest.apply("C_m")));
                pynn.put("tau_m", nest.apply("tau_m"));
                putThresholdAndReset(pynn, nest);
                pynn.put("tau_syn_E", nest.apply("tau_syn_ex"));
                pynn.put("tau_syn_I", nest.apply("tau_syn_in"));
            }
            case IAF_COND_EXP, IAF_COND_ALPHA -> {
                pynn.put("cm", thousandths(nest.apply("C_m")));
                pynn.put("tau_m", ratio(nest.apply("C_m"), nest.apply("g_L")));
                putThresholdAndReset(pynn, nest);
                pynn.put("tau_syn_E", nest.apply("tau_syn_ex"));
                pynn.put("tau_syn_I", nest.apply("tau_syn_in"));
                pynn.put("e_rev_E", nest.apply("E_ex"));
                pynn.put("e_rev_I", nest.apply("E_in"));
            }
            case AEIF_COND_ALPHA -> {
                requireDefaultRefractoryPeriod(range);
                pynn.put("cm", thousandths(nest.apply("C_m")));
                pynn.put("tau_m", ratio(nest.apply("C_m"), nest.apply("g_L")));
                putThresholdAndReset(pynn, nest);
                pynn.put("v_spike", spikeDetection(nest.apply("V_th"), nest.apply("Delta_T"),
                        nest.apply("V_peak")));
                pynn.put("a", nest.apply("a"));
                pynn.put("b", thousandths(nest.apply("b")));
                pynn.put("delta_T", nest.apply("Delta_T"));
                pynn.put("tau_w", nest.apply("tau_w"));
                pynn.put("tau_syn_E", nest.apply("tau_syn_ex"));
                pynn.put("tau_syn_I", nest.apply("tau_syn_in"));
                pynn.put("e_rev_E", nest.apply("E_ex"));
                pynn.put("e_rev_I", nest.apply("E_in"));
            }
            case HH_COND_EXP_TRAUB -> {
                pynn.put("gbar_Na", thousandths(nest.apply("g_Na")));
                pynn.put("gbar_K", thousandths(nest.apply("g_K")));
                pynn.put("g_leak", thousandths(nest.apply("g_L")));
                pynn.put("cm", thousandths(nest.apply("C_m")));
                pynn.put("v_offset", nest.apply("V_T"));
                pynn.put("e_rev_Na", nest.apply("E_Na"));
                pynn.put("e_rev_K", nest.apply("E_K"));
                pynn.put("e_rev_leak", nest.apply("E_L"));
                pynn.put("e_rev_E", nest.apply("E_ex"));
                pynn.put("e_rev_I", nest.apply("E_in"));
                pynn.put("tau_syn_E", nest.apply("tau_syn_ex"));
                pynn.put("tau_syn_I", nest.apply("tau_syn_in"));
            }
            case IZHIKEVICH -> {
                pynn.put("a", nest.apply("a"));
                pynn.put("b", nest.apply("b"));
                pynn.put("c", nest.apply("c"));
                pynn.put("d", nest.apply("d"));
            }
            default -> throw new IllegalStateException(name());
        }
        // NEST's I_e (pA) and PyNN's i_offset (nA) are both added to the membrane current; for izhikevich both
        // are in mV/ms once divided by the capacitance PyNN gives the cell (1 pF)
        pynn.put("i_offset", thousandths(nest.apply("I_e")));
        return pynn;
    }

    /**
     * The PyNN initial values of a range.
     *
     * @param range the range
     * @return PyNN state name to values, in PyNN's units
     */
    public Map<String, double[]> initialValues(NeuronRange range) {
        Map<String, double[]> initial = new LinkedHashMap<>();
        initial.put("v", values(range, "V_m"));
        switch (this) {
            case IAF_COND_EXP, IAF_COND_ALPHA, HH_COND_EXP_TRAUB -> {
                putIfSet(initial, range, "g_ex", "gsyn_exc");
                putIfSet(initial, range, "g_in", "gsyn_inh");
            }
            case IZHIKEVICH -> initial.put("u", values(range, "U_m"));
            case AEIF_COND_ALPHA -> {
                initial.put("w", thousandths(values(range, "w")));
                putIfSet(initial, range, "g_ex", "gsyn_exc");
                putIfSet(initial, range, "g_in", "gsyn_inh");
            }
            default -> {
                // the current-based cells have no state besides v that NEST lets a model set
            }
        }
        return initial;
    }

    /**
     * The initial gating variables of PyNN's {@code hh_traub} mechanism (m, h, n) that stand for NEST's state.
     * PyNN cannot set them: the mechanism's INITIAL block sets all three to 0 (sodium fully inactivated), where
     * NEST starts at Act_m, Inact_h, Act_n (by default near 0, 1, 0), so the script sets them after NEURON's
     * initialisation.
     *
     * @param range the range
     * @return mechanism variable to values in a fixed order; empty for cells without gating variables
     */
    public Map<String, double[]> gating(NeuronRange range) {
        if (this != HH_COND_EXP_TRAUB) {
            return Map.of();
        }
        Map<String, double[]> gating = new LinkedHashMap<>();
        gating.put("m", values(range, "Act_m"));
        gating.put("h", values(range, "Inact_h"));
        gating.put("n", values(range, "Act_n"));
        return gating;
    }

    /**
     * The PyNN variable a NEST recordable is recorded as, with the factor back to NEST's unit.
     *
     * @param recordable the NEST recordable name
     * @return the PyNN variable and factor, empty when the cell cannot record it
     */
    public Optional<Recordable> recordable(String recordable) {
        Recordable found = switch (recordable) {
            case "V_m" -> new Recordable("v", 1.0);
            case "g_ex" -> conductanceBased ? new Recordable("gsyn_exc", 1e3) : null;
            case "g_in" -> conductanceBased ? new Recordable("gsyn_inh", 1e3) : null;
            case "U_m" -> this == IZHIKEVICH ? new Recordable("u", 1.0) : null;
            case "w" -> this == AEIF_COND_ALPHA ? new Recordable("w", 1e3) : null;
            default -> null;
        };
        return Optional.ofNullable(found);
    }

    /**
     * A PyNN recordable variable.
     *
     * @param variable the PyNN variable name
     * @param toNest   the factor from PyNN's unit to NEST's (uS to nS and nA to pA: 1000)
     */
    public record Recordable(String variable, double toNest) {
    }

    /**
     * NEST's default t_ref of the adaptive cell (0) only: with a refractory period PyNN's AdExpIF clamps v through a
     * conductance from its earlier detection on, and was measured one spike off NEST in 1 s (t_ref 2 ms, 1500 pA).
     */
    private static void requireDefaultRefractoryPeriod(NeuronRange range) {
        double valid = range.defaults().getOrDefault("t_ref", Double.NaN);
        double[] set = range.parameters().get("t_ref");
        for (double value : set == null ? new double[0] : set) {
            if (!Double.isNaN(value) && Double.compare(value, valid) != 0) {
                throw new IllegalArgumentException("group '" + range.group() + "' (aeif_cond_alpha) sets t_ref = "
                        + value + "; PyNN's EIF_cond_alpha_isfa_ista clamps v through a conductance from its earlier "
                        + "spike detection on and fired one spike more than NEST in 1 s with t_ref = 2 ms at 1500 pA, "
                        + "so only " + valid + " (NEST's default) can be run on NEURON");
            }
        }
    }

    /** PyNN's v_spike per neuron: SPIKE_SLOPE_FACTORS slope factors above V_th, at most V_peak. */
    private static double[] spikeDetection(double[] vTh, double[] deltaT, double[] vPeak) {
        int n = Math.max(vTh.length, Math.max(deltaT.length, vPeak.length));
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            double threshold = vTh[vTh.length == 1 ? 0 : i];
            double slope = deltaT[deltaT.length == 1 ? 0 : i];
            result[i] = Math.min(threshold + SPIKE_SLOPE_FACTORS * slope, vPeak[vPeak.length == 1 ? 0 : i]);
        }
        return result;
    }

    private static void putThresholdAndReset(Map<String, double[]> pynn, Function<String, double[]> nest) {
        pynn.put("v_rest", nest.apply("E_L"));
        pynn.put("v_thresh", nest.apply("V_th"));
        pynn.put("v_reset", nest.apply("V_reset"));
        pynn.put("tau_refrac", nest.apply("t_ref"));
    }

    private void checkWithoutCounterpart(NeuronRange range) {
        for (String name : withoutCounterpart) {
            double[] set = range.parameters().get(name);
            if (set == null) {
                continue;
            }
            double valid = name.equals("V_th") && this == IZHIKEVICH ? PYNN_IZHIKEVICH_PEAK_MV
                    : range.defaults().getOrDefault(name, Double.NaN);
            for (double value : set) {
                if (!Double.isNaN(value) && Double.compare(value, valid) != 0) {
                    throw new IllegalArgumentException("group '" + range.group() + "' (" + nestModel + ") sets "
                            + name + " = " + value + "; PyNN's " + pynnCell + " has no counterpart for " + name
                            + ", so only " + valid + " (" + (name.equals("V_th") && this == IZHIKEVICH
                                    ? "the spike peak of PyNN's Izhikevich mechanism" : "NEST's default")
                            + ") can be run on NEURON");
                }
            }
        }
    }

    private static void putIfSet(Map<String, double[]> initial, NeuronRange range, String nestName,
            String pynnName) {
        if (range.parameters().containsKey(nestName)) {
            initial.put(pynnName, thousandths(values(range, nestName)));
        }
    }

    /** One value per neuron, or one value for all, with NaN (left at default) replaced by the default. */
    private static double[] values(NeuronRange range, String name) {
        double[] set = range.parameters().get(name);
        if (set == null || set.length == 1) {
            return new double[] {range.value(name, 0)};
        }
        double[] values = new double[range.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = range.value(name, i);
        }
        return values;
    }

    /** Values divided by 1000 (pF to nF, pA to nA, nS to uS); a division keeps 350 pA as 0.35 nA exactly. */
    private static double[] thousandths(double[] values) {
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = values[i] / 1000;
        }
        return scaled;
    }

    private static double[] ratio(double[] numerator, double[] denominator) {
        int n = Math.max(numerator.length, denominator.length);
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = numerator[numerator.length == 1 ? 0 : i] / denominator[denominator.length == 1 ? 0 : i];
        }
        return result;
    }
}
