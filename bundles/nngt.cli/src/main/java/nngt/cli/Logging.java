package nngt.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Layout;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Sends the log4j 1.x logging of Xtext and EMF to standard error, one line per event. Xtext's jar carries
 * a log4j.properties that logs INFO and above to standard output, where a log line breaks
 * {@code validate --json} and the framing of {@code nngt lsp}.
 */
final class Logging {

    private static boolean configured;

    /*
     * jHDF (the HDF5 of SONATA exports) logs through slf4j to java.util.logging: a line per file written and a
     * warning that its writer is "alpha" (the project's tests read every export back with h5py). Only its errors
     * are shown; the field keeps the logger, which java.util.logging holds weakly, with that level.
     */
    private static final java.util.logging.Logger JHDF = java.util.logging.Logger.getLogger("io.jhdf");

    private Logging() {
    }

    /**
     * Replaces whatever log4j configuration was found by one appender on standard error at WARN.
     */
    static synchronized void toStandardError() {
        if (configured) {
            return;
        }
        LogManager.resetConfiguration();
        // Configured before its one activation: activating it twice would close System.err.
        ConsoleAppender appender = new ConsoleAppender();
        appender.setLayout(new OneLineLayout());
        appender.setTarget(ConsoleAppender.SYSTEM_ERR);
        // Follow System.err as it is at each event, also when a test replaces it.
        appender.setFollow(true);
        appender.activateOptions();
        Logger.getRootLogger().addAppender(appender);
        Logger.getRootLogger().setLevel(Level.WARN);
        JHDF.setLevel(java.util.logging.Level.SEVERE);
        configured = true;
    }

    /** {@code nngt: warning: message (exception)}: a stack trace is no help to a user at a terminal. */
    private static final class OneLineLayout extends Layout {

        @Override
        public String format(LoggingEvent event) {
            String exception = event.getThrowableInformation() == null ? ""
                    : " (" + event.getThrowableInformation().getThrowable() + ")";
            String level = event.getLevel().isGreaterOrEqual(Level.ERROR) ? "error" : "warning";
            return "nngt: " + level + ": " + event.getRenderedMessage() + exception + LINE_SEP;
        }

        @Override
        public boolean ignoresThrowable() {
            return false;
        }

        @Override
        public void activateOptions() {
            // Nothing to configure.
        }
    }
}
