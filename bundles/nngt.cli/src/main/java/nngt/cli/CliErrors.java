package nngt.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import nngt.sim.api.SimulationCancelledException;

/**
 * Turns failures into one clear line and an exit code: users see what went wrong, never a stack trace.
 */
final class CliErrors {

    private CliErrors() {
    }

    /**
     * @param error a failure of a command
     * @return one line that says what failed
     */
    static String describe(Throwable error) {
        Throwable cause = error instanceof UncheckedIOException unchecked ? unchecked.getCause() : error;
        if (cause instanceof AccessDeniedException denied) {
            return denied.getFile() + ": " + (denied.getReason() == null ? "permission denied" : denied.getReason())
                    + ".";
        }
        if (cause instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or folder.";
        }
        if (cause instanceof FileSystemException fileSystem) {
            return fileSystem.getFile() + ": " + (fileSystem.getReason() == null ? "cannot be written." : fileSystem.getReason());
        }
        if (cause instanceof SimulationCancelledException) {
            return "stopped; nothing was written.";
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            message = cause.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }

    /**
     * @param error a failure of a command
     * @return the exit code for it
     */
    static int exitCode(Throwable error) {
        return error instanceof SimulationCancelledException ? Main.EXIT_INTERRUPTED : Main.EXIT_INVALID_INPUT;
    }
}
