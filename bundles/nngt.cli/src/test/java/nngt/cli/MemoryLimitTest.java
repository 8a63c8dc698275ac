package nngt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.cli.CommandLineTest.Outcome;

/**
 * Know before you start: a run that cannot fit is refused with one line before anything is built, and a
 * command that runs out of memory anyway says so in one line and leaves nothing behind.
 */
class MemoryLimitTest {

    @TempDir
    Path folder;

    /** NEST's Brunel network at the given order (examples/brunel.nngt is order 2,500). */
    private Path brunel(int order) throws IOException {
        String model = Files.readString(CommandLineTest.examples().resolve("brunel.nngt"));
        String scaled = model.replace("10000 excitatory", (4 * order) + " excitatory")
                .replace("2500 inhibitory", order + " inhibitory")
                .replace("degree = 1000", "degree = " + (4 * order / 10))
                .replace("degree = 250", "degree = " + (order / 10));
        assertTrue(scaled.contains((4 * order) + " excitatory") && scaled.contains("degree = " + (order / 10)), scaled);
        Path file = folder.resolve("brunel" + order + ".nngt");
        Files.writeString(file, scaled);
        return file;
    }

    @Test
    void runBeyondMaxMemoryIsRefusedAtOnceWithTheEstimate() throws IOException {
        Path model = brunel(20_000);
        Path results = folder.resolve("results");
        // once untimed: the first parse of a model in this JVM loads and compiles the language's classes
        CommandLineTest.nngt("run", model.toString(), "--max-memory", "1g", "--out", results.toString());
        long start = System.nanoTime();
        Outcome outcome = CommandLineTest.nngt("run", model.toString(), "--max-memory", "1g", "--out", results.toString());
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(Main.EXIT_INVALID_INPUT, outcome.code(), outcome.err());
        assertTrue(seconds < 1, "refused after " + seconds + " s");
        String line = outcome.err().strip();
        assertEquals(1, line.lines().count(), outcome.err());
        // 100,000 neurons, 10^9 synapses drawn straight into the embedded simulator's tables at 4 bytes each (no
        // instance, no plan arrays), and what the process holds anyway
        assertTrue(line.startsWith("nngt: This run needs about 4.3 GB (1,000,000,000 synapses at 4 bytes for the "
                + "simulator's tables)"), line);
        assertTrue(line.contains("more than the 1.1 GB it may use (--max-memory)"), line);
        assertTrue(line.contains("--simulator nest --sim-option nest.mpi=N"), line);
        assertEquals("", outcome.out());
        assertFalse(Files.exists(results));
    }

    @Test
    void runWithinMaxMemoryIsNotRefused() throws IOException {
        Path results = folder.resolve("small");
        Outcome outcome = CommandLineTest.nngt("run", brunel(100).toString(), "--max-memory", "2g", "--time", "20ms",
                "--no-plots", "--out", results.toString());
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(Files.exists(results.resolve("spikes.txt")));
    }

    @Test
    void outOfMemoryIsOneLineAndLeavesNoResults() throws Exception {
        // the estimate is checked against --max-memory, but this Java process has a smaller heap, which holds
        // the neurons (the instantiator's own check passes) but not the simulator's tables (62.5 MB for Brunel's
        // 15.6 M synapses drawn into them; the whole run fits in 256 MB since issue 19): as when an estimate
        // misses a need
        Path results = folder.resolve("partial");
        Path errors = folder.resolve("errors.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx100m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                CommandLineTest.examples().resolve("brunel.nngt").toString(), "--max-memory", "4g", "--out",
                results.toString()).redirectError(errors.toFile()).redirectOutput(folder.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the run ended");
        String err = Files.readString(errors, StandardCharsets.UTF_8).strip();

        assertEquals(Main.EXIT_INVALID_INPUT, process.exitValue(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("nngt: out of memory: this command needed more than the "), err);
        assertTrue(err.contains("nothing was written; allow more with --max-memory"), err);
        assertFalse(Files.exists(results));
    }
}
