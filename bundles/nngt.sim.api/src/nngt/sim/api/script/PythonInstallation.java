package nngt.sim.api.script;

import java.util.Map;
import java.util.Optional;

/**
 * A Python interpreter that a script backend runs its scripts with, and whether it imports what the scripts need.
 */
public interface PythonInstallation {

    /** @return the interpreter's path */
    String python();

    /** @return the version of what the scripts import, empty when the interpreter cannot import it */
    Optional<String> version();

    /** @return why the scripts cannot run (empty when they can) */
    String problem();

    /** @return whether the scripts can run */
    boolean usable();

    /**
     * The variables a script runs with besides the inherited ones.
     *
     * @return the variables to set; none by default
     */
    default Map<String, String> environment() {
        return Map.of();
    }

    /**
     * The interpreter a backend is configured with: the system property, else the environment variable, else the
     * default, so that one run can override what a whole session uses.
     *
     * @param property      the system property naming the interpreter
     * @param variable      the environment variable naming the interpreter
     * @param defaultPython the interpreter used when neither is set
     * @return the interpreter's path
     */
    static String configuredPython(String property, String variable, String defaultPython) {
        return configuredPython(Map.of(), null, property, variable, defaultPython);
    }

    /**
     * The interpreter a run uses: its simulator option (the workbench's preference, {@code --sim-option} on the
     * command line), else the system property, else the environment variable, else the default.
     *
     * @param options       the plan's simulator options
     * @param option        the option's key, e.g. {@code brian2.python}; null for none
     * @param property      the system property naming the interpreter
     * @param variable      the environment variable naming the interpreter
     * @param defaultPython the interpreter used when none is set
     * @return the interpreter's path
     */
    static String configuredPython(Map<String, String> options, String option, String property, String variable,
            String defaultPython) {
        String chosen = option == null ? null : options.get(option);
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        String python = System.getProperty(property);
        if (python == null || python.isBlank()) {
            python = System.getenv(variable);
        }
        return python == null || python.isBlank() ? defaultPython : python;
    }
}
