package nngt.workbench.ui.run;

import org.eclipse.core.resources.IFile;

/**
 * What to run and how: the settings of an "NNGT Simulation" launch configuration.
 *
 * @param model       the {@code .nngt} file in the workspace
 * @param simulatorId the simulator's id, e.g. {@code embedded}
 * @param threads     worker threads, or 0 to keep the model's setting (all cores when the model has none)
 * @param seed        the master seed, or null to keep the model's
 * @param durationMs  the simulated time in ms, or null to keep the model's (1000 ms when it has none)
 * @param output      the results folder relative to the model's project, or empty for {@code results/<network>}
 */
public record RunSettings(IFile model, String simulatorId, int threads, Long seed, Double durationMs, String output) {

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException when the model or simulator id is missing, threads are negative, or the
     *                                  duration is not a positive finite number
     */
    public RunSettings {
        if (model == null) {
            throw new IllegalArgumentException("model: null; choose a .nngt file of the workspace.");
        }
        if (simulatorId == null || simulatorId.isBlank()) {
            throw new IllegalArgumentException("simulatorId: '" + simulatorId + "'; choose an installed simulator.");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads: " + threads + "; give 1 or more, or 0 for the model's setting.");
        }
        if (durationMs != null && !(durationMs > 0 && Double.isFinite(durationMs))) {
            throw new IllegalArgumentException("durationMs: " + durationMs
                    + "; give a positive number of milliseconds, or none for the model's duration.");
        }
        output = output == null ? "" : output.trim();
    }
}
