package nngt.sim.api;

/**
 * The simulator option that names the Python interpreter a simulator runs its scripts with, so that a front end
 * (the workbench's preference page, which holds one interpreter per simulator) can offer it without knowing the
 * simulator: it passes the chosen path as {@code key=path} among the plan's {@linkplain SimulationPlan#options()
 * simulator options}, as {@code --sim-option key=path} does on the command line.
 *
 * @param key       the option's key, under the simulator's prefix, e.g. {@code nest.python}
 * @param label     what the interpreter must import, for a field's label, e.g. {@code NEST}
 * @param whenUnset which interpreter the simulator uses when the option is not given, e.g.
 *                  {@code $NEST_PYTHON, else python3 on the PATH}
 */
public record InterpreterOption(String key, String label, String whenUnset) {

    /**
     * @throws IllegalArgumentException when a part is blank
     */
    public InterpreterOption {
        if (key == null || key.isBlank() || label == null || label.isBlank() || whenUnset == null
                || whenUnset.isBlank()) {
            throw new IllegalArgumentException("An interpreter option needs a key, a label and what is used when it"
                    + " is unset; got key '" + key + "', label '" + label + "', when unset '" + whenUnset + "'");
        }
    }
}
