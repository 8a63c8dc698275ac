package nngt.cli;

import static nngt.cli.CommandLineTest.examples;
import static nngt.cli.CommandLineTest.nngt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

import nngt.cli.CommandLineTest.Outcome;

/**
 * Input of any kind gets a clear report: files in other encodings or with a byte-order mark, missing
 * files among many, saved .xmi networks, damaged results folders, and models that make the validator
 * log; standard output holds only the command's own output.
 */
class CommandLineInputTest {

    private static final String UNKNOWN_MODEL = "network bad {\n  seed 1\n  group a: 10 excitatory iaf_psc_alfa\n}\n";

    @TempDir
    Path folder;

    @Test
    void validateChecksAndReportsEveryFileWhateverItsEncoding() throws IOException {
        Path good = Files.copy(examples().resolve("basic_exc_inh.nngt"), folder.resolve("good.nngt"));
        Path missing = folder.resolve("missing.nngt");
        Path latin1 = folder.resolve("latin1.nngt");
        Files.write(latin1, "network l {\n  seed 1\n  // caf\u00e9\n}\n".getBytes(StandardCharsets.ISO_8859_1));
        Path bom = folder.resolve("bom.nngt");
        Files.write(bom, concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Files.readAllBytes(good)));
        Path bad = folder.resolve("bad.nngt");
        Files.writeString(bad, UNKNOWN_MODEL);

        Outcome outcome = nngt("validate", good.toString(), missing.toString(), latin1.toString(), bom.toString(),
                bad.toString());

        assertEquals(1, outcome.code());
        assertEquals(List.of(
                missing + ":1:1: error: No such file; give the path of an existing .nngt or .xmi model.",
                latin1 + ":3:9: error: The file is not UTF-8: byte 0xE9 at byte offset 29 does not belong to a UTF-8 "
                        + "character; save the file as UTF-8 (it may be in Latin-1 or Windows-1252).",
                bad + ":3:26: error: Unknown neuron model 'iaf_psc_alfa' in NEST 3.0-3.9; did you mean iaf_psc_alpha "
                        + "or iaf_psc_delta?",
                good + ": valid.",
                bom + ": valid."), outcome.out().lines().toList());
        assertEquals("", outcome.err());
    }

    @Test
    void validateJsonIsPureJsonAndLogsGoToStandardError() throws IOException {
        Path halfTyped = folder.resolve("half_typed.nngt");
        Files.writeString(halfTyped, "network h {\n  seed 1\n  group g: 1 excitatory iaf_psc_alpha { C_m = 250 pF, = 0 mV }\n}\n");
        Path infinite = folder.resolve("infinite.nngt");
        Files.writeString(infinite, "network i {\n  seed 1\n  group g: 1 excitatory iaf_psc_alpha\n"
                + "  simulate 100 ms resolution 1e309 ms\n}\n");
        Path latin1 = folder.resolve("latin1.nngt");
        Files.write(latin1, new byte[] { 'n', (byte) 0xFF });

        PrintStream standardOut = System.out;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        Outcome outcome;
        System.setOut(new PrintStream(stray, true, StandardCharsets.UTF_8));
        try {
            outcome = nngt("validate", "--json", halfTyped.toString(), infinite.toString(), latin1.toString(),
                    folder.resolve("none.nngt").toString());
        } finally {
            System.setOut(standardOut);
        }

        assertEquals(1, outcome.code());
        assertEquals("", stray.toString(StandardCharsets.UTF_8), "nothing may print to System.out directly");
        JsonArray diagnostics = JsonParser.parseString(outcome.out()).getAsJsonArray();
        assertTrue(diagnostics.size() >= 3, outcome.out());
        for (var diagnostic : diagnostics) {
            assertTrue(diagnostic.getAsJsonObject().get("line").getAsInt() >= 1, diagnostic::toString);
        }
    }

    @Test
    void xmiNetworksAreValidatedByValidateAndBeforeRunGenerateAndStats() throws IOException {
        Path xmi = folder.resolve("basic.xmi");
        assertEquals(0, nngt("convert", examples().resolve("basic_exc_inh.nngt").toString(), xmi.toString()).code());
        assertEquals(xmi + ": valid.", nngt("validate", xmi.toString()).out().strip());
        List<String> lines = Files.readAllLines(xmi);
        int line = 0;
        while (!lines.get(line).contains("neuronModel=\"aeif_cond_alpha\"")) {
            line++;
        }
        lines.set(line, lines.get(line).replace("aeif_cond_alpha", "aeif_cond_alfa"));
        Path bad = folder.resolve("bad.xmi");
        Files.write(bad, lines);

        Outcome validate = nngt("validate", bad.toString());
        assertEquals(1, validate.code());
        assertTrue(validate.out().startsWith(bad + ":" + (line + 1) + ":"), validate.out());
        assertTrue(validate.out().contains("Unknown neuron model 'aeif_cond_alfa'"), validate.out());
        for (String command : List.of("run", "generate", "stats")) {
            Path out = folder.resolve(command + "-out");
            Outcome refused = command.equals("stats") ? nngt(command, bad.toString())
                    : nngt(command, bad.toString(), "--out", out.toString());
            assertEquals(1, refused.code(), command);
            assertTrue(refused.err().contains("Unknown neuron model 'aeif_cond_alfa'"), command + ": " + refused.err());
            assertTrue(refused.err().strip().endsWith("1 error; nothing was run."), command + ": " + refused.err());
            assertFalse(Files.exists(out), command);
        }

        Path broken = folder.resolve("broken.xmi");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<nngt:Network xmlns:nngt=\"http://nngt.workbench/model/1.0\""
                + " name=\"x\">\n  <population><groups></population>\n");
        Outcome malformed = nngt("validate", broken.toString());
        assertEquals(1, malformed.code());
        assertTrue(malformed.out().startsWith(broken + ":3:"), malformed.out());
        assertFalse(malformed.out().contains("Exception"), malformed.out());
    }

    @Test
    void plotSaysWhatIsWrongWithAResultsFolder() throws IOException {
        Path results = folder.resolve("quiet");
        Path model = folder.resolve("quiet.nngt");
        Files.writeString(model, "network quiet {\n  seed 1\n  group a: 10 excitatory iaf_psc_alpha\n  simulate 10 ms\n}\n");
        assertEquals(0, nngt("run", model.toString(), "--no-plots", "--out", results.toString()).code());
        assertEquals(0, nngt("plot", results.toString()).code(), "a run without spikes plots an empty raster");

        Files.writeString(results.resolve("groups.csv"), "name,first_id,size\n");
        Outcome noGroups = nngt("plot", results.toString());
        assertEquals(1, noGroups.code());
        assertEquals("nngt: " + results.resolve("groups.csv") + " lists no groups, so there is nothing to plot; "
                + "a run writes one line per group (name,first_id,size).", noGroups.err().strip());

        Files.writeString(results.resolve("groups.csv"), "name,first_id,size\na,0,10\n");
        Files.writeString(results.resolve("run.csv"), "duration_ms,resolution_ms\n0,0.1\n");
        Outcome noDuration = nngt("plot", results.toString());
        assertEquals(1, noDuration.code());
        assertTrue(noDuration.err().startsWith("nngt: " + results.resolve("run.csv") + ":2: expected"), noDuration.err());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
