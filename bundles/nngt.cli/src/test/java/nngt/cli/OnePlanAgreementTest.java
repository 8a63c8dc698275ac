package nngt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.model.Network;
import nngt.sim.api.ProjectGenerators;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlanBuilder;
import nngt.sim.api.Simulators;
import nngt.sim.embedded.internal.Engine;

/**
 * One model, the same network on every backend: synapse parameters given as distributions are drawn once (by the
 * instantiator) and reach the embedded simulator's tables, the NEST project's {@code .npy} files and the Brian2
 * project's data as the same values edge by edge; a model that validates runs on the default simulator.
 */
class OnePlanAgreementTest {



    private static final Pattern PARAMETER_FILE = Pattern.compile(
            "\"(\\w+)\": \"network/(pair_(\\d+)_(\\d+)_param_\\d+\\.npy)\"");

    @TempDir
    Path folder;

    /** One edge's value of a parameter, comparable across backends whatever order they keep edges in. */
    record EdgeValue(int source, int target, double value) implements Comparable<EdgeValue> {
        @Override
        public int compareTo(EdgeValue other) {
            int bySource = Integer.compare(source, other.source);
            int byTarget = bySource != 0 ? bySource : Integer.compare(target, other.target);
            return byTarget != 0 ? byTarget : Double.compare(value, other.value);
        }
    }

    /** The example whose synapse parameters are drawn per edge. */
    private static Path example() {
        return CommandLineTest.examples().resolve("heterogeneous_synapses.nngt");
    }

    private SimulationPlan plan() throws IOException {
        Network network = Models.load(example(), new PrintWriter(new StringWriter()));
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        return SimulationPlanBuilder.build(network, instance);
    }

    private static List<EdgeValue> fromPlan(SimulationPlan plan, double[] values) {
        List<EdgeValue> edges = new ArrayList<>();
        for (int e = 0; e < values.length; e++) {
            if (!Double.isNaN(values[e])) {
                edges.add(new EdgeValue(plan.sources()[e], plan.targets()[e], values[e]));
            }
        }
        edges.sort(null);
        return edges;
    }

    private static List<EdgeValue> drawnInPlan(SimulationPlan plan, String name) {
        float[] column = plan.edgeParameters().get(name);
        double[] values = new double[column.length];
        for (int e = 0; e < values.length; e++) {
            values[e] = column[e];
        }
        return fromPlan(plan, values);
    }

    @Test
    void theInstanceDrawsThePerEdgeValuesOnceForThePlan() throws IOException {
        SimulationPlan plan = plan();
        List<EdgeValue> u = drawnInPlan(plan, "U");
        // the exc -> exc pair: 60 targets with 8 incoming edges each, 80 % of them from exc on average
        assertTrue(u.size() > 200 && u.size() < 480, "drawn U values: " + u.size());
        for (EdgeValue edge : u) {
            assertTrue(edge.source() < 60 && edge.target() < 60, "U is drawn on exc -> exc only: " + edge);
            // drawn as floats: within a float's rounding of the bounds
            assertTrue(edge.value() >= 0.2 - 1e-7 && edge.value() <= 0.8 + 1e-7, "U in [0.2, 0.8]: " + edge);
        }
        assertEquals(u.size(), drawnInPlan(plan, "tau_rec").size());
    }

    @Test
    void theEmbeddedSimulatorsTablesHoldThePlansValues() throws IOException {
        SimulationPlan plan = plan();
        try (var prepared = Simulators.byId("embedded", getClass().getClassLoader()).prepare(plan)) {
            Engine engine = (Engine) prepared;
            List<EdgeValue> tables = fromPlan(plan, engine.synapseParameterByEdge("U"));
            List<EdgeValue> drawn = drawnInPlan(plan, "U");
            // the tables hold every tsodyks2 edge: the drawn ones and inh -> exc with U = 0.3
            List<EdgeValue> drawnInTables = tables.stream().filter(e -> e.source() < 60 && e.target() < 60).toList();
            assertEquals(drawn, drawnInTables);
            assertTrue(tables.stream().filter(e -> e.source() >= 60).allMatch(e -> e.value() == 0.3),
                    "inh -> exc keeps its constant U");
            assertEquals(drawnInPlan(plan, "tau_rec"), fromPlan(plan,
                    engine.synapseParameterByEdge("tau_rec")).stream().filter(e -> e.source() < 60).toList());
        }
    }

