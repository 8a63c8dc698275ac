package nngt.sim.embedded.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nngt.sim.api.SimulationPlan;

/**
 * The parameters of one plastic synapse table as the plan gives them: per name the values drawn for the table's
 * edges (in table order) where the plan has an edge parameter column, else the synapse model's constant, else the
 * catalog's default ({@link SimulationPlan.SynapseModel#constant}).
 */
public final class SynapseParameters {

    /** Names every connection has; the edges carry their values, not the parameters. */
    private static final Set<String> CONNECTION = Set.of("weight", "delay", "receptor_type");

    private final SimulationPlan.SynapseModel model;
    private final Map<String, double[]> drawn;

    /**
     * Collects a table's parameters.
     *
     * @param model the synapse model
     * @param drawn parameter name to the drawn values of the table's synapses, NaN where an edge draws none
     * @throws IllegalArgumentException when the model sets or draws a name that is not one of its parameters;
     *                                  the catalog's defaults list the valid names
     */
    public SynapseParameters(SimulationPlan.SynapseModel model, Map<String, double[]> drawn) {
        this.model = model;
        this.drawn = drawn;
        Set<String> given = new TreeSet<>(model.parameters().keySet());
        given.addAll(drawn.keySet());
        for (String name : given) {
            if (!model.defaults().containsKey(name) && !CONNECTION.contains(name)) {
                throw new IllegalArgumentException("synapse parameters: '" + name + "' is not a parameter of "
                        + model.model() + "; valid are " + new TreeSet<>(model.defaults().keySet()));
            }
        }
    }

    /** @return the synapse model name */
    public String model() {
        return model.model();
    }

    /**
     * A parameter of the table.
     *
     * @param name the parameter name
     * @return the parameter, constant when it is not drawn or equal on every synapse
     * @throws IllegalArgumentException when a synapse needs the constant and the model has no value for the name
     */
    public SynapseParameter get(String name) {
        return SynapseParameter.of(model, name, drawn.get(name));
    }
}
