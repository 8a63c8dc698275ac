package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code nngt} command line of the same build, run as a separate process, so that the workbench's results can be
 * checked against the command line's: the build passes the launcher as {@code -Dnngt.cli}; the reactor builds the
 * command line's distribution before these tests.
 */
final class CommandLine {

    /** The longest a command may take: a Brian2 comparison compiles its code first. */
    private static final long TIMEOUT_SECONDS = 300;

    private CommandLine() {
    }

    /**
     * What a command printed and returned.
     *
     * @param code its exit code
     * @param out  its standard output
     * @param err  its standard error
     */
    record Outcome(int code, String out, String err) {
    }

    /**
     * Skips the calling test, with the reason printed, when the command line's distribution is not built (a build of
     * this module alone).
     */
    static void assumeBuilt() {
        String launcher = System.getProperty("nngt.cli", "");
        boolean built = !launcher.isEmpty() && Files.isExecutable(Path.of(launcher));
        if (!built) {
            System.out.println("SKIPPED: the nngt command line is not built at '" + launcher + "'; build "
                    + "bundles/nngt.cli in the same reactor (./run-tests does).");
        }
        assumeTrue(built, "the nngt command line is not built at '" + launcher + "'");
    }

    /**
     * Runs {@code nngt} and waits for it.
     *
     * @param arguments its arguments
     * @return what it printed and returned
     * @throws IOException when it cannot be started or its output cannot be read
     */
    static Outcome nngt(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("nngt.cli")));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile("nngt-out", ".txt");
        Path err = Files.createTempFile("nngt-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("nngt " + String.join(" ", arguments) + " took more than " + TIMEOUT_SECONDS + " s");
            }
            return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for nngt", e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
