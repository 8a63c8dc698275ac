package nngt.workbench.ui.run;

/**
 * Receives the lines that describe a run as it goes, the lines {@code nngt run} prints: the phases with their
 * outcome, the simulation's progress, the per-group summary table and the results folder. The workbench shows
 * them in the run's console; called on the thread that runs the simulation.
 */
@FunctionalInterface
public interface RunLog {

    /** Discards every line. */
    RunLog NONE = line -> {
    };

    /**
     * @param line one line of text, without its line separator
     */
    void line(String line);
}
