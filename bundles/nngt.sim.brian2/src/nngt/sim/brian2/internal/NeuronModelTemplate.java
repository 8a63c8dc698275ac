package nngt.sim.brian2.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nngt.catalog.ModelKind;
import nngt.catalog.ModelSpec;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.catalog.ParameterSpec;

/**
 * A NEST neuron model written as Brian2 equations: the parameters it reads with their Brian2 units and NEST
 * defaults, the equation text with {@code {name}} placeholders for the parameters, and how an incoming
 * weighted spike changes the state. Scalar parameters are written into the equations as literals, which
 * lets Brian2's exact integrator simplify the propagator; per-neuron values become constant variables.
 */
public final class NeuronModelTemplate {

    /** The NEST version whose defaults the templates take from the catalog. */
    static final NestFamily FAMILY = NestFamily.NEST_3_10;

    private static final String LEAK = "dV_m/dt = -(V_m - {E_L})/{tau_m} + (";
    private static final String ALPHA_EQUATIONS = LEAK
            + "I_syn_ex + I_syn_in + {I_e} + I_stim)/{C_m} : volt (unless refractory)\n"
            + "dI_syn_ex/dt = (x_ex - I_syn_ex)/{tau_syn_ex} : amp\n"
            + "dx_ex/dt = -x_ex/{tau_syn_ex} : amp\n"
            + "dI_syn_in/dt = (x_in - I_syn_in)/{tau_syn_in} : amp\n"
            + "dx_in/dt = -x_in/{tau_syn_in} : amp\n";
    private static final String EXP_EQUATIONS = LEAK
            + "I_syn_ex + I_syn_in + {I_e} + I_stim)/{C_m} : volt (unless refractory)\n"
            + "dI_syn_ex/dt = -I_syn_ex/{tau_syn_ex} : amp\n"
            + "dI_syn_in/dt = -I_syn_in/{tau_syn_in} : amp\n";
    private static final String DELTA_EQUATIONS = LEAK + "{I_e} + I_stim)/{C_m} : volt (unless refractory)\n";

    private static final String COND_EXP_EQUATIONS = "dV_m/dt = (-{g_L}*(V_m - {E_L}) - g_ex*(V_m - {E_ex})"
            + " - g_in*(V_m - {E_in}) + {I_e} + I_stim)/{C_m} : volt (unless refractory)\n"
            + "dg_ex/dt = -g_ex/{tau_syn_ex} : siemens\n"
            + "dg_in/dt = -g_in/{tau_syn_in} : siemens\n";

    private static final Map<String, NeuronModelTemplate> TEMPLATES = Map.of(
            "iaf_cond_exp", new NeuronModelTemplate("iaf_cond_exp", COND_EXP_EQUATIONS, true, Kind.COND_EXP),
            "iaf_psc_alpha", new NeuronModelTemplate("iaf_psc_alpha", ALPHA_EQUATIONS, true, Kind.ALPHA),
            "iaf_psc_exp", new NeuronModelTemplate("iaf_psc_exp", EXP_EQUATIONS, true, Kind.EXP),
            "iaf_psc_delta", new NeuronModelTemplate("iaf_psc_delta", DELTA_EQUATIONS, false, Kind.DELTA));

    /** How spikes act on the state. */
    private enum Kind {
        ALPHA, EXP, DELTA, COND_EXP
    }

    private final String model;
    private final String equations;
    private final LinkedHashMap<String, Double> defaults = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();
    private final Map<String, Double> fixed = new LinkedHashMap<>();
    private final Kind kind;

    private NeuronModelTemplate(String model, String equations, boolean synapticCurrents, Kind kind) {
        this.model = model;
        this.equations = equations;
        this.kind = kind;
        put("C_m", 250.0, "pF");
        if (kind == Kind.COND_EXP) {
            put("g_L", 16.6667, "nS");
            put("E_ex", 0.0, "mV");
            put("E_in", -85.0, "mV");
        } else {
            put("tau_m", 10.0, "ms");
        }
        put("t_ref", 2.0, "ms");
        put("E_L", -70.0, "mV");
        put("V_th", -55.0, "mV");
        put("V_reset", kind == Kind.COND_EXP ? -60.0 : -70.0, "mV");
        put("I_e", 0.0, "pA");
        if (synapticCurrents) {
            put("tau_syn_ex", kind == Kind.COND_EXP ? 0.2 : 2.0, "ms");
            put("tau_syn_in", 2.0, "ms");
        }
        // NEST's lower bound of V_m is only accepted at its default (no bound), the escape noise of
        // iaf_psc_exp only switched off, and iaf_psc_delta only with inputs discarded while refractory
        if (kind == Kind.ALPHA) {
            fixed.put("V_min", Double.NEGATIVE_INFINITY);
        } else if (kind == Kind.EXP) {
            fixed.put("delta", 0.0);
            fixed.put("rho", 0.01);
        } else if (kind == Kind.DELTA) {
            fixed.put("V_min", -Double.MAX_VALUE);
            fixed.put("refractory_input", 0.0);
        }
        Optional<ModelSpec> spec = NestCatalog.standard().model(model, ModelKind.NEURON, FAMILY);
        spec.ifPresent(s -> defaults.replaceAll((name, own) -> s.parameter(name)
                .filter(ParameterSpec::hasNumericDefault).map(ParameterSpec::defaultValue).orElse(own)));
    }

