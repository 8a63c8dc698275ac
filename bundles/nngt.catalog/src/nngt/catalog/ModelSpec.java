package nngt.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nngt.catalog.internal.ConstraintExpression;

/**
 * One NEST model as one NEST version family knows it.
 *
 * @param name        NEST's model name, e.g. {@code "iaf_psc_alpha"}
 * @param kind        neuron, synapse or device
 * @param description a one-line meaning for hovers
 * @param weightUnit  for neurons, the unit of the weights of incoming connections: "pA" (current-based), "nS"
 *                    (conductance-based) or "mV" (voltage jump); null for synapses, devices and neurons that
 *                    ignore incoming weights ({@code parrot_neuron})
 * @param parameters  the status dictionary entries by name, in the order NEST documents them
 * @param recordables what a multimeter may record from this model ({@code record_from}); empty for synapses and
 *                    devices
 * @param constraints NEST's rules on the parameters
 * @param family      the NEST version family this description belongs to
 */
public record ModelSpec(String name, ModelKind kind, String description, String weightUnit,
        Map<String, ParameterSpec> parameters, List<String> recordables, List<Constraint> constraints,
        NestFamily family) {

    /**
     * Copies the collections (keeping the parameters' order) so that the record stays immutable.
     *
     * @param name        the model name
     * @param kind        the kind
     * @param description the one-line meaning
     * @param weightUnit  the unit of incoming weights, or null
     * @param parameters  the parameters in documented order
     * @param recordables the recordables
     * @param constraints the rules
     * @param family      the version family
     */
    public ModelSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(family, "family");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        recordables = List.copyOf(recordables);
        constraints = List.copyOf(constraints);
    }

    /**
     * Looks up a parameter or state variable by its exact NEST name.
     *
     * @param parameterName the dictionary key, case-sensitive as in NEST
     * @return the parameter, or empty when the model has none of that name
     */
    public Optional<ParameterSpec> parameter(String parameterName) {
        return Optional.ofNullable(parameters.get(parameterName));
    }

    /**
     * The entries a user may set or randomize per node (V_m, w, ...): settable numeric state variables.
     *
     * @return the randomizable state variables, in documented order
     */
    public List<ParameterSpec> randomizableStates() {
        List<ParameterSpec> states = new ArrayList<>();
        for (ParameterSpec parameter : parameters.values()) {
            if (parameter.isRandomizable()) {
                states.add(parameter);
            }
        }
        return states;
    }

    /**
     * The names a user may set: every entry that is not read-only.
     *
     * @return the settable names, in documented order
     */
    public List<String> settableNames() {
        List<String> names = new ArrayList<>();
        for (ParameterSpec parameter : parameters.values()) {
            if (!parameter.readOnly()) {
                names.add(parameter.name());
            }
        }
        return names;
    }

    /**
     * The constraints that read a parameter, for hovers.
     *
     * @param parameterName a parameter name
     * @return the constraints that mention it, in data order
     */
    public List<Constraint> constraintsOn(String parameterName) {
        List<Constraint> on = new ArrayList<>();
        for (Constraint constraint : constraints) {
            if (constraint.parameters().contains(parameterName)) {
                on.add(constraint);
            }
        }
        return on;
    }

    /**
     * Checks numeric values against NEST's constraints: the values are merged over the defaults and every
     * constraint is evaluated. A constraint that needs a value nobody knows (no default, not set) is skipped,
     * as NEST only checks values it has. Pass {@code "resolution"} (ms) to check the rules that involve the
     * simulation resolution; they are skipped otherwise. Names that the model does not have are ignored: reporting
     * them is the caller's job.
     *
     * @param setValues values set by the user, in NEST's units, by parameter name; booleans as 1 or 0
     * @return the violations in data order; empty when every checkable constraint holds
     * @throws IllegalArgumentException when setValues is null
     */
    public List<Violation> check(Map<String, Double> setValues) {
        return check(setValues, Map.of());
    }

    /**
     * Checks numeric and list values against NEST's constraints, like {@link #check(Map)}; list parameters that
     * are not given take their default (an empty list when the default is {@code []}).
     *
     * @param setValues  scalar values set by the user, in NEST's units
     * @param listValues list values set by the user (spike times, amplitude times ...), in NEST's units
     * @return the violations in data order; empty when every checkable constraint holds
     * @throws IllegalArgumentException when setValues or listValues is null
     */
    public List<Violation> check(Map<String, Double> setValues, Map<String, double[]> listValues) {
        if (setValues == null) {
            throw new IllegalArgumentException("setValues must be a map of parameter values, but was null");
        }
        if (listValues == null) {
            throw new IllegalArgumentException("listValues must be a map of list values, but was null");
        }
        ConstraintExpression.Environment env = new ConstraintExpression.Environment() {
            @Override
            public double scalar(String parameterName) {
                Double set = setValues.get(parameterName);
                if (set != null) {
                    return set;
                }
                ParameterSpec parameter = parameters.get(parameterName);
                return parameter == null ? Double.NaN : parameter.defaultValue();
            }

            @Override
            public double[] list(String parameterName) {
                double[] set = listValues.get(parameterName);
                if (set != null) {
                    return set;
                }
                ParameterSpec parameter = parameters.get(parameterName);
                return parameter != null && "[]".equals(parameter.defaultText()) ? new double[0] : null;
            }

            @Override
            public String unit(String parameterName) {
                if (parameterName.equals("resolution")) {
                    return "ms";
                }
                ParameterSpec parameter = parameters.get(parameterName);
                return parameter == null || parameter.hasTargetWeightUnit() ? "" : parameter.unit();
            }
        };
        List<Violation> violations = new ArrayList<>();
        for (Constraint constraint : constraints) {
            ConstraintExpression expression = ConstraintExpression.compile(constraint.expression());
            Optional<String> message = expression.violation(env);
            message.ifPresent(text -> violations.add(new Violation(constraint, expression.values(env), text)));
        }
        return violations;
    }
}
