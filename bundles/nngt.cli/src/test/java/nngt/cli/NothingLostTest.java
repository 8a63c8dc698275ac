package nngt.cli;

import static nngt.cli.CommandLineTest.examples;
import static nngt.cli.CommandLineTest.nngt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.cli.CommandLineTest.Outcome;

/**
 * Nothing the user made is lost and no value silently becomes something else, through the command line: results
 * folders with the user's files, {@code --force}, empty folder names, option values out of range, and a command
 * line without a command. (scripts/abuse-results-folders.sh runs the same cases, and killed runs, on the launcher.)
 */
class NothingLostTest {

    @TempDir
    Path folder;

    private final String model = examples().resolve("basic_exc_inh.nngt").toString();

    private Outcome run(Path out, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"run", model, "--time", "20ms", "--no-plots", "--out=" + out}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return nngt(args);
    }

    @Test
    void aRerunNeverDeletesTheUsersFilesAndForceKeepsThem() throws IOException {
        Path results = folder.resolve("res1");
        assertEquals(0, run(results).code());
        Files.writeString(results.resolve("my_analysis.txt"), "mine");
        Files.createDirectories(results.resolve("figs"));

        Outcome refused = run(results);
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("holds figs/, my_analysis.txt, which NNGT did not write"), refused.err());
        assertTrue(refused.err().contains("use --force to keep them"), refused.err());
        assertEquals("mine", Files.readString(results.resolve("my_analysis.txt")));

        String spikes = Files.readString(results.resolve("spikes.txt"));
        Outcome forced = run(results, "--force", "--seed", "99");
        assertEquals(0, forced.code(), forced.err());
        assertEquals("mine", Files.readString(results.resolve("my_analysis.txt")));
        assertTrue(Files.isDirectory(results.resolve("figs")));
        assertFalse(spikes.equals(Files.readString(results.resolve("spikes.txt"))), "nngt's files are replaced");
    }

    @Test
    void emptyFolderNamesAreRefusedAndNothingIsWritten() {
        Outcome generate = nngt("generate", model, "--out", "");
        assertEquals(2, generate.code());
        assertTrue(generate.err().contains("--out is empty"), generate.err());
    }

    @Test
    void optionValuesOutOfRangeNameTheOptionAndTheValidRange() {
        Outcome infinite = nngt("run", model, "--time", "1e400", "--out", folder.resolve("r").toString());
        assertEquals(2, infinite.code());
        assertTrue(infinite.err().contains("--time") && infinite.err().contains("'1e400' is not a finite positive"),
                infinite.err());
        Outcome time = nngt("run", model, "--time", "1e13", "--out", folder.resolve("r").toString());
        assertEquals(2, time.code());
        assertTrue(time.err().contains("--time") && time.err().contains("'1e13' is beyond the longest duration"),
                time.err());
        Outcome rate = nngt("compare", model, "--simulators", "embedded,embedded", "--rate-tolerance", "-1");
        assertEquals(2, rate.code());
        assertTrue(rate.err().contains("--rate-tolerance is -1.0; give a finite number of at least 0"), rate.err());
        Outcome cv = nngt("compare", model, "--simulators", "embedded,embedded", "--cv-tolerance", "NaN");
        assertEquals(2, cv.code());
        assertTrue(cv.err().contains("--cv-tolerance is NaN"), cv.err());
        assertFalse(Files.exists(folder.resolve("r")));
    }

    @Test
    void aCommandLineWithoutACommandIsAUsageError() {
        Outcome bare = nngt();
        assertEquals(2, bare.code());
        assertTrue(bare.err().contains("a command is missing; valid commands are validate, generate, run"), bare.err());
        assertEquals("", bare.out());
    }
}
