package nngt.sim.neuron.internal;

import static nngt.sim.neuron.internal.PynnScriptWriter.num;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlan.NeuronRange;

/**
 * The PyNN synapse type that stands for a NEST synapse model on one projection, with its parameters either as
 * literals (one value for every edge) or as extra columns of the projection's edge list (PyNN's
 * {@code FromListConnector} reads per-connection parameters from named columns).
 *
 * <ul>
 * <li>{@code static_synapse}: {@code StaticSynapse}.</li>
 * <li>{@code tsodyks_synapse}: {@code TsodyksMarkramSynapse}. PyNN's NEURON mechanism ({@code TsodyksMarkramWA})
 * is the three-state model of Tsodyks, Uziel and Markram (2000) with NEST's order of updates (u decays and jumps
 * before the release u·x), whose active resources return with the time constant PyNN copies from the receiving
 * synapse; NEST's {@code tau_psc} is set on every weight adjuster instead, and NEST's initial u becomes the
 * mechanism's {@code u0} (raised by its decay over one delay: the adjuster sees a spike one delay after NEST's
 * synapse does). PyNN ignores initial x and y, so only NEST's defaults (1, 0) are accepted.</li>
 * <li>{@code tsodyks2_synapse}: the same PyNN synapse with that time constant set to
 * {@value #INSTANT_TAU_SYN_MS} ms, which makes released resources inactive at once: the mechanism then computes
 * {@code x = 1 + (x − u·x − 1)·e^{−Δ/τ_rec}} and {@code u = U + u(1 − U)·e^{−Δ/τ_fac}} as NEST's
 * tsodyks2_synapse does. NEST sends its initial u·x at the first spike while PyNN releases U from x = 1, so only
 * x = 1 and u = U are accepted.</li>
 * <li>{@code stdp_synapse} with NEST's additive rule ({@code mu_plus = mu_minus = 0}): {@code STDPMechanism} with
 * {@code SpikePairRule} (all-to-all pairs, as NEST's traces; A_plus λ, A_minus α·λ; NEST's {@code tau_minus} is
 * the target neuron's) and {@code AdditiveWeightDependence} (w_min 0, w_max |Wmax|), the whole delay dendritic as
 * in NEST. PyNN sums the changes between two presynaptic spikes and applies them, clipped to [0, w_max], at the
 * second, where NEST clips after each pairing: the weights are NEST's as long as they stay inside the bounds
 * between two presynaptic spikes. Weight-dependent rules (mu above 0) are refused: PyNN computes every change from
 * the weight at the earlier presynaptic spike, NEST from the weight the previous pairing left.</li>
 * </ul>
 */
public final class PynnSynapse {

    /**
     * The weight adjuster's PSC time constant (ms) that turns PyNN's TsodyksMarkramSynapse into NEST's
     * tsodyks2_synapse: the lower bound the NMODL mechanism declares; released resources then go straight to the
     * recovering pool ({@code e^{−Δ/τ}} is 0 for any inter-spike interval of at least one step).
     */
    public static final double INSTANT_TAU_SYN_MS = 1e-9;

    /** The NEST synapse models this class maps. */
    public static final List<String> NEST_MODELS = List.of("static_synapse", "tsodyks_synapse",
            "tsodyks2_synapse", "stdp_synapse");

    private final List<Statement> statements;
    private final List<String> columns;
    private final List<double[]> columnValues;
    private final Map<String, Double> adjusterValues;

    private PynnSynapse(List<Statement> statements, List<String> columns, List<double[]> columnValues,
            Map<String, Double> adjusterValues) {
        this.statements = statements;
        this.columns = columns;
        this.columnValues = columnValues;
        this.adjusterValues = adjusterValues;
    }

    /**
     * One assignment of the script that builds the synapse type.
     *
     * @param variable  the variable assigned
     * @param callee    the PyNN class called
     * @param arguments the keyword arguments, {@code name=value}
     */
    public record Statement(String variable, String callee, List<String> arguments) {
    }

    /** The variable that holds the synapse type once {@link #statements()} have run. */
    public static final String VARIABLE = "synapse";

    /** @return whether this is PyNN's static synapse (no statements, no columns) */
    public boolean isStatic() {
        return statements.isEmpty();
    }

    /** @return the assignments that build the synapse type into {@link #VARIABLE}, the last one assigning it */
    public List<Statement> statements() {
        return statements;
    }

    /** @return the PyNN names of the per-connection columns after weight and delay, in column order */
    public List<String> columns() {
        return columns;
    }

    /**
     * @param column the column's position in {@link #columns()}
     * @return its values, one per edge of the projection, in the projection's edge order
     */
    public double[] columnValues(int column) {
        return columnValues.get(column);
    }

    /**
     * @return values to set on every connection's weight adjuster after PyNN built the projection (PyNN's own
     *         settings that NEST's model needs changed), in a fixed order
     */
    public Map<String, Double> adjusterValues() {
        return adjusterValues;
    }

