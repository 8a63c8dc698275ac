package nngt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;

/**
 * The nngt command end to end, in-process: every example runs on the embedded simulator and leaves a
 * complete results folder; bad input gives one clear line, a non-zero exit and nothing partial.
 */
class CommandLineTest {

    @TempDir
    Path folder;

    record Outcome(int code, String out, String err) {
    }

    static Outcome nngt(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    static Path examples() {
        return Path.of(System.getProperty("nngt.examples", "../../examples"));
    }

    static Stream<String> exampleNames() throws IOException {
        try (Stream<Path> files = Files.list(examples())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".nngt")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleNames")
    void everyExampleRunsAndWritesSpikesSummaryAndPlots(String example) throws IOException {
        Path results = folder.resolve(example.replace(".nngt", ""));
        Outcome outcome = nngt("run", examples().resolve(example).toString(), "--time", "100ms", "--threads", "2",
                "--out", results.toString());

        assertEquals(0, outcome.code(), outcome.err());
        for (String file : List.of("spikes.txt", "summary.json", "raster.png", "raster.svg", "rates.png",
                "degrees.png", "groups.csv", "degrees.csv")) {
            assertTrue(Files.size(results.resolve(file)) > 0, file + " of " + example);
        }
        assertTrue(Files.readString(results.resolve("spikes.txt")).startsWith("# Neuron Time"));
        String summary = Files.readString(results.resolve("summary.json"));
        assertTrue(summary.contains("\"simulator\": \"embedded\""), summary);
        assertTrue(summary.contains("\"rateHz\""), summary);
        assertTrue(summary.contains("\"seed\""), summary);
        assertTrue(outcome.out().contains("Results: " + results), outcome.out());
    }

    @Test
    void runIsReproducibleForASeed() throws IOException {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        String model = examples().resolve("basic_exc_inh.nngt").toString();
        assertEquals(0, nngt("run", model, "--time", "50ms", "--threads", "1", "--out", first.toString()).code());
        assertEquals(0, nngt("run", model, "--time", "50ms", "--threads", "2", "--out", second.toString()).code());
        assertEquals(Files.readString(first.resolve("spikes.txt")), Files.readString(second.resolve("spikes.txt")));
    }

    @Test
    void validateReportsPositionsAndJson() throws IOException {
        Path bad = folder.resolve("bad.nngt");
        Files.writeString(bad, "network bad {\n  seed 1\n  group a: 10 excitatory iaf_psc_alfa\n}\n");
        Outcome text = nngt("validate", bad.toString());
        assertEquals(1, text.code());
        assertEquals(bad + ":3:26: error: Unknown neuron model 'iaf_psc_alfa' in NEST 3.0-3.9; did you mean "
                + "iaf_psc_alpha or iaf_psc_delta?", text.out().strip());
        Outcome json = nngt("validate", "--json", bad.toString());
        assertTrue(json.out().contains("\"code\": \"nngt.unknownModel\""), json.out());
        assertEquals(0, nngt("validate", examples().resolve("brunel.nngt").toString()).code());
    }

    @Test
    void badInputGivesOneClearLineAndLeavesNothingBehind() throws IOException {
        Path out = folder.resolve("out");
        Path model = examples().resolve("basic_exc_inh.nngt");

        Outcome missing = nngt("run", folder.resolve("none.nngt").toString(), "--out", out.toString());
        assertEquals(1, missing.code());
        assertEquals("nngt: " + folder.resolve("none.nngt") + ": no such file.", missing.err().strip());

        Path syntax = folder.resolve("syntax.nngt");
        Files.writeString(syntax, "network syn {\n  seed 1\n  group a 10 excitatory iaf_psc_alpha\n}\n");
        Outcome syntaxError = nngt("run", syntax.toString(), "--out", out.toString());
        assertEquals(1, syntaxError.code());
        assertTrue(syntaxError.err().startsWith(syntax + ":3:"), syntaxError.err());
        assertTrue(syntaxError.err().strip().endsWith("error; nothing was run.")
                || syntaxError.err().strip().endsWith("errors; nothing was run."), syntaxError.err());

        Path invalid = folder.resolve("invalid.nngt");
        Files.writeString(invalid, "network i {\n  seed 1\n  group a: 10 excitatory iaf_psc_alpha { C_m = -1 pF }\n}\n");
        Outcome invalidParameter = nngt("run", invalid.toString(), "--out", out.toString());
        assertEquals(1, invalidParameter.code());
        assertTrue(invalidParameter.err().contains("C_m (-1 pF) must be"), invalidParameter.err());

        Path file = folder.resolve("a-file");
        Files.writeString(file, "not a folder");
        Outcome unwritable = nngt("run", model.toString(), "--time", "10ms", "--out", file.resolve("results").toString());
        assertEquals(1, unwritable.code());
        assertEquals(1, unwritable.err().strip().lines().count(), unwritable.err());

        Outcome simulator = nngt("run", model.toString(), "--simulator", "nosuch", "--out", out.toString());
        assertEquals(1, simulator.code());
        assertTrue(simulator.err().strip().startsWith("nngt: "), simulator.err());
        assertTrue(simulator.err().contains("nosuch") && simulator.err().contains("embedded"), simulator.err());

        Outcome usage = nngt("run", model.toString(), "--time", "soon");
        assertEquals(2, usage.code());

        assertFalse(Files.exists(out), "no results folder may appear after failures");
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                    "no temporary folder may be left behind");
        }
    }

