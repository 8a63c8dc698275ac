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
 * defaults, the equation text with {@code {name}} placeholders for the parameters, the threshold, reset and
 * refractory expressions, and how an incoming weighted spike changes the state. Scalar parameters are
 * written into the equations as literals, which lets Brian2's exact integrator simplify the propagator;
 * per-neuron values become constant variables.
 */
public final class NeuronModelTemplate {

    /** The NEST version whose defaults the templates take from the catalog. */
    static final NestFamily FAMILY = NestFamily.NEST_3_10;

    /**
     * The longest internal step of the aeif models in ms. NEST integrates them with an adaptive RKF45 that
     * detects a spike at the sub-step where V_m passes V_peak, resets it there and integrates on to the end
     * of the step; Brian2 can only detect and reset at its own steps, so the aeif groups run RK4 on a clock
     * of resolution/n with n chosen to keep steps at most this long (n = 10 at 0.1 ms). A spike is then
     * reset at most one internal step late, and the spike times stay within one resolution step of NEST's
     * for several spikes in a row (see docs/simulators.md for the measured figures).
     */
    public static final double AEIF_INTERNAL_STEP_MS = 0.01;

    /** NEST's bound on (V_peak - V_th)/Delta_T: the exponential stays far below the largest double. */
    private static final double MAX_EXPONENT = Math.log(Double.MAX_VALUE / 1e20);

    private static final String LEAK = "dV_m/dt = -(V_m - {E_L})/{tau_m} + (";
    private static final String ALPHA_EQUATIONS = LEAK
            + "I_syn_ex + I_syn_in + {I_e} + I_stim)/{C_m} : volt (unless refractory)\n"
            + alphaKernel("I_syn", "amp");
    private static final String EXP_EQUATIONS = LEAK
            + "I_syn_ex + I_syn_in + {I_e} + I_stim)/{C_m} : volt (unless refractory)\n"
            + expKernel("I_syn", "amp");
    private static final String DELTA_EQUATIONS = LEAK + "{I_e} + I_stim)/{C_m} : volt (unless refractory)\n"
            + "V_jumps : volt\n";

    private static final String COND_EXP_EQUATIONS = "dV_m/dt = (-{g_L}*(V_m - {E_L}) - g_ex*(V_m - {E_ex})"
            + " - g_in*(V_m - {E_in}) + {I_e} + I_stim)/{C_m} : volt (unless refractory)\n"
            + expKernel("g", "siemens");

    /**
     * NEST's aeif models: the right-hand sides see V_m capped at the spike detection value (V_lim), so that
     * the exponential cannot overflow inside a Runge-Kutta stage (written with int() rather than clip(),
     * which costs numpy several times more per call), and w follows the clamped V_m while the neuron is
     * refractory. {spike} and {synaptic} are filled per variant; spike inputs wait in spikes_ex/spikes_in
     * until the end of the step.
     */
    private static final String AEIF_EQUATIONS = "dV_m/dt = (-{g_L}*(V_lim - {E_L}) + {spike} + {synaptic}"
            + " - w + {I_e} + I_stim)/{C_m} : volt (unless refractory)\n"
            + "dw/dt = ({a}*(V_lim - {E_L}) - w)/{tau_w} : amp\n"
            + "V_lim = V_m + ({V_peak} - V_m)*int(V_m > {V_peak}) : volt\n"
            + "spikes_ex : 1\nspikes_in : 1\n";
    private static final String AEIF_SPIKE_CURRENT = "{g_L}*{Delta_T}*exp((V_lim - {V_th})/{Delta_T})";
    private static final String AEIF_CURRENTS = "I_syn_ex - I_syn_in";
    private static final String AEIF_CONDUCTANCES = "-g_ex*(V_lim - {E_ex}) - g_in*(V_lim - {E_in})";

    /** Izhikevich's state has no Brian2 differential equations: {@link #updateCode} integrates it as NEST does. */
    private static final String IZHIKEVICH_VARIABLES = "V_m : volt\nU_m : volt\nI_spikes : volt\n";

    private static final Map<String, NeuronModelTemplate> TEMPLATES = templates();

