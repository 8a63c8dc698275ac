package nngt.workbench.ui.run;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;

import nngt.sim.api.InterpreterOption;
import nngt.sim.api.Simulator;
import nngt.workbench.ui.WorkbenchIds;

/**
 * The workbench's simulation preferences (Window &gt; Preferences &gt; NNGT &gt; Simulation), kept in the instance scope
 * of {@value WorkbenchIds#PLUGIN_ID}: the Python interpreter of each installed simulator that runs in Python (each
 * declares its {@link Simulator#interpreterOption()}), the simulator a new launch configuration uses and its thread
 * count. New launch configurations take the simulator and the threads; every run passes each chosen interpreter to
 * the simulators under the simulator's own option key.
 */
public final class RunPreferences {

    /** Preference key: the simulator id of new launch configurations. */
    public static final String DEFAULT_SIMULATOR = "defaultSimulator";
    /** Preference key: the threads of new launch configurations; 0 keeps the model's setting. */
    public static final String THREADS = "threads";

    /** An interpreter when none is set: empty, so that the simulator finds one itself. */
    public static final String PYTHON_DEFAULT = "";
    /** The threads when none is set: the model's own setting. */
    public static final int THREADS_DEFAULT = 0;

    private RunPreferences() {
    }

    /**
     * The interpreter chosen for a simulator, stored under its option key (e.g. {@code nest.python}).
     *
     * @param option a simulator's interpreter option
     * @return the interpreter, or empty for the simulator's own search
     */
    public static String python(InterpreterOption option) {
        return service().getString(WorkbenchIds.PLUGIN_ID, option.key(), PYTHON_DEFAULT, null).trim();
    }

    /**
     * @return the simulator id of new launch configurations
     */
    public static String defaultSimulator() {
        String id = service().getString(WorkbenchIds.PLUGIN_ID, DEFAULT_SIMULATOR, WorkbenchIds.DEFAULT_SIMULATOR,
                null).trim();
        return id.isEmpty() ? WorkbenchIds.DEFAULT_SIMULATOR : id;
    }

    /**
     * @return the threads of new launch configurations, 0 for the model's setting
     */
    public static int threads() {
        return Math.max(0, service().getInt(WorkbenchIds.PLUGIN_ID, THREADS, THREADS_DEFAULT, null));
    }

    /**
     * @return the simulator options every run passes: the interpreter of each installed simulator that has one set,
     *         under the simulator's option key (each simulator reads only its own), sorted by key
     */
    public static Map<String, String> simulatorOptions() {
        Map<String, String> options = new TreeMap<>();
        for (Simulator simulator : InstalledSimulators.all()) {
            simulator.interpreterOption().ifPresent(option -> {
                String python = python(option);
                if (!python.isEmpty()) {
                    options.put(option.key(), python);
                }
            });
        }
        return options;
    }

    private static IPreferencesService service() {
        return Platform.getPreferencesService();
    }
}