    private void put(String name, double value, String unit) {
        defaults.put(name, value);
        units.put(name, unit);
    }

    /**
     * The template of a NEST model.
     *
     * @param model a NEST neuron model name
     * @return the template, empty when the backend does not implement the model
     */
    public static Optional<NeuronModelTemplate> of(String model) {
        return Optional.ofNullable(TEMPLATES.get(model));
    }

    /** @return the NEST model names the backend implements, sorted */
    public static List<String> modelNames() {
        return TEMPLATES.keySet().stream().sorted().toList();
    }

    /** @return the NEST model name */
    public String model() {
        return model;
    }

    /** @return the parameters written into the equations with their NEST defaults, in a fixed order */
    public Map<String, Double> defaults() {
        return java.util.Collections.unmodifiableMap(defaults);
    }

    /**
     * The Brian2 unit of a parameter or of {@code V_m}.
     *
     * @param name a parameter name of {@link #defaults()} or {@code V_m}
     * @return a Brian2 unit name such as {@code pF}
     */
    public String unit(String name) {
        return "V_m".equals(name) ? "mV" : units.get(name);
    }

    /**
     * Parameters NEST offers that the backend accepts only at one value.
     *
     * @return name to the only accepted value
     */
    public Map<String, Double> fixedParameters() {
        return java.util.Collections.unmodifiableMap(fixed);
    }

    /**
     * The Brian2 equations with the placeholders replaced.
     *
     * @param valueOf parameter name to its text in the equations (a literal with unit or a variable name)
     * @return the equation block
     */
    public String equations(Map<String, String> valueOf) {
        String text = equations;
        for (Map.Entry<String, String> entry : valueOf.entrySet()) {
            text = text.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return text;
    }

    /**
     * A Brian2 statement that adds weighted spikes to a neuron's state, with NEST's weight units: pA for
     * the current-based models (the peak of the alpha or exponential current), mV for iaf_psc_delta,
     * whose inputs are discarded while refractory as in NEST, and nS for iaf_cond_exp.
     *
     * @param excitatory whether the statement serves non-negative weights (else negative ones)
     * @param weight     the expression of the weight times the number of spikes
     * @param suffix     {@code _post} inside a Synapses object, empty inside the neuron group
     * @return the statement
     */
    public String inputStatement(boolean excitatory, String weight, String suffix) {
        String port = excitatory ? "ex" : "in";
        return switch (kind) {
            case ALPHA -> "x_" + port + suffix + " += " + Math.E + "*(" + weight + ")*pA";
            case EXP -> "I_syn_" + port + suffix + " += (" + weight + ")*pA";
            case DELTA -> "V_m" + suffix + " += (" + weight + ")*mV*int(not_refractory" + suffix + ")";
            // NEST's inhibitory conductance weights are negative and add their magnitude to g_in
            case COND_EXP -> "g_" + port + suffix + (excitatory ? " += (" : " -= (") + weight + ")*nS";
        };
    }

    /**
     * The state variables a multimeter can record, with NEST's names.
     *
     * @return V_m and the synaptic currents (pA) or conductances (nS)
     */
    public List<String> recordables() {
        return switch (kind) {
            case ALPHA, EXP -> List.of("V_m", "I_syn_ex", "I_syn_in");
            case DELTA -> List.of("V_m");
            case COND_EXP -> List.of("V_m", "g_ex", "g_in");
        };
    }

    /**
     * The Brian2 unit NEST reports a recordable in.
     *
     * @param recordable one of {@link #recordables()}
     * @return mV, pA or nS
     */
    public String recordableUnit(String recordable) {
        return recordable.startsWith("V") ? "mV" : recordable.startsWith("g") ? "nS" : "pA";
    }

    /**
     * Whether spike inputs must reach the state before the threshold check of their arrival step, as in
     * NEST's iaf_psc_delta, where they jump V_m; inputs to the current-based models only act through the
     * next membrane update, so they keep Brian2's default slot after the threshold.
     *
     * @return true for iaf_psc_delta
     */
    public boolean inputBeforeThreshold() {
        return kind == Kind.DELTA;
    }

    /**
     * The Brian2 scheduling slot of spike inputs (synaptic pathways and Poisson counts). Before the
     * threshold, a pathway sees the spikes of the previous step, so its delays are one step shorter.
     *
     * @return {@code before_thresholds} or {@code synapses}
     */
    public String inputSlot() {
        return inputBeforeThreshold() ? "before_thresholds" : "synapses";
    }

    /**
     * The synaptic time constants that must differ from tau_m, because Brian2's exact propagator of the
     * coupled linear system is singular when they are equal.
     *
     * @return the names, empty for iaf_psc_delta
     */
    public List<String> timeConstantsDistinctFromTauM() {
        return kind == Kind.ALPHA || kind == Kind.EXP ? List.of("tau_syn_ex", "tau_syn_in") : List.of();
    }

    /**
     * The Brian2 integration method: {@code exact} for the linear current-based models (NEST's exact
     * propagators), {@code rk4} for the conductance-based model, which NEST integrates with an adaptive
     * Runge-Kutta-Fehlberg 4(5) solver.
     *
     * @return the method name
     */
    public String method() {
        return kind == Kind.COND_EXP ? "rk4" : "exact";
    }
}
