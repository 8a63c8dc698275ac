package nngt.sim.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.sim.api.SimulationResult;
import nngt.sim.api.SimulationResult.Group;
import nngt.sim.api.io.ResultWriters;

class ResultWritersTest {

    private final SimulationResult result = Results.of(10.0, List.of(new Group("all \"quoted\"", 0, 2, 1)),
            new double[] {1.5, 3.0}, new double[] {1.5, 2.25});

    @Test
    void nngtSpikeTextIsOrderedByTimeThenNeuron() throws IOException {
        StringWriter out = new StringWriter();
        ResultWriters.writeNngtSpikes(result, null, null, out);
        assertEquals("# Neuron Time\n0 1.500000\n1 1.500000\n1 2.250000\n0 3.000000\n", out.toString());
        StringWriter spatial = new StringWriter();
        ResultWriters.writeNngtSpikes(result, new double[] {0, 1}, new double[] {2, 3}, spatial);
        assertTrue(spatial.toString().startsWith("# Neuron Time X Y\n0 1.500000 0.000000 2.000000\n"));
        assertThrows(IllegalArgumentException.class,
                () -> ResultWriters.writeNngtSpikes(result, new double[] {0}, null, new StringWriter()));
    }

    @Test
    void csvHasOneRowPerSpike() throws IOException {
        StringWriter out = new StringWriter();
        ResultWriters.writeCsv(result, out);
        assertEquals("neuron,time_ms\n0,1.5\n1,1.5\n1,2.25\n0,3.0\n", out.toString());
    }

    @Test
    void tracesCsvHasOneRowPerSampleAndTheRunFilesAreSpikesAndTraces(@TempDir Path folder) throws IOException {
        SimulationResult traced = new SimulationResult(2, new int[] {0, 1, 1}, new double[] {2.0}, new int[] {0, 1},
                List.of(), List.of(new nngt.sim.api.Trace(0, "V_m", new double[] {1.0, 2.0}, new double[] {-70.0, Double.NaN}),
                        new nngt.sim.api.Trace(1, "w", new double[] {1.0}, new double[] {0.5})),
                result.metadata());
        StringWriter out = new StringWriter();
        ResultWriters.writeTracesCsv(traced, out);
        assertEquals("neuron,recordable,time_ms,value\n0,V_m,1.0,-70.0\n0,V_m,2.0,nan\n1,w,1.0,0.5\n", out.toString());
        nngt.sim.api.io.ResultsFolder results = nngt.sim.api.io.ResultsFolder.create(folder.resolve("run"), "choose another");
        ResultWriters.writeRunFiles(results, traced, null, null);
        assertEquals("# Neuron Time\n0 2.000000\n", Files.readString(results.file("spikes.txt")));
        assertEquals(out.toString(), Files.readString(results.file("traces.csv")));
        nngt.sim.api.io.ResultsFolder untraced = nngt.sim.api.io.ResultsFolder.create(folder.resolve("plain"), "choose another");
        ResultWriters.writeRunFiles(untraced, result, null, null);
        assertTrue(Files.exists(untraced.file("spikes.txt")));
        assertTrue(Files.notExists(untraced.file("traces.csv")), "no traces, no traces.csv");
    }

    @Test
    void jsonCarriesMetadataGroupsAndSpikes() throws IOException {
        StringWriter out = new StringWriter();
        ResultWriters.writeJson(result, out);
        String json = out.toString();
        assertTrue(json.contains("\"simulator\": \"test\", \"version\": \"1.0\", \"seed\": 42"), json);
        assertTrue(json.contains("\"name\": \"all \\\"quoted\\\"\""), json);
        assertTrue(json.contains("\"rate_hz\": 200.0"), json);
        assertTrue(json.contains("\"cv_isi\": null"), "fewer than 3 spikes give no CV: " + json);
        assertTrue(json.contains("[1.5, 3.0]") && json.contains("[1.5, 2.25]"), json);
        assertTrue(json.endsWith("\"traces\": []\n}\n"), json);
        SimulationResult traced = new SimulationResult(1, new int[] {0, 0}, new double[0], new int[] {0}, List.of(),
                List.of(new nngt.sim.api.Trace(0, "V_m", new double[] {1.0, 2.0}, new double[] {-70.0, Double.NaN})),
                result.metadata());
        StringWriter withTrace = new StringWriter();
        ResultWriters.writeJson(traced, withTrace);
        assertTrue(withTrace.toString().contains(
                "{\"neuron\": 0, \"recordable\": \"V_m\", \"times_ms\": [1.0, 2.0], \"values\": [-70.0, null]}"),
                withTrace.toString());
    }

    @Test
    void atomicWriteReplacesTheFileOnlyWhenComplete(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("spikes.txt");
        ResultWriters.writeAtomically(file, out -> ResultWriters.writeCsv(result, out));
        assertTrue(Files.readString(file).startsWith("neuron,time_ms\n"));
        assertThrows(IOException.class, () -> ResultWriters.writeAtomically(file, out -> {
            out.write("partial");
            throw new IOException("disk full");
        }));
        assertTrue(Files.readString(file).startsWith("neuron,time_ms\n"), "the old content survives a failure");
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }
}
