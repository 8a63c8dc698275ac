package nngt.generator.nest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.generator.nest.NestGeneratorOptions;
import nngt.generator.nest.NestProjectGenerator;
import nngt.generator.nest.tests.Projects.Loaded;
import nngt.generator.nest.tests.Projects.Outcome;

/**
 * Runs generated NEST 3 projects end to end against {@code pynest-standin/nest}, a recording stand-in for
 * PyNEST, so that run.py's own logic (reading the arrays, ids, signs, result files) is exercised where NEST is
 * not installed. The real-NEST check is {@code NestProjectGeneratorTest.runsInRealNestWhenAvailable}.
 */
class StandInRunTest {

    @TempDir
    Path temporary;

    private Outcome runProject(Path folder) throws IOException {
        assumeTrue(Projects.pythonCan("import numpy"), () -> {
            System.out.println("SKIPPED StandInRunTest: numpy is not installed for " + Projects.PYTHON);
            return "no numpy";
        });
        return Projects.run(List.of(Projects.PYTHON, "run.py", "--verify", "--threads", "2"), folder,
                Map.of("PYTHONPATH", Projects.standIn().toString()));
    }

    @Test
    void arraysProjectConnectsEveryEdgeWithSignedWeightsAndWritesNngtSpikeFiles() throws IOException {
        Loaded loaded = Projects.load("basic_exc_inh");
        Path folder = temporary.resolve("basic");
        NestProjectGenerator.generate(loaded.network(), loaded.instance(), NestGeneratorOptions.defaults(folder)
                .withShards(3));
        Outcome outcome = runProject(folder);
        assertEquals(0, outcome.exitCode(), outcome.output());
        String summary = Files.readString(folder.resolve("results/summary.json"));
        assertTrue(summary.contains("\"network_connections\": " + loaded.instance().edgeCount()), summary);
        assertTrue(summary.contains("\"inhibitory_weights_negative\": true"), summary);
        assertTrue(summary.contains("\"nest_version\": \"3.stand-in\""), summary);
        assertTrue(summary.contains("\"seed\": 2024"), summary);
        // The stand-in makes NEST id i spike at 1 + i % 7 ms (NNGT 800 = NEST 801: 4 ms); each neuron spikes once.
        List<String> lines = Files.readAllLines(folder.resolve("results/spikes_inhibitory_cells.txt"));
        assertEquals("# Neuron Time", lines.get(0));
        assertEquals(201, lines.size());
        assertEquals("800 4.000000", lines.stream().filter(l -> l.startsWith("800 ")).findFirst().orElseThrow());
        // 200 spikes of 200 neurons in 100 ms: 10 Hz.
        assertTrue(summary.contains("\"inhibitory_cells\": 10.0"), summary);
    }

    @Test
    void spatialProjectWritesPositionsAndMultimeterCsv() throws IOException {
        Loaded loaded = Projects.load("spatial");
        Path folder = temporary.resolve("spatial");
        NestProjectGenerator.generate(loaded.network(), loaded.instance(), NestGeneratorOptions.defaults(folder));
        Outcome outcome = runProject(folder);
        assertEquals(0, outcome.exitCode(), outcome.output());
        List<String> spikes = Files.readAllLines(folder.resolve("results/spikes_pyramidal.txt"));
        assertEquals("# Neuron Time X Y", spikes.get(0));
        String[] first = spikes.get(1).split(" ");
        int neuron = Integer.parseInt(first[0]);
        assertEquals(loaded.instance().x()[neuron], Double.parseDouble(first[2]), 1e-6);
        List<String> trace = Files.readAllLines(folder.resolve("results/membrane.csv"));
        assertEquals("time,neuron,V_m", trace.get(0));
        assertEquals("0.500000,0,-64.999", trace.get(1));
        assertEquals(1 + 3 * 1000, trace.size(), "3 neurons, 500 ms every 0.5 ms");
    }
}
