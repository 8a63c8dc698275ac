package nngt.sim.brian2.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoublePredicate;

import nngt.sim.api.SimulationPlan;

/**
 * NEST's tsodyks2_synapse in Brian2: per synapse the resources x and the utilisation u; a spike after an
 * interval h first relaxes and updates them, {@code x = 1 + (x − x·u − 1)·exp(−h/τ_rec)},
 * {@code u = U + u·(1 − U)·exp(−h/τ_fac)} (no facilitation memory when τ_fac is 0), then transmits
 * {@code x·u·weight}; the first spike transmits with the initial x and u unchanged, as in NEST. Constant parameters
 * are literals in the synapse code; parameters drawn per edge are per-synapse variables of the Synapses object.
 *
 * @param bigU    U, the utilisation increment (constant or the model's value for edges that draw none)
 * @param u0      initial u
 * @param x0      initial x
 * @param tauRec  recovery time constant in ms
 * @param tauFac  facilitation time constant in ms
 * @param perEdge the names among {@link #PER_EDGE} whose values are per-synapse variables
 */
public record Tsodyks2(double bigU, double u0, double x0, double tauRec, double tauFac, Set<String> perEdge) {

    /** The parameters and initial states that may be drawn per edge. */
    public static final List<String> PER_EDGE = List.of("U", "tau_fac", "tau_rec", "u", "x");

    /** The synapse variables of the Brian2 model; t_last < 0 marks a synapse that has not transmitted. */
    private static final String VARIABLES = "weight : 1\nx : 1\nu : 1\nt_last : second";

    /** NEST's rules (tsodyks2_synapse::set_status); x has none. */
    private static final Map<String, DoublePredicate> RULES = Map.of("U", v -> v >= 0 && v <= 1,
            "u", v -> v >= 0 && v <= 1, "tau_rec", v -> v > 0, "tau_fac", v -> v >= 0);
    private static final Map<String, String> RULE_TEXTS = Map.of("U", "it must be in [0, 1]",
            "u", "it must be in [0, 1]", "tau_rec", "it must be > 0", "tau_fac", "it must be >= 0");

    private static final Set<String> ACCEPTED = Set.of("U", "u", "x", "tau_rec", "tau_fac", "weight", "delay");

    /** Copies the set of per-edge names. */
    public Tsodyks2 {
        perEdge = Set.copyOf(perEdge);
    }

    /**
     * Reads and checks the constant parameters of a synapse model: its set values, else the catalog's defaults
     * ({@link SimulationPlan.SynapseModel#constant}); weight and delay come from the edges.
     *
     * @param model   the synapse model of the plan
     * @param index   its index, named in messages
     * @param perEdge the names whose values the edges draw (checked per edge by {@link #check})
     * @return the parameters
     * @throws IllegalArgumentException when the model is not tsodyks2_synapse, a parameter is unknown or out of
     *                                  range; the message names it and what is valid
     */
    public static Tsodyks2 of(SimulationPlan.SynapseModel model, int index, Set<String> perEdge) {
        if (!"tsodyks2_synapse".equals(model.model())) {
            throw new IllegalArgumentException("synapseModels: model " + index + " is '" + model.model()
                    + "'; the brian2 simulator implements static_synapse and tsodyks2_synapse");
        }
        for (String name : perEdge) {
            if (!PER_EDGE.contains(name)) {
                throw new IllegalArgumentException("synapse parameters: tsodyks2_synapse " + index + " draws '" + name
                        + "' per edge; the brian2 simulator draws " + PER_EDGE + " per edge");
            }
        }
        for (String name : model.parameters().keySet()) {
            if (!ACCEPTED.contains(name)) {
                throw new IllegalArgumentException("synapse parameters: tsodyks2_synapse " + index + " sets '" + name
                        + "'; valid are " + new TreeSet<>(ACCEPTED));
            }
        }
        // as in NEST, u starts at the catalog's initial u (the default U), not at a given U
        Tsodyks2 synapse = new Tsodyks2(model.constant("U"), model.constant("u"), model.constant("x"),
                model.constant("tau_rec"), model.constant("tau_fac"), perEdge);
        for (String name : PER_EDGE) {
            if (!perEdge.contains(name)) {
                check(name, synapse.constant(name), "");
            }
        }
        return synapse;
    }

