package nngt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line through {@link Main#main} in its own JVM, as the launcher starts it: for the commands that
 * read a model, the language is set up on a second thread while the options are read, and what a user sees
 * must not change with it (Xtext's log lines never reach standard output, errors are reported once, in the
 * command's words, with the command's exit code).
 */
class MainProcessTest {

    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path folder;

    private record Outcome(int code, String out, String err) {
    }

    private Outcome nngt(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = folder.resolve("stdout.txt");
        Path err = folder.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "nngt " + String.join(" ", args) + " did not end");
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aValidModelPrintsOneLineAndNothingElse() throws Exception {
        Path model = CommandLineTest.examples().resolve("brunel.nngt");
        Outcome outcome = nngt("validate", model.toString());
        assertEquals(0, outcome.code(), outcome.err());
        assertEquals(model + ": valid." + System.lineSeparator(), outcome.out());
        assertEquals("", outcome.err());
    }

    @Test
    void statsPrintsTheSameFiguresAsInProcess() throws Exception {
        String model = CommandLineTest.examples().resolve("basic_exc_inh.nngt").toString();
        Outcome outcome = nngt("stats", model, "--threads", "2");
        assertEquals(0, outcome.code(), outcome.err());
        assertEquals(CommandLineTest.nngt("stats", model, "--threads", "2").out(), outcome.out());
        assertEquals("", outcome.err());
    }

    @Test
    void anInvalidModelIsRefusedWithItsDiagnosticsAndExitCode() throws Exception {
        Path model = folder.resolve("invalid.nngt");
        Files.writeString(model, "network broken {\n  group g: -5 excitatory iaf_psc_alpha\n}\n");
        Outcome outcome = nngt("stats", model.toString());
        assertEquals(Main.EXIT_INVALID_INPUT, outcome.code(), outcome.err());
        assertEquals("", outcome.out());
        assertTrue(outcome.err().contains(model + ":2:"), outcome.err());
        assertTrue(outcome.err().contains("nothing was run"), outcome.err());
    }

    @Test
    void aMissingModelIsReportedOnce() throws Exception {
        Path missing = folder.resolve("missing.nngt");
        Outcome outcome = nngt("run", missing.toString());
        assertEquals(Main.EXIT_INVALID_INPUT, outcome.code(), outcome.err());
        assertEquals("nngt: " + missing + ": no such file." + System.lineSeparator(), outcome.err());
    }
}
