package nngt.workbench.ui.run;

import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;

import nngt.sim.nest.NestOptions;
import nngt.workbench.ui.WorkbenchIds;

/**
 * The workbench's simulation preferences (Window &gt; Preferences &gt; NNGT Simulation), kept in the instance scope
 * of {@value WorkbenchIds#PLUGIN_ID}: the Python interpreter that runs NEST, the simulator a new launch
 * configuration uses and its thread count. New launch configurations take the simulator and the threads; every
 * run passes the NEST interpreter to the simulator as the {@value NestOptions#PYTHON} option.
 */
public final class RunPreferences {

    /** Preference key: the Python interpreter with NEST; empty uses NEST's own search (NEST_PYTHON, python3). */
    public static final String NEST_PYTHON = "nestPython";
    /** Preference key: the simulator id of new launch configurations. */
    public static final String DEFAULT_SIMULATOR = "defaultSimulator";
    /** Preference key: the threads of new launch configurations; 0 keeps the model's setting. */
    public static final String THREADS = "threads";

    /** The interpreter when none is set: empty, so that NEST's runner finds one itself. */
    public static final String NEST_PYTHON_DEFAULT = "";
    /** The threads when none is set: the model's own setting. */
    public static final int THREADS_DEFAULT = 0;

    private RunPreferences() {
    }

    /**
     * @return the Python interpreter with NEST, or empty for NEST's own search
     */
    public static String nestPython() {
        return service().getString(WorkbenchIds.PLUGIN_ID, NEST_PYTHON, NEST_PYTHON_DEFAULT, null).trim();
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
     * @return the simulator options every run passes: the NEST interpreter when one is set
     */
    public static Map<String, String> simulatorOptions() {
        String python = nestPython();
        return python.isEmpty() ? Map.of() : Map.of(NestOptions.PYTHON, python);
    }

    private static IPreferencesService service() {
        return Platform.getPreferencesService();
    }
}
