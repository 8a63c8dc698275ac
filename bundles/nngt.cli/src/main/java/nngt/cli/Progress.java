package nngt.cli;

import java.io.PrintWriter;

import nngt.sim.api.SimulationResult;
import nngt.sim.api.run.RunListener;
import nngt.sim.api.run.WallTime;

/**
 * Progress of the long steps: a bar with the time left redrawn in place on a terminal, a few plain lines otherwise
 * (logs and CI output stay readable).
 */
final class Progress implements RunListener {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal = System.console() != null;
    private String phase = "";
    private int lastPercent = -1;
    private long phaseStart;

    Progress(PrintWriter out) {
        this.out = out;
    }

    void phase(String name) {
        phase = name;
        lastPercent = -1;
        phaseStart = System.nanoTime();
        if (!terminal) {
            out.println(name + " ...");
            out.flush();
        }
    }

    /**
     * @param done  simulated time so far
     * @param total simulated time in all
     */
    @Override
    public void progress(double done, double total) {
        double fraction = total <= 0 ? 1 : Math.min(1, done / total);
        int percent = (int) Math.floor(100 * fraction);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        String left = WallTime.format(WallTime.remainingSeconds(elapsedSeconds(), fraction)) + " left";
        if (terminal) {
            int filled = percent * WIDTH / 100;
            out.print("\r" + phase + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%, "
                    + left + "\033[K");
            out.flush();
        } else if (percent % 25 == 0 && percent > 0 && percent < 100) {
            out.println("  " + percent + "%, " + left);
            out.flush();
        }
    }

    /** Ends the simulation phase with its spike count and run time. */
    @Override
    public void simulated(SimulationResult result) {
        int threads = result.metadata().threads();
        done(result.totalSpikes() + " spikes in " + Numbers.number(result.metadata().runSeconds()) + " s on "
                + threads + (threads == 1 ? " thread" : " threads"));
    }

    void done(String outcome) {
        if (terminal) {
            out.print("\r\033[K");
        }
        out.println(phase + ": " + outcome + " (" + Numbers.number(elapsedSeconds()) + " s)");
        out.flush();
    }

    private double elapsedSeconds() {
        return (System.nanoTime() - phaseStart) / 1e9;
    }
}