    /** How the model is integrated and how spikes act on the state. */
    private enum Kind {
        ALPHA, EXP, DELTA, COND_EXP, AEIF_PSC_ALPHA, AEIF_PSC_EXP, AEIF_COND_ALPHA, AEIF_COND_EXP, IZHIKEVICH;

        boolean aeif() {
            return this == AEIF_PSC_ALPHA || this == AEIF_PSC_EXP || this == AEIF_COND_ALPHA || this == AEIF_COND_EXP;
        }

        boolean alpha() {
            return this == ALPHA || this == AEIF_PSC_ALPHA || this == AEIF_COND_ALPHA;
        }

        boolean conductance() {
            return this == COND_EXP || this == AEIF_COND_ALPHA || this == AEIF_COND_EXP;
        }
    }

    private final String model;
    private final String equations;
    private final LinkedHashMap<String, Double> defaults = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();
    private final Map<String, Double> fixed = new LinkedHashMap<>();
    private final Kind kind;

    private static Map<String, NeuronModelTemplate> templates() {
        Map<String, NeuronModelTemplate> templates = new LinkedHashMap<>();
        templates.put("iaf_cond_exp", new NeuronModelTemplate("iaf_cond_exp", COND_EXP_EQUATIONS, Kind.COND_EXP));
        templates.put("iaf_psc_alpha", new NeuronModelTemplate("iaf_psc_alpha", ALPHA_EQUATIONS, Kind.ALPHA));
        templates.put("iaf_psc_exp", new NeuronModelTemplate("iaf_psc_exp", EXP_EQUATIONS, Kind.EXP));
        templates.put("iaf_psc_delta", new NeuronModelTemplate("iaf_psc_delta", DELTA_EQUATIONS, Kind.DELTA));
        templates.put("aeif_psc_alpha", new NeuronModelTemplate("aeif_psc_alpha",
                AEIF_EQUATIONS.replace("{synaptic}", AEIF_CURRENTS) + alphaKernel("I_syn", "amp"),
                Kind.AEIF_PSC_ALPHA));
        templates.put("aeif_psc_exp", new NeuronModelTemplate("aeif_psc_exp",
                AEIF_EQUATIONS.replace("{synaptic}", AEIF_CURRENTS) + expKernel("I_syn", "amp"), Kind.AEIF_PSC_EXP));
        templates.put("aeif_cond_alpha", new NeuronModelTemplate("aeif_cond_alpha",
                AEIF_EQUATIONS.replace("{synaptic}", AEIF_CONDUCTANCES) + alphaKernel("g", "siemens"),
                Kind.AEIF_COND_ALPHA));
        templates.put("aeif_cond_exp", new NeuronModelTemplate("aeif_cond_exp",
                AEIF_EQUATIONS.replace("{synaptic}", AEIF_CONDUCTANCES) + expKernel("g", "siemens"),
                Kind.AEIF_COND_EXP));
        templates.put("izhikevich", new NeuronModelTemplate("izhikevich", IZHIKEVICH_VARIABLES, Kind.IZHIKEVICH));
        return Map.copyOf(templates);
    }

    /** An alpha-shaped kernel per port: {@code x} jumps by e·weight/τ·τ, the variable peaks at the weight. */
    private static String alphaKernel(String variable, String dimension) {
        StringBuilder text = new StringBuilder();
        for (String port : List.of("ex", "in")) {
            text.append("d").append(variable).append('_').append(port).append("/dt = (x_").append(port).append(" - ")
                    .append(variable).append('_').append(port).append(")/{tau_syn_").append(port).append("} : ")
                    .append(dimension).append('\n');
            text.append("dx_").append(port).append("/dt = -x_").append(port).append("/{tau_syn_").append(port)
                    .append("} : ").append(dimension).append('\n');
        }
        return text.toString();
    }

    /** An exponentially decaying kernel per port: the variable jumps by the weight. */
    private static String expKernel(String variable, String dimension) {
        StringBuilder text = new StringBuilder();
        for (String port : List.of("ex", "in")) {
            text.append("d").append(variable).append('_').append(port).append("/dt = -").append(variable).append('_')
                    .append(port).append("/{tau_syn_").append(port).append("} : ").append(dimension).append('\n');
        }
        return text.toString();
    }