    @Test
    void theNestProjectsArraysHoldThePlansValues() throws IOException {
        SimulationPlan plan = plan();
        Path project = folder.resolve("nest");
        ProjectGenerators.byId("nest", getClass().getClassLoader()).generate(plan, project);
        for (String name : List.of("U", "tau_rec")) {
            assertEquals(drawnInPlan(plan, name), nestValues(project, name), name);
        }
    }

    @Test
    void theBrian2ProjectsDataHoldThePlansValues() throws IOException {
        SimulationPlan plan = plan();
        Path project = folder.resolve("brian2");
        ProjectGenerators.byId("brian2", getClass().getClassLoader()).generate(plan, project);
        for (String name : List.of("U", "tau_rec")) {
            // the plan's column in edge order as little-endian float64, NaN where the edge draws none
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(project.resolve("edge_parameters." + name + ".f64")))
                    .order(ByteOrder.LITTLE_ENDIAN);
            double[] values = new double[bytes.capacity() / Double.BYTES];
            bytes.asDoubleBuffer().get(values);
            assertEquals(drawnInPlan(plan, name), fromPlan(plan, values), name);
        }
    }

    /** Every edge value of a parameter in a generated NEST project, read from its pair files. */
    static List<EdgeValue> nestValues(Path project, String name) throws IOException {
        List<EdgeValue> edges = new ArrayList<>();
        Matcher matcher = PARAMETER_FILE.matcher(Files.readString(project.resolve("model.json")));
        while (matcher.find()) {
            if (!matcher.group(1).equals(name)) {
                continue;
            }
            String pair = "pair_" + matcher.group(3) + "_" + matcher.group(4) + "_";
            double[] pre = Npy.read(project.resolve("network").resolve(pair + "pre.npy"));
            double[] post = Npy.read(project.resolve("network").resolve(pair + "post.npy"));
            double[] values = Npy.read(project.resolve("network").resolve(matcher.group(2)));
            for (int k = 0; k < values.length; k++) {
                edges.add(new EdgeValue((int) pre[k], (int) post[k], values[k]));
            }
        }
        edges.sort(null);
        return edges;
    }

    @Test
    void aModelWithPerEdgeParametersValidatesAndRunsOnTheDefaultSimulator() throws IOException {
        String file = example().toString();
        CommandLineTest.Outcome validate = CommandLineTest.nngt("validate", file);
        assertEquals(0, validate.code(), validate.out() + validate.err());
        CommandLineTest.Outcome run = CommandLineTest.nngt("run", file, "--no-plots", "--out",
                folder.resolve("results").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(folder.resolve("results/summary.json")).contains("\"seed\": 17"));
    }

    /** Reads NumPy's .npy arrays of int32, float32 or float64 (little-endian, version 1 or 2 headers). */
    static final class Npy {

        private Npy() {
        }

        static double[] read(Path file) throws IOException {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            int major = bytes.get(6);
            int headerLength = major == 1 ? Short.toUnsignedInt(bytes.getShort(8)) : bytes.getInt(8);
            int start = (major == 1 ? 10 : 12) + headerLength;
            String header = new String(bytes.array(), major == 1 ? 10 : 12, headerLength, StandardCharsets.US_ASCII);
            Matcher dtype = Pattern.compile("'descr': '([<|])([ifu])(\\d)'").matcher(header);
            assertTrue(dtype.find(), "dtype of " + file + ": " + header);
            int width = Integer.parseInt(dtype.group(3));
            int count = (bytes.capacity() - start) / width;
            double[] values = new double[count];
            bytes.position(start);
            for (int k = 0; k < count; k++) {
                values[k] = switch (dtype.group(2) + width) {
                    case "i4" -> bytes.getInt();
                    case "f4" -> bytes.getFloat();
                    case "f8" -> bytes.getDouble();
                    default -> throw new AssertionError("unexpected dtype in " + file + ": " + header);
                };
            }
            return values;
        }
    }
}
