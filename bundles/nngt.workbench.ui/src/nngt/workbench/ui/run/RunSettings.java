package nngt.workbench.ui.run;

import org.eclipse.core.resources.IFile;

import nngt.sim.api.run.RunOverrides;

/**
 * What to run and how: the settings of an "NNGT Simulation" launch configuration. The run service checks the
 * values' ranges when it applies them ({@link #overrides()}), naming each by its label in the Simulation tab.
 *
 * @param model       the {@code .nngt} file in the workspace
 * @param simulatorId the simulator's id, e.g. {@code embedded}
 * @param threads     threads per process, or 0 to keep the model's setting (NEST's one thread when it has none)
 * @param seed        the master seed, or null to keep the model's
 * @param durationMs  the simulated time in ms, or null to keep the model's (1000 ms when it has none)
 * @param output      the results folder relative to the model's project, or empty for {@code results/<network>}
 */
public record RunSettings(IFile model, String simulatorId, int threads, Long seed, Double durationMs, String output) {

    /**
     * Checks that the settings name a model and a simulator.
     *
     * @throws IllegalArgumentException when the model or the simulator id is missing
     */
    public RunSettings {
        if (model == null) {
            throw new IllegalArgumentException("model: null; choose a .nngt file of the workspace.");
        }
        if (simulatorId == null || simulatorId.isBlank()) {
            throw new IllegalArgumentException("simulatorId: '" + simulatorId + "'; choose an installed simulator.");
        }
        output = output == null ? "" : output.trim();
    }

    /**
     * @return the seed, time and threads that replace the model's, named as the Simulation tab labels them, and
     *         the simulator options of the preferences (the NEST interpreter)
     */
    public RunOverrides overrides() {
        RunOverrides overrides = RunOverrides.none().withSimulatorOptions(RunPreferences.simulatorOptions());
        if (seed != null) {
            overrides = overrides.withSeed(seed, "Seed");
        }
        if (durationMs != null) {
            overrides = overrides.withDuration(durationMs, "Simulated time");
        }
        return threads == 0 ? overrides : overrides.withThreads(threads, "Threads");
    }
}
