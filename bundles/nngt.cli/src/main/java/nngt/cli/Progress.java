package nngt.cli;

import java.io.PrintWriter;

/**
 * Progress of the long steps: a bar redrawn in place on a terminal, a few plain lines otherwise
 * (logs and CI output stay readable).
 */
final class Progress {

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
     * @param done simulated time so far
     * @param total simulated time in all
     */
    void update(double done, double total) {
        int percent = total <= 0 ? 100 : (int) Math.min(100, Math.floor(100 * done / total));
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        if (terminal) {
            int filled = percent * WIDTH / 100;
            out.print("\r" + phase + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%");
            out.flush();
        } else if (percent % 25 == 0 && percent > 0 && percent < 100) {
            out.println("  " + percent + "%");
            out.flush();
        }
    }

    void done(String outcome) {
        double seconds = (System.nanoTime() - phaseStart) / 1e9;
        if (terminal) {
            out.print("\r\033[K");
        }
        out.println(phase + ": " + outcome + " (" + Summary.number(seconds) + " s)");
        out.flush();
    }
}