    private NeuronModelTemplate(String model, String equations, Kind kind) {
        this.model = model;
        this.equations = equations;
        this.kind = kind;
        if (kind == Kind.IZHIKEVICH) {
            put("a", 0.02, "1");
            put("b", 0.2, "1");
            put("c", -65.0, "mV");
            put("d", 8.0, "mV");
            put("I_e", 0.0, "pA");
            put("V_th", 30.0, "mV");
            put("V_min", -Double.MAX_VALUE, "mV");
            put("consistent_integration", 1.0, "1");
        } else if (kind.aeif()) {
            put("C_m", 281.0, "pF");
            put("g_L", 30.0, "nS");
            put("E_L", -70.6, "mV");
            put("V_th", -50.4, "mV");
            put("V_reset", -60.0, "mV");
            put("V_peak", 0.0, "mV");
            put("t_ref", 0.0, "ms");
            put("Delta_T", 2.0, "mV");
            put("a", 4.0, "nS");
            put("b", 80.5, "pA");
            put("tau_w", 144.0, "ms");
            put("I_e", 0.0, "pA");
            put("tau_syn_ex", 0.2, "ms");
            put("tau_syn_in", 2.0, "ms");
            if (kind.conductance()) {
                put("E_ex", 0.0, "mV");
                put("E_in", -85.0, "mV");
            }
            // the fixed-step integrator has no error tolerance; NEST's is accepted at its default only
            fixed.put("gsl_error_tol", 1e-6);
        } else {
            putIntegrateAndFire(kind);
        }
        Optional<ModelSpec> spec = NestCatalog.standard().model(model, ModelKind.NEURON, FAMILY);
        spec.ifPresent(s -> defaults.replaceAll((name, own) -> s.parameter(name)
                .filter(ParameterSpec::hasNumericDefault).map(ParameterSpec::defaultValue).orElse(own)));
    }

