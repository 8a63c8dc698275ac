package nngt.sim.api.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import nngt.sim.api.SimulationResult;
import nngt.sim.api.io.ResultsFolder;

/**
 * A finished run and its committed results folder.
 *
 * @param folder           the results folder
 * @param result           the spikes, traces and metadata
 * @param summary          the figures written to {@code summary.json}
 * @param threadsRequested the threads the plan asked for
 * @param warnings         what the commit could not tidy up (see {@link ResultsFolder#warnings()}); the results are
 *                         complete all the same
 */
public record RunRecord(Path folder, SimulationResult result, RunSummary summary, int threadsRequested,
        List<String> warnings) {

    /**
     * @return a sentence when the simulator ran on other than the threads asked for (the embedded simulator, for
     *         one, runs no more threads than the network has neurons); {@code summary.json} records those used
     */
    public Optional<String> threadsNote() {
        int used = result.metadata().threads();
        return used == threadsRequested ? Optional.empty()
                : Optional.of("The " + result.metadata().simulator() + " simulator ran on " + used
                        + (used == 1 ? " thread" : " threads") + ", not the " + threadsRequested
                        + " asked for.");
    }
}
