package nngt.cli;

import static nngt.cli.CommandLineTest.nngt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.cli.CommandLineTest.Outcome;

/**
 * {@code nngt import} end to end on the fixture circuit of nngt.graph.tests ({@code fixtures/sonata}, written by
 * its make_fixtures.py): the model is written beside the circuit, validates, gives stats and runs on the embedded
 * simulator; {@code convert CONFIG.json OUT.nngt} writes the same bytes; a circuit it cannot express and a bad
 * edge row are refused with the file, the line and column, and the row.
 */
class SonataImportCommandTest {

    private static final Path FIXTURES = Path.of("../nngt.graph.tests/fixtures/sonata").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    @Test
    void importedCircuitValidatesGivesStatsAndRuns() throws IOException {
        Path circuit = copy(FIXTURES.resolve("circuit"), folder.resolve("circuit"));
        Path model = folder.resolve("circuit.nngt");
        Outcome imported = nngt("import", circuit.resolve("circuit_config.json").toString(), model.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals("Wrote " + model + ": 3 groups, 2 connections reading the circuit's edges.", imported.out().strip());
        String text = Files.readString(model);
        assertTrue(text.startsWith("// Imported by nngt 0.1.0 from the SONATA circuit circuit_config.json\nnetwork net {\n"
                + "  group exc: 6 excitatory iaf_psc_alpha { C_m = 250 pF, tau_m = 20 ms, V_th = -55 mV }\n"
                + "  group inh: 2 inhibitory iaf_psc_alpha { C_m = 200 pF, tau_m = 10 ms, V_m = [-70, -65] mV }\n"), text);
        assertTrue(text.contains("  connect all -> all: from_file(\"circuit/network/edges.h5\", edge_type = 200)\n"
                + "  connect all -> all: from_file(\"circuit/network/edges.h5\", edge_type = 201)\n"), text);

        Outcome validated = nngt("validate", model.toString());
        assertEquals(0, validated.code(), validated.out() + validated.err());
        Outcome stats = nngt("stats", model.toString(), "--json");
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("\"edges\": 9"), stats.out());
        Outcome run = nngt("run", model.toString(), "--time", "20ms", "--out", folder.resolve("run").toString());
        assertEquals(0, run.code(), run.err());

        Path converted = folder.resolve("converted.nngt");
        assertEquals(0, nngt("convert", circuit.resolve("circuit_config.json").toString(), converted.toString()).code());
        assertEquals(text, Files.readString(converted));
    }

    @Test
    void aCircuitItCannotExpressIsRefusedAndNothingIsWritten() throws IOException {
        Path circuit = copy(FIXTURES.resolve("circuit"), folder.resolve("circuit"));
        Path types = circuit.resolve("network/node_types.csv");
        Files.writeString(types, Files.readString(types).replace("nest:iaf_psc_alpha exc.json", "nest:iaf_psc_alfa exc.json"));
        Path model = folder.resolve("circuit.nngt");
        Outcome refused = nngt("import", circuit.resolve("circuit_config.json").toString(), model.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith("nngt: The node type 100 of '" + types + "' uses the NEST model 'iaf_psc_alfa'"),
                refused.err());
        assertFalse(Files.exists(model));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(1, left.count(), "only the circuit's folder is left");
        }
    }

    @Test
    void aBadEdgeRowIsReportedAtTheFileNameWithTheRow() throws IOException {
        Files.copy(FIXTURES.resolve("bad_edges.h5"), folder.resolve("bad_edges.h5"));
        Path model = folder.resolve("bad.nngt");
        Files.writeString(model, """
                network bad {
                  seed 1
                  group exc: 6 excitatory iaf_psc_alpha
                  group inh: 4 inhibitory iaf_psc_alpha
                  connect all -> all: from_file("bad_edges.h5") delay 1 ms
                }
                """);
        Outcome validated = nngt("validate", model.toString());
        assertEquals(1, validated.code());
        assertEquals(model + ":5:33: error: Row 2 of 'bad_edges.h5' (/edges/net_to_net) (source 2, target 10, weight 1.0, "
                + "delay 1.0 ms): its target id 10 is outside the target selection, whose 10 neurons have the local ids "
                + "0 to 9.", validated.out().strip());
        Outcome run = nngt("run", model.toString(), "--out", folder.resolve("run").toString());
        assertEquals(1, run.code());
        assertFalse(Files.exists(folder.resolve("run")));
    }

    @Test
    void aRepeatedEdgeWarnsUnlessTheConnectionIsDeclaredMultigraph() throws IOException {
        // row 3 repeats row 0's edge 0 -> 1
        Files.writeString(folder.resolve("ring.el"), "0 1\n1 2\n2 0\n0 1\n");
        Path model = folder.resolve("ring.nngt");
        String text = """
                network ring {
                  seed 1
                  group cells: 3 excitatory iaf_psc_alpha
                  connect all -> all: from_file("ring.el") weight 10 pA
                }
                """;
        Files.writeString(model, text);
        Outcome validated = nngt("validate", model.toString());
        assertEquals(0, validated.code(), "a warning: the model is valid");
        assertEquals(model + ":4:33: warning: Row 3 of 'ring.el' (source 0, target 1): it repeats an earlier row's "
                + "edge, but the connection is not declared 'multigraph'; the file's parallel edges are all kept, so add "
                + "'multigraph' to the connection, or remove the repeated rows from the file.", validated.out().strip());

        Files.writeString(model, text.replace("weight 10 pA", "multigraph weight 10 pA"));
        Outcome declared = nngt("validate", model.toString());
        assertEquals(0, declared.code(), declared.err());
        assertFalse(declared.out().contains("warning"), declared.out());
        Outcome stats = nngt("stats", model.toString());
        assertTrue(stats.out().matches("(?s).*\\nedges +4\\n.*"), "every row is an edge: " + stats.out());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
