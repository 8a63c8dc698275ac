package nngt.workbench.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.run.RunPreferences;
import nngt.workbench.ui.run.RunSettings;

/**
 * Converts between "NNGT Simulation" launch configurations and {@link RunSettings}, and creates the
 * configuration of a model file.
 */
public final class LaunchSettings {

    private LaunchSettings() {
    }

    /**
     * Reads a configuration.
     *
     * @param configuration an "NNGT Simulation" configuration
     * @return its settings
     * @throws CoreException when the model is not a workspace file, or the seed, time or threads are not valid
     *                       numbers; the message names the attribute and what is valid
     */
    public static RunSettings read(ILaunchConfiguration configuration) throws CoreException {
        String modelPath = configuration.getAttribute(WorkbenchIds.ATTR_MODEL, "");
        IResource model = modelPath.isBlank() ? null
                : ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromPortableString(modelPath));
        if (!(model instanceof IFile file)) {
            throw new CoreException(Status.error("Model file '" + modelPath
                    + "' is not a file of the workspace; choose a .nngt file."));
        }
        String simulator = configuration.getAttribute(WorkbenchIds.ATTR_SIMULATOR, RunPreferences.defaultSimulator());
        int threads = configuration.getAttribute(WorkbenchIds.ATTR_THREADS, 0);
        String seedText = configuration.getAttribute(WorkbenchIds.ATTR_SEED, "").trim();
        String timeText = configuration.getAttribute(WorkbenchIds.ATTR_TIME_MS, "").trim();
        String output = configuration.getAttribute(WorkbenchIds.ATTR_OUTPUT, "");
        try {
            return new RunSettings(file, simulator, threads, parseSeed(seedText), parseTime(timeText), output);
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
    }

    /**
     * @param text a seed as decimal text, or empty
     * @return the seed, or null when the text is empty
     * @throws IllegalArgumentException when the text is not a whole number
     */
    public static Long parseSeed(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed: '" + text + "' is not a whole number; give e.g. 12345, or "
                    + "leave it empty for the model's seed.", e);
        }
    }

    /**
     * @param text a time in ms as decimal text, or empty
     * @return the time, or null when the text is empty
     * @throws IllegalArgumentException when the text is not a positive number
     */
    public static Double parseTime(String text) {
        if (text.isEmpty()) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("time: '" + text + "' is not a number of milliseconds; give e.g. "
                    + "500, or leave it empty for the model's duration.", e);
        }
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException("time: " + text + " ms; give a positive number of milliseconds.");
        }
        return value;
    }

    /**
     * @return the "NNGT Simulation" launch configuration type
     */
    public static ILaunchConfigurationType type() {
        return launchManager().getLaunchConfigurationType(WorkbenchIds.LAUNCH_TYPE);
    }

    /**
     * Creates (unsaved) the default configuration of a model: the preferred simulator and threads
     * ({@link RunPreferences}), the model's seed and time, results in {@code results/<network>}.
     *
     * @param model a {@code .nngt} file of the workspace
     * @return a working copy named after the file
     * @throws CoreException when the configuration cannot be created
     */
    public static ILaunchConfigurationWorkingCopy newConfiguration(IFile model) throws CoreException {
        String name = launchManager().generateLaunchConfigurationName(model.getProject().getName() + " "
                + model.getName());
        ILaunchConfigurationWorkingCopy copy = type().newInstance(null, name);
        copy.setAttribute(WorkbenchIds.ATTR_MODEL, model.getFullPath().toPortableString());
        copy.setAttribute(WorkbenchIds.ATTR_SIMULATOR, RunPreferences.defaultSimulator());
        copy.setAttribute(WorkbenchIds.ATTR_THREADS, RunPreferences.threads());
        copy.setMappedResources(new IResource[] {model});
        return copy;
    }

    private static ILaunchManager launchManager() {
        return DebugPlugin.getDefault().getLaunchManager();
    }
}
