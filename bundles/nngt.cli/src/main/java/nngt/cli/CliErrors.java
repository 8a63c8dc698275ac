package nngt.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import nngt.model.api.NetworkFootprint;
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
        for (Throwable link = error; link != null; link = link.getCause()) {
            if (link instanceof OutOfMemoryError) {
                return outOfMemory();
            }
        }
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
     * @return the line for a command that ran out of memory; what it wrote is gone (outputs are written
     *         to a temporary place and moved into place only when complete)
     */
    static String outOfMemory() {
        return "out of memory: this command needed more than the " + NetworkFootprint.format(Runtime.getRuntime().maxMemory())
                + " it may use, and nothing was written; " + MemoryLimit.advice();
    }

    /**
     * @param error a failure of a command
     * @return the exit code for it
     */
    static int exitCode(Throwable error) {
        return error instanceof SimulationCancelledException ? Main.EXIT_INTERRUPTED : Main.EXIT_INVALID_INPUT;
    }
}