    /**
     * Checks a value against NEST's rule for a parameter.
     *
     * @param name  one of {@link #PER_EDGE}
     * @param value the value
     * @param where "" for a constant, else e.g. " on edge 3 → 7"
     * @throws IllegalArgumentException when the value breaks the rule; the message names the parameter, the value,
     *                                  where it is and what is valid
     */
    public static void check(String name, double value, String where) {
        DoublePredicate rule = RULES.get(name);
        if (rule != null && !rule.test(value)) {
            throw new IllegalArgumentException("synapse parameters: tsodyks2_synapse " + name + " = " + value + where
                    + " is invalid; " + RULE_TEXTS.get(name));
        }
    }

    /**
     * The constant value of a parameter, the one edges that draw none use.
     *
     * @param name one of {@link #PER_EDGE}
     * @return the value in NEST units
     */
    public double constant(String name) {
        return switch (name) {
            case "U" -> bigU;
            case "u" -> u0;
            case "x" -> x0;
            case "tau_rec" -> tauRec;
            default -> tauFac;
        };
    }

    /**
     * The Brian2 unit of a parameter.
     *
     * @param name one of {@link #PER_EDGE}
     * @return {@code ms} for the time constants, {@code 1} otherwise
     */
    public static String unit(String name) {
        return name.startsWith("tau_") ? "ms" : "1";
    }

    /**
     * The synapse model's variable declarations: weight, x, u, the last spike time and the parameters drawn per
     * edge.
     *
     * @return the Brian2 model text
     */
    public String variables() {
        StringBuilder text = new StringBuilder(VARIABLES);
        for (String name : List.of("U", "tau_rec", "tau_fac")) {
            if (perEdge.contains(name)) {
                text.append('\n').append(name).append(" : ").append(name.startsWith("tau_") ? "second" : "1")
                        .append(" (constant)");
            }
        }
        return text.toString();
    }

    /**
     * The on_pre code: update x and u (not on the first spike), transmit, remember the spike time.
     *
     * @param transmit the target model's input statement for the weight {@code x*u*weight}
     * @return the code
     */
    public String onPre(String transmit) {
        String later = "int(t_last >= 0*ms)";
        String u = perEdge.contains("U") ? "U" : num(bigU);
        String rec = perEdge.contains("tau_rec") ? "tau_rec" : "(" + num(tauRec) + "*ms)";
        String uDecay;
        if (perEdge.contains("tau_fac")) {
            // NEST keeps no facilitation memory below 1e-10 ms; the guard keeps the division finite there
            uDecay = "int(tau_fac >= 1e-10*ms)*exp(-(t - t_last)/(tau_fac + int(tau_fac < 1e-10*ms)*ms))";
        } else {
            uDecay = tauFac < 1e-10 ? "0" : "exp(-(t - t_last)/(" + num(tauFac) + "*ms))";
        }
        return "x = x + " + later + "*(1 + (x - x*u - 1)*exp(-(t - t_last)/" + rec + ") - x)\n"
                + "u = u + " + later + "*(" + u + " + u*(1 - " + u + ")*" + uDecay + " - u)\n"
                + transmit + "\n"
                + "t_last = t";
    }

    /**
     * The keyword arguments that set the initial state (per-edge initial values are assigned afterwards).
     *
     * @return Python keyword arguments
     */
    public String initialValues() {
        return "x=" + num(x0) + ", u=" + num(u0) + ", t_last=-1*second";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.17g", value);
    }
}