    /**
     * The PyNN synapse of one projection.
     *
     * @param plan        the plan
     * @param model       the index of the projection's synapse model in the plan, -1 for static edges
     * @param edges       the projection's edges (plan edge indices)
     * @param cell        the target population's cell
     * @param targetRange the target range
     * @return the PyNN synapse
     * @throws IllegalArgumentException when NEST's model or one of its values has no PyNN equivalent; the message
     *                                  names the model, the value (and the edge for a drawn value) and what is valid
     */
    public static PynnSynapse of(SimulationPlan plan, int model, int[] edges, PynnCell cell, NeuronRange targetRange) {
        if (model < 0) {
            return new PynnSynapse(List.of(), List.of(), List.of(), Map.of());
        }
        SimulationPlan.SynapseModel synapse = plan.synapseModels().get(model);
        String name = synapse.model();
        if (name.equals("static_synapse")) {
            if (!synapse.perEdge().isEmpty()) {
                throw new IllegalArgumentException("synapse model 'static_synapse' draws " + synapse.perEdge()
                        + " per edge; a static synapse has only weights and delays");
            }
            return new PynnSynapse(List.of(), List.of(), List.of(), Map.of());
        }
        if (!NEST_MODELS.contains(name)) {
            throw new IllegalArgumentException("synapse model '" + name + "' has no PyNN counterpart here; valid: "
                    + String.join(", ", NEST_MODELS));
        }
        if (cell == PynnCell.IZHIKEVICH) {
            // TsodyksMarkramWA copies the receiving synapse's tau, which Izhikevich's voltage jump has not; STDP onto
            // it has not been measured against NEST
            throw new IllegalArgumentException("synapse model '" + name + "' onto group '" + targetRange.group()
                    + "' (izhikevich): PyNN's plastic synapses are offered onto the cells with synaptic kinetics only ("
                    + String.join(", ", PynnCell.nestModels().stream().filter(m -> !m.equals("izhikevich"))
                            .toList()) + ")");
        }
        return new Builder(plan, name, edges).build(cell, targetRange);
    }

    /** Collects literals and columns for one projection. */
    private static final class Builder {
        private final SimulationPlan plan;
        private final String model;
        private final int[] edges;
        private final Map<String, String> literals = new LinkedHashMap<>();
        private final List<String> columns = new ArrayList<>();
        private final List<double[]> columnValues = new ArrayList<>();
        private final Map<String, Double> adjuster = new LinkedHashMap<>();
        private final List<Statement> statements = new ArrayList<>();

        Builder(SimulationPlan plan, String model, int[] edges) {
            this.plan = plan;
            this.model = model;
            this.edges = edges;
        }

        PynnSynapse build(PynnCell cell, NeuronRange targetRange) {
            switch (model) {
                case "tsodyks_synapse", "tsodyks2_synapse" -> tsodyksMarkram();
                case "stdp_synapse" -> stdp(cell, targetRange);
                default -> throw new IllegalStateException(model);
            }
            return new PynnSynapse(List.copyOf(statements), List.copyOf(columns), List.copyOf(columnValues),
                    Collections.unmodifiableMap(adjuster));
        }

        private void tsodyksMarkram() {
            requireEveryEdge("x", 1.0, "PyNN's TsodyksMarkramSynapse starts with every resource available");
            perConnection("U", e -> value("U", e));
            perConnection("tau_rec", e -> value("tau_rec", e));
            perConnection("tau_facil", e -> value("tau_fac", e));
            if (model.equals("tsodyks_synapse")) {
                requireEveryEdge("y", 0.0, "PyNN's TsodyksMarkramSynapse starts with no active resources");
                adjuster.put("tau_syn", sharedValue("tau_psc", "the script sets one value on the weight adjusters of "
                        + "a projection"));
                double u = sharedValue("u", "PyNN sets the initial utilisation once per projection");
                double tauFac = value("tau_fac", edges[0]);
                if (u != 0 && tauFac > 0) {
                    // the weight adjuster sees a spike one delay after NEST's synapse does, so u0 decays over one
                    // delay more before the first spike; starting it higher by that decay gives NEST's u
                    sharedValue("tau_fac", "the initial utilisation is compensated for its decay over the delay");
                    double delay = sharedDelay();
                    adjuster.put("u0", u * Math.exp(delay / tauFac));
                }
            } else {
                for (int e : edges) {
                    double u = value("u", e);
                    double bigU = value("U", e);
                    if (u != bigU) {
                        throw new IllegalArgumentException("synapse model 'tsodyks2_synapse' starts with u = " + num(u)
                                + " and U = " + num(bigU) + " on " + edge(e) + "; NEST releases the initial u at the "
                                + "first spike while PyNN's TsodyksMarkramSynapse releases U, so only u = U can be "
                                + "run on NEURON (set u to the value of U)");
                    }
                }
                adjuster.put("tau_syn", INSTANT_TAU_SYN_MS);
            }
            statements.add(new Statement(VARIABLE, "sim.TsodyksMarkramSynapse", literalArguments("U", "tau_rec",
                    "tau_facil")));
        }

