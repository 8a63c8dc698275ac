package nngt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.cli.CommandLineTest.Outcome;
import nngt.model.Network;
import nngt.sim.api.Simulator;
import nngt.sim.api.Simulators;
import nngt.sim.api.run.RunOverrides;
import nngt.sim.api.run.RunService;

/**
 * The run options of {@code nngt run} and the run service's range checks: a value out of range is refused with the
 * option's name, the valid range and the value, before anything is built or written; the threads the console reports
 * are those summary.json records; a run estimated to take hours says so before it starts.
 */
class RunOptionsTest {

    @TempDir
    Path folder;

    private Path model() throws IOException {
        return model(3);
    }

    /* a group of neurons driven by a constant current for 50 ms */
    private Path model(int neurons) throws IOException {
        Path file = folder.resolve("small.nngt");
        Files.writeString(file, "network small {\n  seed 3\n  group a: " + neurons + " excitatory iaf_psc_alpha\n"
                + "  stimulate dc(amplitude = 400 pA) -> all\n  simulate 50 ms\n}\n");
        return file;
    }

    private Outcome run(String... options) throws IOException {
        String[] arguments = new String[options.length + 4];
        arguments[0] = "run";
        arguments[1] = model().toString();
        arguments[2] = "--out";
        arguments[3] = folder.resolve("results").toString();
        System.arraycopy(options, 0, arguments, 4, options.length);
        return CommandLineTest.nngt(arguments);
    }

    private void assertRefused(String expected, String... options) throws IOException {
        Outcome outcome = run(options);
        assertEquals(1, outcome.code(), outcome.err());
        assertEquals("nngt: " + expected, outcome.err().strip());
        assertFalse(Files.exists(folder.resolve("results")), "nothing is written");
    }

    @Test
    void timesBeyondWhatASimulatorRunsAreRefusedWithTheOptionsName() throws IOException {
        Outcome infinite = run("--time", "1e400");
        assertEquals(Main.EXIT_USAGE, infinite.code());
        assertTrue(infinite.err().startsWith("nngt: Invalid value for option '--time': '1e400' is not a finite "
                + "positive duration"), infinite.err());
        assertRefused("--time must be at most 107374182.3 ms (1073741823 steps of 0.1 ms, the most a simulator "
                + "runs); got 1000000000000 ms.", "--time", "1e12ms");
    }

    @Test
    void threadCountsAndSeedsOutsideNestsRangesAreRefused() throws IOException {
        for (String threads : new String[] {"100000", "0", "-2"}) {
            assertRefused("--threads must be a whole number from 1 to 511 (NEST's most threads per process); got "
                    + threads + ".", "--threads", threads);
        }
        for (String seed : new String[] {"-5", "0", "2147483648"}) {
            assertRefused("--seed must be a whole number from 1 to 2147483647 (NEST's seed range); got " + seed + ".",
                    "--seed", seed);
        }
        Outcome notANumber = run("--threads", "NaN");
        assertEquals(Main.EXIT_USAGE, notANumber.code());
        assertTrue(notANumber.err().startsWith("nngt: Invalid value for option '--threads': 'NaN' is not an int"),
                notANumber.err());
    }

    @Test
    void theWorkbenchsSettingsAreRefusedInItsOwnWords() throws IOException {
        Network network = Models.load(model(), new PrintWriter(new StringWriter()));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> RunOverrides.none().withThreads(600, "Threads").applyTo(network));
        assertEquals("Threads must be a whole number from 1 to 511 (NEST's most threads per process); got 600.",
                refused.getMessage());
    }

    @Test
    void summaryJsonRecordsTheThreadsTheConsoleReports() throws IOException {
        Outcome outcome = run("--threads", "8", "--no-plots");
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.out().contains("spikes in ") && outcome.out().contains(" on 3 threads"), outcome.out());
        assertTrue(outcome.out().contains("The embedded simulator ran on 3 threads, not the 8 asked for."),
                outcome.out());
        String summary = Files.readString(folder.resolve("results").resolve("summary.json"));
        assertTrue(summary.contains("\"threads\": 3,"), summary);
    }

    @Test
    void aRunEstimatedToTakeMoreThanAnHourSaysSoBeforeItStarts() throws IOException {
        Simulator embedded = Simulators.byId("embedded", RunOptionsTest.class.getClassLoader());
        Network network = Models.load(model(2000), new PrintWriter(new StringWriter()));
        Optional<String> notice = RunService.prepare(network, RunOverrides.none().withDuration(1e8, "--time"),
                embedded).longRunNotice();
        // 2,000 neurons for 1e9 steps at 2.2e7 neuron updates per second: 90,909 s
        assertTrue(notice.isPresent(), "a 1e8 ms run is long");
        assertTrue(notice.get().startsWith("This run may take about 1 d 01 h: 2,000 neurons for 1,000,000,000 steps "
                + "on 1 thread"), notice.get());

        Network again = Models.load(model(2000), new PrintWriter(new StringWriter()));
        assertEquals(Optional.empty(), RunService.prepare(again, RunOverrides.none(), embedded).longRunNotice(),
                "a 50 ms run of the same network says nothing");
    }
}
