package nngt.sim.embedded.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nngt.sim.api.SimulationPlan.NeuronRange;

/**
 * The parameters of a neuron range resolved against a model's defaults: unknown names are rejected
 * (NEST's {@code dict_miss_is_error}), and neurons with identical parameter vectors share one
 * "parameter set", so propagators are computed once per distinct set rather than once per neuron.
 * Defaults are the plan's, i.e. the catalog's ({@link NeuronRange#defaults()}); the model classes' own values
 * serve only names the catalog has no numeric default for.
 */
public final class ParameterTable {

    private final String model;
    private final List<String> parameterNames;
    private final double[][] sets;
    private final int[] setOfNeuron;
    private final NeuronRange range;
    private final Map<String, Double> stateDefaults;

    /**
     * Resolves a range.
     *
     * @param range         the neuron range
     * @param parameters    parameter names with NEST defaults, in the order the model reads them
     * @param stateDefaults initial-state names with defaults (per neuron, not deduplicated); a NaN default
     *                      means "derived by the model" (e.g. V_m = E_L)
     * @throws IllegalArgumentException when the range sets a name that is neither a parameter nor a state
     */
    public ParameterTable(NeuronRange range, LinkedHashMap<String, Double> parameters,
            Map<String, Double> stateDefaults) {
        this.range = range;
        this.model = range.model();
        this.parameterNames = List.copyOf(parameters.keySet());
        this.stateDefaults = stateDefaults;
        for (String name : range.parameters().keySet()) {
            if (!parameters.containsKey(name) && !stateDefaults.containsKey(name)) {
                Set<String> valid = new TreeSet<>(parameters.keySet());
                valid.addAll(stateDefaults.keySet());
                throw new IllegalArgumentException("parameters: '" + name + "' is not a parameter of " + model
                        + " (group '" + range.group() + "'); valid are " + valid);
            }
        }
        double[] frozen = range.parameters().get("frozen");
        if (frozen != null && java.util.Arrays.stream(frozen).anyMatch(v -> v != 0)) {
            throw new IllegalArgumentException("parameters: frozen = true in group '" + range.group() + "' ("
                    + model + ") is not supported by the embedded simulator; valid is false");
        }
        int n = range.size();
        setOfNeuron = new int[n];
        Map<List<Double>, Integer> index = new HashMap<>();
        java.util.ArrayList<double[]> distinct = new java.util.ArrayList<>();
        double[] defaults = withCatalogDefaults(parameters, range.defaults()).values().stream()
                .mapToDouble(Double::doubleValue).toArray();
        boolean uniform = parameterNames.stream().allMatch(p -> {
            double[] v = range.parameters().get(p);
            return v == null || v.length == 1;
        });
        for (int i = 0; i < n; i++) {
            if (uniform && i > 0) {
                setOfNeuron[i] = 0;
                continue;
            }
            double[] vector = new double[defaults.length];
            for (int p = 0; p < vector.length; p++) {
                vector[p] = range.value(parameterNames.get(p), i, defaults[p]);
            }
            List<Double> key = Arrays.stream(vector).boxed().toList();
            Integer set = index.get(key);
            if (set == null) {
                set = distinct.size();
                index.put(key, set);
                distinct.add(vector);
            }
            setOfNeuron[i] = set;
        }
        if (n == 0) {
            double[] vector = defaults.clone();
            for (int p = 0; p < vector.length; p++) {
                vector[p] = range.value(parameterNames.get(p), 0, defaults[p]);
            }
            distinct.add(vector);
        }
        sets = distinct.toArray(new double[0][]);
    }

    /**
     * Puts the catalog's defaults over a model class's parameter list.
     *
     * @param parameters the parameters a model reads, with the model class's values
     * @param catalog    the catalog's numeric defaults of the model
     * @return the same names in the same order, with the catalog's default where it has one
     */
    static LinkedHashMap<String, Double> withCatalogDefaults(Map<String, Double> parameters,
            Map<String, Double> catalog) {
        LinkedHashMap<String, Double> merged = new LinkedHashMap<>(parameters);
        merged.replaceAll((name, own) -> catalog.getOrDefault(name, own));
        return merged;
    }

    /** @return the model name */
    public String model() {
        return model;
    }

    /** @return the group name */
    public String group() {
        return range.group();
    }

    /** @return the number of distinct parameter sets */
    public int setCount() {
        return sets.length;
    }

    /**
     * A parameter of a set.
     *
     * @param set  set index
     * @param name parameter name
     * @return the value
     */
    public double get(int set, String name) {
        return sets[set][parameterNames.indexOf(name)];
    }

    /** @return per neuron of the range its set index */
    public int[] setOfNeuron() {
        return setOfNeuron;
    }

    /**
     * The initial value of a state variable for a neuron.
     *
     * @param name         state name
     * @param indexInRange neuron index inside the range
     * @param derived      the value to use when neither the range nor the defaults give one (NaN default)
     * @return the value
     */
    public double state(String name, int indexInRange, double derived) {
        double fallback = stateDefaults.get(name);
        return range.value(name, indexInRange, Double.isNaN(fallback) ? derived : fallback);
    }

    /**
     * Fails with a message naming the parameter, its value and the rule.
     *
     * @param condition whether the constraint holds
     * @param name      parameter name
     * @param value     its value
     * @param rule      what is valid
     * @throws IllegalArgumentException when the condition is false
     */
    public void require(boolean condition, String name, double value, String rule) {
        if (!condition) {
            throw new IllegalArgumentException("parameters: " + name + " = " + value + " in group '" + group()
                    + "' (" + model + ") is invalid; " + rule);
        }
    }
}
