package nngt.sim.api.process;

import java.util.function.Consumer;

import nngt.sim.api.ProgressListener;

/**
 * The progress protocol of the scripts that simulator bundles run in another process (NEST's run.py, the
 * Brian2 script): a line {@code NNGT_PROGRESS <simulated ms> <total ms>} on standard output. As the
 * consumer of {@link ExternalProcess#run}'s output lines, it hands each such line to a
 * {@link ProgressListener} and ignores every other line.
 */
public final class ProgressLines implements Consumer<String> {

    /** The prefix of a progress line. */
    public static final String PREFIX = "NNGT_PROGRESS ";

    private final ProgressListener listener;
    private double reachedMs;

    /**
     * @param listener receives the progress lines' figures
     */
    public ProgressLines(ProgressListener listener) {
        this.listener = listener;
    }

    @Override
    public void accept(String line) {
        if (!line.startsWith(PREFIX)) {
            return;
        }
        String[] parts = line.substring(PREFIX.length()).trim().split("\\s+");
        if (parts.length != 2) {
            return;
        }
        try {
            double simulated = Double.parseDouble(parts[0]);
            double total = Double.parseDouble(parts[1]);
            reachedMs = simulated;
            listener.progress(simulated, total);
        } catch (NumberFormatException notProgress) {
            // a script's own line that happens to start like ours: not progress
        }
    }

    /**
     * @return the simulated time of the last progress line, in ms (0 before the first)
     */
    public double reachedMs() {
        return reachedMs;
    }
}