    private void putIntegrateAndFire(Kind kind) {
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
        if (kind != Kind.DELTA) {
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
     * The Brian2 unit of a parameter or of a state variable.
     *
     * @param name a parameter name of {@link #defaults()}, {@code V_m} or one of {@link #initialStates()}
     * @return a Brian2 unit name such as {@code pF}, {@code 1} for dimensionless parameters
     */
    public String unit(String name) {
        String unit = units.get(name);
        return unit != null ? unit : recordableUnit(name);
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
     * The state variables besides V_m that a group may initialise: w for the aeif models, U_m for
     * izhikevich.
     *
     * @return the names, empty for the iaf models
     */
    public List<String> initialStates() {
        return kind.aeif() ? List.of("w") : kind == Kind.IZHIKEVICH ? List.of("U_m") : List.of();
    }

    /**
     * NEST's initial value of a state variable.
     *
     * @param name V_m or one of {@link #initialStates()}
     * @return one value: V_m = the model's default E_L whatever E_L is set to (-65 mV for izhikevich), since
     *         NEST keeps the absolute membrane potential when only E_L changes; w = 0; U_m = -13 mV, the default
     *         b times the default V_m, which NEST computes once and never again
     */
    public double[] initialValue(String name) {
        if ("V_m".equals(name)) {
            return new double[] {kind == Kind.IZHIKEVICH ? -65.0 : defaults.get("E_L")};
        }
        if ("U_m".equals(name)) {
            return new double[] {0.2 * -65.0};
        }
        return new double[] {0.0};
    }

    /**
     * The Brian2 equations with the placeholders replaced.
     *
     * @param valueOf  parameter name to its text in the equations (a literal with unit or a variable name)
     * @param resolved the group's parameter values, one or one per neuron
     * @param group    the group's name, for messages
     * @return the equation block
     * @throws IllegalArgumentException when an aeif group mixes Delta_T = 0 and Delta_T &gt; 0, or its
     *                                  exponential could overflow
     */
    public String equations(Map<String, String> valueOf, Map<String, double[]> resolved, String group) {
        String text = equations;
        if (kind.aeif()) {
            boolean exponential = exponential(resolved, group);
            text = text.replace("{spike}", exponential ? AEIF_SPIKE_CURRENT : "0*pA")
                    .replace("{V_peak}", spikeDetection(valueOf, resolved, group));
            if (refractoryAeif(resolved, group)) {
                text += "ref_until : second\n";
            } else {
                text = text.replace(" (unless refractory)", "");
            }
        }
        for (Map.Entry<String, String> entry : valueOf.entrySet()) {
            text = text.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return text;
    }

    /**
     * Whether the aeif exponential term is present: NEST drops it (and detects spikes at V_th) when
     * Delta_T is 0.
     */
    private static boolean exponential(Map<String, double[]> resolved, String group) {
        double[] deltaT = resolved.get("Delta_T");
        double[] vPeak = resolved.get("V_peak");
        double[] vTh = resolved.get("V_th");
        boolean zero = false;
        boolean positive = false;
        int n = Math.max(deltaT.length, Math.max(vPeak.length, vTh.length));
        for (int i = 0; i < n; i++) {
            double d = deltaT[deltaT.length == 1 ? 0 : i];
            if (!(d >= 0)) {
                throw new IllegalArgumentException("parameters: group '" + group + "' has Delta_T = " + d
                        + " mV; it must be >= 0");
            }
            double exponent = (vPeak[vPeak.length == 1 ? 0 : i] - vTh[vTh.length == 1 ? 0 : i]) / d;
            if (d > 0 && !(exponent < MAX_EXPONENT)) {
                throw new IllegalArgumentException("parameters: group '" + group + "' has (V_peak - V_th)/Delta_T = "
                        + exponent + "; it must stay below " + MAX_EXPONENT + " so that the exponential is finite");
            }
            zero |= d == 0;
            positive |= d > 0;
        }
        if (zero && positive) {
            throw new IllegalArgumentException("parameters: group '" + group + "' mixes Delta_T = 0 and Delta_T > 0;"
                    + " the brian2 simulator needs one or the other within a group");
        }
        return positive;
    }

    /** NEST detects aeif spikes at V_peak, or at V_th when Delta_T is 0. */
    private static String spikeDetection(Map<String, String> valueOf, Map<String, double[]> resolved, String group) {
        return exponential(resolved, group) ? valueOf.get("V_peak") : valueOf.get("V_th");
    }

    /**
     * The Brian2 threshold condition: V_m ≥ V_th (iaf, izhikevich) or V_m ≥ V_peak (aeif; V_th when
     * Delta_T is 0).
     *
     * @param valueOf  parameter texts
     * @param resolved parameter values
     * @param group    the group's name, for messages
     * @return the condition
     * @throws IllegalArgumentException when an aeif group's Delta_T values are invalid (see {@link #equations})
     */
    public String threshold(Map<String, String> valueOf, Map<String, double[]> resolved, String group) {
        return "V_m >= " + (kind.aeif() ? spikeDetection(valueOf, resolved, group) : valueOf.get("V_th"));
    }

    /**
     * The Brian2 reset statements: V_m = V_reset (and w += b for aeif, with the end of the refractory period
     * when t_ref &gt; 0), or V_m = c, U_m += d for izhikevich.
     *
     * @param valueOf      parameter texts
     * @param resolved     parameter values
     * @param resolutionMs the resolution
     * @param group        the group's name, for messages
     * @return the statements
     * @throws IllegalArgumentException when an aeif group mixes t_ref = 0 and t_ref &gt; 0
     */
    public String reset(Map<String, String> valueOf, Map<String, double[]> resolved, double resolutionMs,
            String group) {
        if (kind == Kind.IZHIKEVICH) {
            return "V_m = " + valueOf.get("c") + "; U_m += " + valueOf.get("d");
        }
        String reset = "V_m = " + valueOf.get("V_reset");
        if (!kind.aeif()) {
            return reset;
        }
        reset += "; w += " + valueOf.get("b");
        if (refractoryAeif(resolved, group)) {
            // NEST clamps V_m from the spike to the end of its step and for t_ref/h steps after it; the
            // refractory condition is checked one internal step before the update it clamps, hence the 1.5
            String step = "(" + num(resolutionMs) + "*ms)";
            reset += "; ref_until = (floor(t/" + step + " + " + num(0.5 / substeps(resolutionMs)) + ") + 1)*" + step
                    + " + " + valueOf.get("t_ref") + " - 1.5*dt";
        }
        return reset;
    }

    /** Whether an aeif group is refractory after spikes; NEST's aeif models are not when t_ref is 0. */
    private static boolean refractoryAeif(Map<String, double[]> resolved, String group) {
        double[] tRef = resolved.get("t_ref");
        boolean zero = false;
        boolean positive = false;
        for (double value : tRef) {
            zero |= value == 0;
            positive |= value > 0;
        }
        if (zero && positive) {
            throw new IllegalArgumentException("parameters: group '" + group + "' mixes t_ref = 0 and t_ref > 0;"
                    + " the brian2 simulator needs one or the other within an aeif group");
        }
        return positive;
    }

    /**
     * The Brian2 refractory argument. Brian2 lets an iaf neuron integrate again in the step that completes
     * t_ref, NEST one step later (it clamps V_m for t_ref/h full steps after the spike step), hence the
     * extra step; the aeif models are refractory until the time their reset computed (none when t_ref is
     * 0, as in NEST), and izhikevich never is.
     *
     * @param valueOf  parameter texts
     * @param resolved parameter values
     * @param group    the group's name, for messages
     * @return a Python expression: a quoted Brian2 expression, or {@code False}
     * @throws IllegalArgumentException when an aeif group mixes t_ref = 0 and t_ref &gt; 0
     */
    public String refractory(Map<String, String> valueOf, Map<String, double[]> resolved, String group) {
        if (kind == Kind.IZHIKEVICH) {
            return "False";
        }
        if (kind.aeif()) {
            return refractoryAeif(resolved, group) ? "'t < ref_until'" : "False";
        }
        return "'" + valueOf.get("t_ref") + " + dt'";
    }

    /**
     * The number of internal steps per resolution step: more than 1 only for the aeif models (see
     * {@link #AEIF_INTERNAL_STEP_MS}).
     *
     * @param resolutionMs the resolution
     * @return n &gt;= 1; the group's clock runs at resolution/n
     */
    public int substeps(double resolutionMs) {
        return kind.aeif() ? (int) Math.max(1, Math.ceil(resolutionMs / AEIF_INTERNAL_STEP_MS - 1e-9)) : 1;
    }

    /**
     * Code that moves the spike inputs waiting in a buffer into the state, run by {@link #flushSchedule}:
     * for the aeif models, at the last internal step of a resolution step the summed weights of the step
     * join the synaptic state, as NEST adds them after integrating the step (inputs arriving in the middle
     * of a step would otherwise act on its remaining internal steps); for iaf_psc_delta, the jumps of the
     * step are added to V_m before the threshold unless the neuron is refractory, as NEST discards them
     * then. The buffers let sources on any clock deliver into the right step.
     *
     * @param resolutionMs the resolution
     * @return the code, empty for models without such a buffer (izhikevich's update consumes its own)
     */
    public Optional<String> flushCode(double resolutionMs) {
        if (kind == Kind.DELTA) {
            return Optional.of("V_m += V_jumps*int(not_refractory)\nV_jumps = 0*mV");
        }
        if (!kind.aeif()) {
            return Optional.empty();
        }
        int n = substeps(resolutionMs);
        String unit = kind.conductance() ? "nS" : "pA";
        String target = kind.alpha() ? "x_" : kind.conductance() ? "g_" : "I_syn_";
        String factor = kind.alpha() ? Math.E + "*" : "";
        String last = n == 1 ? "" : "*int((timestep(t, dt) + 1) % " + n + " == 0)";
        StringBuilder code = new StringBuilder();
        for (String port : List.of("ex", "in")) {
            code.append("flush_").append(port).append(" = spikes_").append(port).append(last).append('\n')
                    .append(target).append(port).append(" += ").append(factor).append("flush_").append(port)
                    .append('*').append(unit).append('\n')
                    .append("spikes_").append(port).append(" -= flush_").append(port).append('\n');
        }
        return Optional.of(code.toString().strip());
    }

    /**
     * When {@link #flushCode} runs on the group's clock: at the end of every (internal) step before the
     * monitors for the aeif models, before the threshold after the Poisson counts for iaf_psc_delta.
     *
     * @return Brian2 keyword arguments of run_regularly
     */
    public String flushSchedule() {
        return kind == Kind.DELTA ? "when='before_thresholds', order=1" : "when='end', order=-1";
    }

    private static String num(double value) {
        return String.format(java.util.Locale.ROOT, "%.17g", value);
    }

    /**
     * Code run every step in place of Brian2's state updater, for the models whose NEST update is an
     * explicit scheme with the spike input inside the step: izhikevich's forward Euler
     * ({@code consistent_integration} true: V and U from the old values, then the summed weights added
     * to V) or the two V half steps and the U step from the new V of Izhikevich (2003)
     * ({@code consistent_integration} false, which NEST allows only at 1 ms resolution); then NEST's lower
     * bound V_min.
     *
     * @param valueOf      parameter texts
     * @param resolved     parameter values
     * @param resolutionMs the resolution
     * @param group        the group's name, for messages
     * @return the code, empty for models that Brian2 integrates from their equations
     * @throws IllegalArgumentException when consistent_integration varies within the group, or is false at
     *                                  a resolution other than 1 ms
     */
    public Optional<String> updateCode(Map<String, String> valueOf, Map<String, double[]> resolved,
            double resolutionMs, String group) {
        if (kind != Kind.IZHIKEVICH) {
            return Optional.empty();
        }
        double[] consistent = resolved.get("consistent_integration");
        for (double value : consistent) {
            if (value != consistent[0]) {
                throw new IllegalArgumentException("parameters: group '" + group + "' mixes consistent_integration"
                        + " values; the brian2 simulator needs one value per group");
            }
        }
        String drive = "0.04/mV*V_m**2 + 5*V_m + 140*mV - U_m + (" + valueOf.get("I_e") + " + I_stim)*(mV/pA)";
        String recovery = "U_m = U_m + dt/ms*" + valueOf.get("a") + "*(" + valueOf.get("b") + "*V_m - U_m)\n";
        StringBuilder code = new StringBuilder();
        if (consistent[0] != 0) {
            code.append("V_next = V_m + (dt/ms*(").append(drive).append(") + I_spikes)\n").append(recovery)
                    .append("V_m = V_next\n");
        } else {
            if (Math.abs(resolutionMs - 1.0) > 1e-12) {
                throw new IllegalArgumentException("parameters: group '" + group + "' sets consistent_integration"
                        + " = false, which NEST allows only at a resolution of 1.0 ms, not " + resolutionMs + " ms");
            }
            String halfStep = "V_m = V_m + 0.5*dt/ms*(" + drive + " + I_spikes)\n";
            code.append(halfStep).append(halfStep).append(recovery);
        }
        double[] vMinValues = resolved.get("V_min");
        // NEST's default bound, -DBL_MAX mV, never acts (and would overflow in volts)
        if (vMinValues.length > 1 || vMinValues[0] > -Double.MAX_VALUE) {
            String vMin = valueOf.get("V_min");
            code.append("V_m = V_m + (").append(vMin).append(" - V_m)*int(V_m < ").append(vMin).append(")\n");
        }
        code.append("I_spikes = 0*mV");
        return Optional.of(code.toString());
    }

    /**
     * A Brian2 statement that adds weighted spikes to a neuron's state, with NEST's weight units: pA for
     * the current-based models (the peak of the alpha or the jump of the exponential current), mV for
     * iaf_psc_delta (into a buffer, see {@link #flushCode}) and izhikevich, and nS
     * for the conductance-based models. NEST's inhibitory weights are negative; the iaf_psc models add
     * them to I_syn_in as they are, the aeif and conductance-based models add their magnitude. The aeif
     * models collect the weights of a step in a buffer that {@link #flushCode} empties at its end.
     *
     * @param excitatory whether the statement serves non-negative weights (else negative ones)
     * @param weight     the expression of the weight times the number of spikes
     * @param suffix     {@code _post} inside a Synapses object, empty inside the neuron group
     * @return the statement
     */
    public String inputStatement(boolean excitatory, String weight, String suffix) {
        String port = excitatory ? "ex" : "in";
        String magnitude = excitatory ? " += (" : " -= (";
        return switch (kind) {
            case ALPHA -> "x_" + port + suffix + " += " + Math.E + "*(" + weight + ")*pA";
            case EXP -> "I_syn_" + port + suffix + " += (" + weight + ")*pA";
            case DELTA -> "V_jumps" + suffix + " += (" + weight + ")*mV";
            case IZHIKEVICH -> "I_spikes" + suffix + " += (" + weight + ")*mV";
            case COND_EXP -> "g_" + port + suffix + magnitude + weight + ")*nS";
            // summed per step and added at its end by flushCode
            case AEIF_PSC_ALPHA, AEIF_PSC_EXP, AEIF_COND_ALPHA, AEIF_COND_EXP -> "spikes_" + port + suffix + magnitude
                    + weight + ")";
        };
    }

    /**
     * The state variables a multimeter can record, with NEST's names.
     *
     * @return V_m and the synaptic currents (pA) or conductances (nS), w (pA) for the aeif models, U_m for
     *         izhikevich
     */
    public List<String> recordables() {
        return switch (kind) {
            case ALPHA, EXP -> List.of("V_m", "I_syn_ex", "I_syn_in");
            case DELTA -> List.of("V_m");
            case COND_EXP -> List.of("V_m", "g_ex", "g_in");
            case AEIF_PSC_ALPHA, AEIF_PSC_EXP -> List.of("V_m", "I_syn_ex", "I_syn_in", "w");
            case AEIF_COND_ALPHA, AEIF_COND_EXP -> List.of("V_m", "g_ex", "g_in", "w");
            case IZHIKEVICH -> List.of("V_m", "U_m");
        };
    }

    /**
     * The Brian2 unit NEST reports a recordable in.
     *
     * @param recordable one of {@link #recordables()} or {@link #initialStates()}
     * @return mV, pA or nS
     */
    public String recordableUnit(String recordable) {
        if (recordable.equals("V_m") || recordable.equals("U_m")) {
            return "mV";
        }
        return recordable.startsWith("g") ? "nS" : "pA";
    }

    /**
     * Whether spike inputs are consumed before the threshold check of their arrival step, as in NEST's
     * iaf_psc_delta, where they jump V_m, and izhikevich, which adds them inside its update. Their
     * pathways, in Brian2's default slot after the thresholds, then deliver into a buffer one step earlier
     * (delay − 1 step), which {@link #flushCode} or izhikevich's update empties in the arrival step.
     *
     * @return true for iaf_psc_delta and izhikevich
     */
    public boolean inputBeforeThreshold() {
        return kind == Kind.DELTA || kind == Kind.IZHIKEVICH;
    }

    /**
     * The Brian2 scheduling slot of the Poisson counts: in their arrival step, before the buffer is
     * consumed for iaf_psc_delta (before the threshold) and izhikevich (before the update), else after the
     * threshold with the synaptic pathways.
     *
     * @return {@code before_thresholds}, {@code before_groups} or {@code synapses}
     */
    public String poissonSlot() {
        return switch (kind) {
            case DELTA -> "before_thresholds";
            case IZHIKEVICH -> "before_groups";
            default -> "synapses";
        };
    }

    /**
     * The synaptic time constants that must differ from tau_m, because Brian2's exact propagator of the
     * coupled linear system is singular when they are equal.
     *
     * @return the names, empty for the models without tau_m
     */
    public List<String> timeConstantsDistinctFromTauM() {
        return kind == Kind.ALPHA || kind == Kind.EXP ? List.of("tau_syn_ex", "tau_syn_in") : List.of();
    }

    /**
     * The Brian2 integration method: {@code exact} for the linear current-based models (NEST's exact
     * propagators), {@code rk4} at the resolution for the conductance-based and aeif models, which NEST
     * integrates with an adaptive Runge-Kutta-Fehlberg 4(5) solver, and {@code euler} for izhikevich, whose
     * group has no differential equations ({@link #updateCode} integrates it).
     *
     * @return the method name
     */
    public String method() {
        return switch (kind) {
            case ALPHA, EXP, DELTA -> "exact";
            case IZHIKEVICH -> "euler";
            default -> "rk4";
        };
    }
}
