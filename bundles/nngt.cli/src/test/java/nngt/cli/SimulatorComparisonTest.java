package nngt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.cli.CommandLineTest.Outcome;
import nngt.sim.brian2.Brian2Installation;
import nngt.sim.neuron.PynnInstallation;

/**
 * {@code nngt compare} between simulators (spike-time agreement for deterministic inputs, rates and CV only for
 * stochastic ones) and the {@code nest} simulator on the command line where NEST is missing.
 */
class SimulatorComparisonTest {

    /** Recurrent iaf_psc_alpha network driven by a constant current: nothing random once the graph is drawn. */
    private static final String DC_MODEL = """
            network dc_compare {
              seed 5
              group exc: 40 excitatory iaf_psc_alpha
              group inh: 10 inhibitory iaf_psc_alpha
              connect all -> all: fixed_degree(degree = 5) degree in weight 30 pA delay 1.5 ms
              stimulate dc(amplitude = 400 pA) -> all
              record spikes from exc, inh
              simulate 200 ms
            }
            """;

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static double number(String json, String after, String field) {
        String tail = json.substring(json.indexOf(after));
        Matcher matcher = Pattern.compile("\"" + field + "\": (-?[0-9.eE+-]+)").matcher(tail);
        assertTrue(matcher.find(), field + " after " + after + " in " + json);
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void embeddedAndBrian2AgreeSpikeBySpikeOnADeterministicModel() throws IOException {
        Brian2Installation brian2 = Brian2Installation.detect();
        if (!brian2.usable()) {
            System.out.println("SKIPPED embeddedAndBrian2Agree...: " + brian2.problem());
        }
        assumeTrue(brian2.usable(), brian2::problem);
        Path model = write("dc.nngt", DC_MODEL);
        Outcome json = CommandLineTest.nngt("compare", model.toString(), "--simulators", "embedded,brian2", "--json");
        assertEquals(0, json.code(), json.err() + json.out());
        assertTrue(json.out().contains("\"spikeTimesCompared\": true"), json.out());
        double fraction = number(json.out(), "\"all\": {", "matchedFraction");
        double maxDifference = number(json.out(), "\"all\": {", "maxAbsDifferenceMs");
        double matched = number(json.out(), "\"all\": {", "matched");
        assertTrue(matched > 100, "the network fires: " + json.out());
        assertTrue(fraction >= 0.99, "agreement " + fraction + " within one 0.1 ms step");
        assertTrue(maxDifference <= 0.1 + 1e-9, "max |dt| " + maxDifference);
    }

    @Test
    void embeddedAndNeuronAgreeOnADeterministicModel() throws IOException {
        PynnInstallation neuron = PynnInstallation.detect();
        if (!neuron.usable()) {
            System.out.println("SKIPPED embeddedAndNeuronAgree...: " + neuron.problem());
        }
        assumeTrue(neuron.usable(), neuron::problem);
        Path model = write("dc.nngt", DC_MODEL);
        Outcome json = CommandLineTest.nngt("compare", model.toString(), "--simulators", "embedded,neuron", "--json",
                "--tolerance", "0.2ms");
        assertEquals(0, json.code(), json.err() + json.out());
        assertTrue(json.out().contains("\"simulators\": [\n    \"embedded\",\n    \"neuron\"\n  ]"), json.out());
        assertTrue(json.out().contains("\"withinTolerances\": true"), json.out());
        double matched = number(json.out(), "\"all\": {", "matched");
        double fraction = number(json.out(), "\"all\": {", "matchedFraction");
        assertTrue(matched > 100, "the network fires: " + json.out());
        // NEURON reports a spike at the threshold crossing, one step before NEST's end-of-step time
        assertTrue(fraction >= 0.95, "agreement " + fraction + " within two 0.1 ms steps: " + json.out());
    }

    @Test
    void theTextReportHasAnAgreementRowPerGroupAndOverall() throws IOException {
        Path model = write("dc.nngt", DC_MODEL.replace("200 ms", "50 ms"));
        // the same simulator twice: identical spike trains, a fraction of exactly 1
        Outcome text = CommandLineTest.nngt("compare", model.toString(), "--simulators", "embedded,embedded",
                "--tolerance", "0.2ms");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("Spike-time agreement within 0.2 ms (deterministic inputs):"), text.out());
        for (String group : List.of("exc", "inh", "all")) {
            assertTrue(text.out().lines().anyMatch(line -> line.startsWith(group + " ")
                    && line.matches(".* 0 +0 +1\\.0000 +0\\.0000 +0\\.0000$")), group + " in\n" + text.out());
        }
        assertTrue(text.out().endsWith("Rates and CV within tolerances (rate 0.1 relative, CV 0.05).\n"), text.out());
    }

    @Test
    void stochasticInputsAreReportedInsteadOfSpikeTimeNumbers() throws IOException {
        Path model = write("poisson.nngt", DC_MODEL.replace("stimulate dc(amplitude = 400 pA) -> all",
                "stimulate poisson(rate = 8000 Hz, weight = 20 pA) -> all").replace("200 ms", "50 ms"));
        Outcome text = CommandLineTest.nngt("compare", model.toString(), "--simulators", "embedded,embedded");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("Spike times not compared: the inputs are stochastic (poisson_generator)"),
                text.out());
        assertFalse(text.out().contains("Spike-time agreement"), text.out());
        Outcome json = CommandLineTest.nngt("compare", model.toString(), "--simulators", "embedded,embedded",
                "--json");
        assertTrue(json.out().contains("\"spikeTimesCompared\": false"), json.out());
        assertTrue(json.out().contains("\"spikeTimes\": null"), json.out());
        assertTrue(json.out().contains("\"stochasticInputs\": [\n    \"poisson_generator\"\n  ]"), json.out());
    }

    @Test
    void aMissingNestGivesOneLineAnExitCodeAndWritesNothing() throws IOException {
        Path model = write("dc.nngt", DC_MODEL);
        Path out = folder.resolve("results");
        String python = folder.resolve("no-such-python").toString();
        Outcome run = CommandLineTest.nngt("run", model.toString(), "--simulator", "nest", "--sim-option",
                "nest.python=" + python, "--out", out.toString());
        assertEquals(1, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("nngt: nest simulator: NEST is not available: tried nest.python=" + python),
                run.err());
        assertTrue(run.err().contains("conda install -c conda-forge nest-simulator"), run.err());
        assertFalse(Files.exists(out), "no results folder");

        Outcome compare = CommandLineTest.nngt("compare", model.toString(), "--simulators", "embedded,nest",
                "--sim-option", "nest.python=" + python);
        assertEquals(1, compare.code());
        assertEquals(1, compare.err().strip().lines().count(), compare.err());
        assertTrue(compare.err().startsWith("nngt: nest simulator: NEST is not available"), compare.err());
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of("dc.nngt"), left.map(p -> p.getFileName().toString()).toList(),
                    "nothing but the model in the folder");
        }
    }
}