    /** A model with a neuron model the Brian2 backend does not implement (hh_psc_alpha). */
    private Path hodgkinHuxleyModel() throws IOException {
        Path model = folder.resolve("hh.nngt");
        Files.writeString(model, "network hh {\n  seed 3\n  group cells: 10 excitatory hh_psc_alpha\n"
                + "  record spikes from all\n  simulate 10 ms\n}\n");
        return model;
    }

    @Test
    void aSimulatorThatCannotRunTheModelListsWhatItLacksAndRunsNothing() throws IOException {
        Path out = folder.resolve("brian");
        Outcome outcome = nngt("run", hodgkinHuxleyModel().toString(), "--simulator", "brian2", "--out",
                out.toString());
        assertEquals(1, outcome.code());
        assertTrue(outcome.err().startsWith("nngt: ") && outcome.err().contains("hh_psc_alpha"), outcome.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFolderThatNngtDidNotWriteIsNeverReplaced() throws IOException {
        Path mine = folder.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "precious");
        Outcome outcome = nngt("run", examples().resolve("basic_exc_inh.nngt").toString(), "--time", "10ms", "--out",
                mine.toString());
        assertEquals(1, outcome.code());
        assertEquals("precious", Files.readString(mine.resolve("notes.txt")));
    }

    @Test
    void generateWritesARunnableNestProject() throws IOException {
        Path project = folder.resolve("brunel-nest");
        Outcome outcome = nngt("generate", examples().resolve("basic_exc_inh.nngt").toString(), "--out",
                project.toString());
        assertEquals(0, outcome.code(), outcome.err());
        for (String file : List.of("run.py", "model.json", "run.sh", "run_mpi.sh", "README.md", "analysis.py")) {
            assertTrue(Files.isRegularFile(project.resolve(file)), file);
        }
        Path small = folder.resolve("small.nngt");
        Files.writeString(small, "network small {\n  seed 3\n  group exc: 80 excitatory iaf_psc_alpha\n"
                + "  group inh: 20 inhibitory iaf_psc_alpha\n"
                + "  connect all -> all: fixed_degree(degree = 10) weight 20 pA delay 1.5 ms\n"
                + "  stimulate poisson(rate = 8000 Hz, weight = 20 pA) -> all\n  record spikes from all\n"
                + "  simulate 100 ms\n}\n");
        Path brian = folder.resolve("small-brian2");
        Outcome brian2 = nngt("generate", small.toString(), "--target", "brian2", "--out", brian.toString());
        assertEquals(0, brian2.code(), brian2.err());
        assertTrue(Files.readString(brian.resolve("run_brian2.py")).contains("brian2"));
        Outcome unsupported = nngt("generate", hodgkinHuxleyModel().toString(), "--target", "brian2", "--out",
                folder.resolve("no-brian").toString());
        assertEquals(1, unsupported.code());
        assertTrue(unsupported.err().contains("hh_psc_alpha"), unsupported.err());
        assertFalse(Files.exists(folder.resolve("no-brian")));
        Outcome unknown = nngt("generate", examples().resolve("basic_exc_inh.nngt").toString(), "--target", "brian3",
                "--out", project.toString());
        assertEquals(2, unknown.code());
    }

    @Test
    void generatePynnWritesAScriptThatRunsOnPynnNeuronByHand() throws IOException, InterruptedException {
        Path small = folder.resolve("small.nngt");
        Files.writeString(small, "network small {\n  seed 3\n  group exc: 80 excitatory iaf_psc_alpha\n"
                + "  group inh: 20 inhibitory iaf_psc_exp\n"
                + "  connect all -> all: fixed_degree(degree = 10) weight 20 pA delay 1.5 ms\n"
                + "  stimulate poisson(rate = 8000 Hz, weight = 20 pA) -> all\n  record spikes from all\n"
                + "  simulate 100 ms\n}\n");
        Path project = folder.resolve("small-pynn");
        Outcome pynn = nngt("generate", small.toString(), "--target", "pynn", "--out", project.toString());
        assertEquals(0, pynn.code(), pynn.err());
        String script = Files.readString(project.resolve("run.py"));
        assertTrue(script.contains("import pyNN.neuron as sim"), script);
        assertTrue(script.contains("sim.IF_curr_exp("), script);
        Outcome unsupported = nngt("generate", hodgkinHuxleyModel().toString(), "--target", "pynn", "--out",
                folder.resolve("no-pynn").toString());
        assertEquals(1, unsupported.code());
        assertTrue(unsupported.err().contains("neuron model 'hh_psc_alpha'"), unsupported.err());
        assertFalse(Files.exists(folder.resolve("no-pynn")));
        nngt.sim.neuron.PynnInstallation installation = nngt.sim.neuron.PynnInstallation.detect();
        if (!installation.usable()) {
            System.out.println("SKIPPED running run.py by hand: " + installation.problem());
            return;
        }
        ProcessBuilder byHand = new ProcessBuilder(installation.python(), "run.py").directory(project.toFile())
                .redirectErrorStream(true);
        byHand.environment().putAll(installation.environment());
        Process process = byHand.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, java.util.concurrent.TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("NNGT_PROGRESS 100 100"), output);
        assertTrue(Files.size(project.resolve("spikes.i32")) > 4 * 100, "the network fires: " + output);
    }

