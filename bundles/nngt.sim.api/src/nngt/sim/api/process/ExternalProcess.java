package nngt.sim.api.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import nngt.sim.api.CancellationToken;

/**
 * Runs an external command to completion or cancellation. Standard output is handed line by line to a consumer
 * on the calling thread (so a {@link nngt.sim.api.ProgressListener} is called from the thread that runs the
 * simulation); the last lines of standard error (and of standard output) are kept for error messages.
 * Cancelling destroys the process and all its descendants (an {@code mpirun} and its ranks, a shell and its
 * Python) before returning.
 */
public final class ExternalProcess {

    /** How many lines of each stream are kept for messages. */
    public static final int TAIL_LINES = 40;

    /** How often the cancellation token and the output queue are polled, in milliseconds. */
    private static final long POLL_MILLIS = 50;

    /**
     * How a run ended.
     *
     * @param exitCode   the process's exit code; -1 when cancelled
     * @param cancelled  whether the token was cancelled (the process tree was destroyed)
     * @param stderrTail the last {@value #TAIL_LINES} lines of standard error
     * @param stdoutTail the last {@value #TAIL_LINES} lines of standard output
     */
    public record Outcome(int exitCode, boolean cancelled, String stderrTail, String stdoutTail) {
    }

    private ExternalProcess() {
    }

    /**
     * Runs a command.
     *
     * @param command     the program and its arguments
     * @param directory   the working directory
     * @param environment variables added to this process's environment
     * @param stdoutLines receives each line of standard output, on the calling thread
     * @param cancel      polled every 50 ms; when cancelled the process tree is destroyed
     * @return how the run ended
     * @throws IOException when the program cannot be started
     * @throws IllegalArgumentException when the command is empty
     */
    public static Outcome run(List<String> command, Path directory, Map<String, String> environment,
            Consumer<String> stdoutLines, CancellationToken cancel) throws IOException {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command: empty; give the program and its arguments");
        }
        Objects.requireNonNull(stdoutLines, "stdoutLines");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile());
        builder.environment().putAll(environment);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
        Tail stdoutTail = new Tail();
        Tail stderrTail = new Tail();
        Thread stdoutReader = reader(process.getInputStream(), line -> {
            stdoutTail.add(line);
            lines.add(line);
        }, "stdout");
        Thread stderrReader = reader(process.getErrorStream(), stderrTail::add, "stderr");
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                drain(lines, stdoutLines);
                if (cancel.isCancelled()) {
                    destroyTree(process);
                    return new Outcome(-1, true, stderrTail.text(), stdoutTail.text());
                }
            }
            // the streams end when the process and its children have closed them
            stdoutReader.join(TimeUnit.SECONDS.toMillis(10));
            stderrReader.join(TimeUnit.SECONDS.toMillis(10));
            drain(lines, stdoutLines);
            return new Outcome(process.exitValue(), false, stderrTail.text(), stdoutTail.text());
        } catch (InterruptedException e) {
            destroyTree(process);
            Thread.currentThread().interrupt();
            return new Outcome(-1, true, stderrTail.text(), stdoutTail.text());
        }
    }

    /**
     * Destroys a process and every descendant, children first, and waits for them to end.
     *
     * @param process the process
     */
    public static void destroyTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        // children first: an mpirun that dies first may leave its ranks running
        for (int k = descendants.size() - 1; k >= 0; k--) {
            descendants.get(k).destroyForcibly();
        }
        process.destroyForcibly();
        for (ProcessHandle handle : descendants) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                // a process that survives 10 s after SIGKILL is beyond our reach; the folder is deleted anyway
            }
        }
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(ConcurrentLinkedQueue<String> lines, Consumer<String> consumer) {
        for (String line = lines.poll(); line != null; line = lines.poll()) {
            consumer.accept(line);
        }
    }

    private static Thread reader(InputStream stream, Consumer<String> consumer, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    consumer.accept(line);
                }
            } catch (IOException closed) {
                // the process was destroyed: its pipe closes under the reader
            }
        }, "nngt-process-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** The last lines of a stream, thread-safe. */
    private static final class Tail {
        private final Deque<String> lines = new ArrayDeque<>();

        synchronized void add(String line) {
            if (lines.size() == TAIL_LINES) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }

        synchronized String text() {
            return String.join("\n", lines);
        }
    }
}
