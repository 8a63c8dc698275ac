package nngt.sim.embedded.internal;

import java.util.function.DoublePredicate;

import nngt.sim.api.SimulationPlan;

/**
 * One parameter of a plastic synapse table: a single constant, or one value per synapse (in table order) where the
 * plan draws it per edge and the values of the table's synapses differ. A table whose parameters are all constant
 * keeps no per-synapse array for them.
 */
public final class SynapseParameter {

    private final String name;
    private final double constant;
    private final double[] values;

    private SynapseParameter(String name, double constant, double[] values) {
        this.name = name;
        this.constant = constant;
        this.values = values;
    }

    /**
     * Resolves a parameter of a table: the drawn value of each synapse, NaN replaced by the synapse model's
     * constant (its set value, else the catalog's default).
     *
     * @param model the synapse model of the table
     * @param name  the parameter name
     * @param drawn per synapse the value drawn for its edge (NaN where none is), or null when no edge of the
     *              table draws the parameter; replaced in place
     * @return the parameter, a constant when every synapse has the same value
     * @throws IllegalArgumentException when a synapse needs the constant and the model has no value for the name
     */
    static SynapseParameter of(SimulationPlan.SynapseModel model, String name, double[] drawn) {
        if (drawn == null || drawn.length == 0) {
            return new SynapseParameter(name, model.constant(name), null);
        }
        boolean uniform = true;
        for (int j = 0; j < drawn.length; j++) {
            if (Double.isNaN(drawn[j])) {
                drawn[j] = model.constant(name);
            }
            uniform &= Double.compare(drawn[j], drawn[0]) == 0;
        }
        return uniform ? new SynapseParameter(name, drawn[0], null) : new SynapseParameter(name, Double.NaN, drawn);
    }

    /**
     * The value of synapse j.
     *
     * @param j synapse index in the table
     * @return the value
     */
    public double get(int j) {
        return values == null ? constant : values[j];
    }

    /** @return whether synapses have values of their own (otherwise {@link #get} ignores its argument) */
    public boolean varies() {
        return values != null;
    }

    /**
     * Checks NEST's rule on every value; for a value of its own the message names the edge.
     *
     * @param model the synapse model name, for the message
     * @param ok    the rule
     * @param rule  what is valid, e.g. "it must be in [0, 1]"
     * @param table the table, to name a synapse's source and target
     * @throws IllegalArgumentException when a value breaks the rule
     */
    void require(String model, DoublePredicate ok, String rule, SynapseTable table) {
        if (values == null) {
            if (!ok.test(constant)) {
                throw new IllegalArgumentException("synapse parameters: " + model + " " + name + " = " + constant
                        + " is invalid; " + rule);
            }
            return;
        }
        for (int j = 0; j < values.length; j++) {
            if (!ok.test(values[j])) {
                throw new IllegalArgumentException("synapse parameters: " + model + " " + name + " = " + values[j]
                        + " on edge " + table.edgeName(j) + " is invalid; " + rule);
            }
        }
    }

    /** @return bytes held per synapse values (0 for a constant) */
    long bytes() {
        return values == null ? 0 : 8L * values.length;
    }
}