    @Test
    void convertToAFolderWritesASonataCircuitOrListsWhatSonataCannotExpress() throws IOException {
        Path circuit = folder.resolve("circuit");
        Outcome written = nngt("convert", examples().resolve("per_neuron_values.nngt").toString(), circuit + "/");
        assertEquals(0, written.code(), written.err());
        assertTrue(written.out().contains("SONATA circuit of 50 nodes"), written.out());
        for (String file : List.of("nodes.h5", "edges.h5", "node_types.csv", "edge_types.csv", "circuit_config.json",
                "simulation_config.json", "inputs/spike_trains.h5")) {
            assertTrue(Files.isRegularFile(circuit.resolve(file)), file);
        }
        Path generated = folder.resolve("generated");
        Outcome generate = nngt("generate", examples().resolve("per_neuron_values.nngt").toString(), "--target",
                "sonata", "--out", generated.toString());
        assertEquals(0, generate.code(), generate.err());
        assertEquals(Files.readAllBytes(circuit.resolve("edges.h5")).length,
                Files.readAllBytes(generated.resolve("edges.h5")).length);

        Path refused = folder.resolve("refused");
        Outcome poisson = nngt("convert", examples().resolve("brunel.nngt").toString(), refused + "/");
        assertEquals(1, poisson.code(), poisson.out());
        assertTrue(poisson.err().contains("device 'poisson_generator'") && poisson.err().contains("nothing was written"),
                poisson.err());
        assertFalse(Files.exists(refused));
    }

    @Test
    void statsConvertAndPlotWork() throws IOException {
        Outcome stats = nngt("stats", examples().resolve("spatial.nngt").toString(), "--json");
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("\"neurons\": 1000"), stats.out());

        Path xmi = folder.resolve("osc.xmi");
        Path back = folder.resolve("osc.nngt");
        assertEquals(0, nngt("convert", examples().resolve("oscillating_groups.nngt").toString(), xmi.toString()).code());
        assertEquals(0, nngt("convert", xmi.toString(), back.toString()).code());
        assertEquals(0, nngt("validate", back.toString()).code());
        Path edges = folder.resolve("osc.el");
        assertEquals(0, nngt("convert", back.toString(), edges.toString()).code());
        assertTrue(Files.readString(edges).startsWith("@directed=True"));

        Path results = folder.resolve("plotted");
        assertEquals(0, nngt("run", examples().resolve("basic_exc_inh.nngt").toString(), "--time", "20ms",
                "--no-plots", "--out", results.toString()).code());
        assertFalse(Files.exists(results.resolve("raster.png")));
        assertEquals(0, nngt("plot", results.toString()).code());
        assertTrue(Files.size(results.resolve("raster.png")) > 1000);
    }

    /**
     * picocli formats every description with {@link String#format}; a bare percent sign ("80 % of") makes it print
     * a warning on standard error above the help. Every command's help must render without one.
     */
    @Test
    void everyHelpTextRendersWithoutPicocliWarnings() {
        CommandLine root = new CommandLine(new Main());
        List<CommandLine> commands = new ArrayList<>(List.of(root));
        commands.addAll(root.getSubcommands().values());
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        PrintStream standardError = System.err;
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        List<String> helps;
        try {
            helps = commands.stream().map(CommandLine::getUsageMessage).toList();
        } finally {
            System.setErr(standardError);
        }
        assertTrue(commands.size() > 5, "the commands were not found: " + commands.size());
        assertTrue(helps.stream().anyMatch(help -> help.contains("80 % of the machine's")), "run's --max-memory help");
        assertEquals("", warnings.toString(StandardCharsets.UTF_8), "picocli warned while rendering the help");
    }
}