        private void stdp(PynnCell cell, NeuronRange targetRange) {
            requireEveryEdge("Kplus", 0.0, "PyNN's SpikePairRule starts with an empty presynaptic trace");
            double wmaxNest = sharedValue("Wmax", "PyNN's weight dependence bounds a projection by one w_max");
            for (int e : edges) {
                if (plan.weights()[e] < 0 && !cell.conductanceBased()) {
                    throw new IllegalArgumentException("synapse model 'stdp_synapse' has the negative weight "
                            + num(plan.weights()[e]) + " on " + edge(e) + "; PyNN's weight dependences keep a current"
                            + " weight in [w_min, w_max] and potentiate towards w_max, so only positive (excitatory) "
                            + "current weights can learn on NEURON");
                }
            }
            for (int e : edges) {
                if (value("mu_plus", e) != 0 || value("mu_minus", e) != 0) {
                    // PyNN's weight adjusters sum the changes between two presynaptic spikes from the weight the
                    // first one left and add them at the second; NEST applies each pairing to the weight the
                    // previous one left, which for a weight-dependent rule differs in the second order in lambda
                    throw new IllegalArgumentException("synapse model 'stdp_synapse' has mu_plus = "
                            + num(value("mu_plus", e)) + " and mu_minus = " + num(value("mu_minus", e)) + " on "
                            + edge(e) + "; PyNN's STDP on NEURON computes every weight change between two "
                            + "presynaptic spikes from the weight at the first of them, where NEST applies each "
                            + "pairing to the weight the previous one left, so only the additive rule (mu_plus = "
                            + "mu_minus = 0) gives NEST's weights on NEURON");
                }
            }
            // the conductance cells take magnitudes on the receptor NEST's sign chose, so Wmax is a magnitude too
            double wmax = Math.abs(cell.pynnWeight(wmaxNest));
            perConnection("tau_plus", e -> value("tau_plus", e));
            int first = targetRange.firstId();
            perConnection("tau_minus", e -> targetRange.value("tau_minus", plan.targets()[e] - first));
            perConnection("A_plus", e -> value("lambda", e));
            perConnection("A_minus", e -> value("alpha", e) * value("lambda", e));
            literals.put("w_min", num(0.0));
            literals.put("w_max", num(wmax));
            statements.add(new Statement("timing", "sim.SpikePairRule", literalArguments("tau_plus", "tau_minus",
                    "A_plus", "A_minus")));
            statements.add(new Statement("dependence", "sim.AdditiveWeightDependence",
                    literalArguments("w_min", "w_max")));
            // NEST's delay is dendritic: the synapse sees a postsynaptic spike one delay after it happened
            statements.add(new Statement(VARIABLE, "sim.STDPMechanism", List.of("timing_dependence=timing",
                    "weight_dependence=dependence", "dendritic_delay_fraction=1.0")));
        }

        /** A literal when every edge has the same value, else a column. */
        private void perConnection(String pynnName, IntToDoubleFunction valueOfEdge) {
            double[] values = new double[edges.length];
            boolean shared = true;
            for (int i = 0; i < edges.length; i++) {
                values[i] = valueOfEdge.applyAsDouble(edges[i]);
                shared &= Double.compare(values[i], values[0]) == 0;
            }
            if (shared) {
                literals.put(pynnName, num(values[0]));
            } else {
                columns.add(pynnName);
                columnValues.add(values);
            }
        }

        private List<String> literalArguments(String... names) {
            List<String> arguments = new ArrayList<>();
            for (String name : names) {
                if (literals.containsKey(name)) {
                    arguments.add(name + "=" + literals.get(name));
                }
            }
            return arguments;
        }

        private double value(String nestName, int e) {
            return plan.synapseParameter(nestName, e);
        }

        private void requireEveryEdge(String nestName, double valid, String why) {
            for (int e : edges) {
                double value = value(nestName, e);
                if (value != valid) {
                    throw new IllegalArgumentException("synapse model '" + model + "' sets " + nestName + " = "
                            + num(value) + " on " + edge(e) + "; " + why + ", so only " + nestName + " = " + num(valid)
                            + " (NEST's default) can be run on NEURON");
                }
            }
        }

        private double sharedValue(String nestName, String why) {
            double first = value(nestName, edges[0]);
            for (int e : edges) {
                double value = value(nestName, e);
                if (Double.compare(value, first) != 0) {
                    throw new IllegalArgumentException("synapse model '" + model + "' has " + nestName + " = "
                            + num(first) + " on " + edge(edges[0]) + " and " + num(value) + " on " + edge(e) + "; "
                            + why + ", so " + nestName + " must be the same on every edge between two groups");
                }
            }
            return first;
        }

        private double sharedDelay() {
            float first = plan.delaysMs()[edges[0]];
            for (int e : edges) {
                if (plan.delaysMs()[e] != first) {
                    throw new IllegalArgumentException("synapse model '" + model + "' starts with u = "
                            + num(value("u", e)) + " and has the delays " + num(first) + " and "
                            + num(plan.delaysMs()[e]) + " ms between two groups; the initial utilisation is "
                            + "compensated for its decay over one delay, so u other than 0 needs one delay per "
                            + "pair of groups");
                }
            }
            return first;
        }

        private String edge(int e) {
            return "edge " + plan.sources()[e] + " → " + plan.targets()[e];
        }
    }
}
