package nngt.model.api;

import java.util.Map;

import nngt.model.NeuralGroup;
import nngt.model.NngtFactory;
import nngt.model.Parameter;

/**
 * Factory for NNGT neural groups ({@code nngt.NeuralGroup}): neurons sharing a type, a NEST model and
 * parameters. Ids are assigned when the group joins a population ({@link NeuralPop#fromGroups}).
 */
public final class Groups {

    /** Type of excitatory neurons. */
    public static final int EXCITATORY = 1;
    /** Type of inhibitory neurons. */
    public static final int INHIBITORY = -1;

    private Groups() {
    }

    /**
     * Creates a group without ids.
     *
     * @param name unique name within its population, not blank
     * @param size number of neurons, 0 or more
     * @param neuronType {@link #EXCITATORY} or {@link #INHIBITORY}
     * @param neuronModel NEST model name, or null for a group that only structures a graph (a
     *        population sent to NEST rejects it)
     * @param parameters neuron parameters in NEST units (mV, ms, pA, nS, pF); may be empty. Unlike
     *        NNGT, they are kept even when {@code neuronModel} is null.
     * @return the new group
     * @throws IllegalArgumentException when an argument is out of range; the message names it
     */
    public static NeuralGroup neuralGroup(String name, int size, int neuronType, String neuronModel,
            Map<String, ? extends Number> parameters) {
        requireName(name);
        if (size < 0) {
            throw new IllegalArgumentException("Argument 'size' of group '" + name + "' is " + size
                    + "; a group has 0 or more neurons.");
        }
        if (neuronType != EXCITATORY && neuronType != INHIBITORY) {
            throw new IllegalArgumentException("Argument 'neuronType' of group '" + name + "' is " + neuronType
                    + "; valid types are 1 (excitatory) and -1 (inhibitory).");
        }
        if (neuronModel != null && neuronModel.isBlank()) {
            throw new IllegalArgumentException("Argument 'neuronModel' of group '" + name
                    + "' is blank; give a NEST model name such as iaf_psc_alpha, or null.");
        }
        NeuralGroup group = NngtFactory.eINSTANCE.createNeuralGroup();
        group.setName(name);
        group.setSize(size);
        group.setNeuronType(neuronType);
        group.setNeuronModel(neuronModel);
        if (parameters != null) {
            parameters.forEach((key, value) -> group.getParameters().add(parameter(key, value.doubleValue())));
        }
        return group;
    }

    /**
     * Creates an excitatory group with no parameters.
     *
     * @param name unique name within its population
     * @param size number of neurons
     * @param neuronModel NEST model name
     * @return the new group
     */
    public static NeuralGroup neuralGroup(String name, int size, String neuronModel) {
        return neuralGroup(name, size, EXCITATORY, neuronModel, Map.of());
    }

    /**
     * @param name NEST parameter name, not blank
     * @param value value in NEST units, finite
     * @return a parameter with a constant value
     */
    public static Parameter parameter(String name, double value) {
        return parameter(name, Distributions.constant(value, nngt.model.Unit.NONE));
    }

    /**
     * @param name NEST parameter name, not blank
     * @param value value or per-neuron distribution
     * @return a parameter
     * @throws IllegalArgumentException when {@code name} is blank or {@code value} is null
     */
    public static Parameter parameter(String name, nngt.model.Distribution value) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Argument 'name' of a parameter is '" + name
                    + "'; a NEST parameter name such as V_th is required.");
        }
        if (value == null) {
            throw new IllegalArgumentException("Argument 'value' of parameter '" + name
                    + "' is null; give a value or a distribution.");
        }
        Parameter parameter = NngtFactory.eINSTANCE.createParameter();
        parameter.setName(name);
        parameter.setValue(value);
        return parameter;
    }

    static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "Argument 'name' is '" + name + "'; a group needs a non-blank name.");
        }
    }
}
