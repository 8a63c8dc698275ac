package nngt.generator.sonata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nngt.dsl.NngtLanguage;
import nngt.generator.sonata.SonataCircuit;
import nngt.generator.sonata.SonataGenerator;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.sim.api.GeneratedProject;
import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlan.NeuronRange;
import nngt.sim.api.SimulationPlan.SpikeTrainInput;
import nngt.sim.api.SimulationPlan.SynapseModel;
import nngt.sim.api.SimulationPlanBuilder;
import nngt.sim.api.io.Json;

/**
 * The SONATA export: Debian's h5py reads every dataset back and the checker ({@code python/check_sonata.py})
 * compares it with the plan (ids, signed weights, delays, per-edge synapse parameters, per-neuron values,
 * positions, indices, spike trains); the files are byte-identical for the same model; a model with stimuli SONATA
 * cannot express is refused, with nothing written. The h5py checks are skipped, with the reason printed, where
 * {@code /usr/bin/python3} lacks h5py.
 */
class SonataGeneratorTest {

    private static final String PYTHON = "/usr/bin/python3";
    private static NngtLanguage language;

    @TempDir
    Path temporary;

    /** Every example whose stimuli SONATA expresses, and the spatial one without its Poisson and noise inputs. */
    @ParameterizedTest
    @ValueSource(strings = {"heterogeneous_synapses", "oscillating_groups", "per_neuron_values", "spatial"})
    void h5pyReadsBackTheInstance(String example) throws IOException {
        assumeH5py();
        SimulationPlan plan = plan(example);
        Path folder = temporary.resolve("circuit");
        new SonataGenerator().generate(plan, folder);
        Path expected = temporary.resolve("expected.json");
        Files.writeString(expected, Json.writeExact(expected(plan)), StandardCharsets.UTF_8);
        Outcome outcome = run(List.of(PYTHON, checker().toString(), folder.toString(), expected.toString()));
        assertEquals(0, outcome.exitCode(), example + ": " + outcome.output());
        assertTrue(outcome.output().startsWith("checked " + plan.neuronCount() + " nodes, "
                + plan.sources().length + " edges"), outcome.output());
    }

    @Test
    void theSameModelGivesTheSameBytes() throws IOException {
        SimulationPlan plan = plan("per_neuron_values");
        new SonataGenerator().generate(plan, temporary.resolve("first"));
        new SonataGenerator().generate(plan(("per_neuron_values")), temporary.resolve("second"));
        TreeMap<String, String> first = checksums(temporary.resolve("first"));
        assertTrue(first.containsKey("nodes.h5") && first.containsKey("edges.h5")
                && first.containsKey("inputs/spike_trains.h5"), first.keySet().toString());
        assertEquals(first, checksums(temporary.resolve("second")));
    }

    @Test
    void theFilesNameEveryPartOfTheSimulation() throws IOException {
        SimulationPlan plan = plan("per_neuron_values");
        GeneratedProject project = new SonataGenerator().generate(plan, temporary.resolve("out"));
        assertTrue(project.files().containsAll(List.of("circuit_config.json", "simulation_config.json",
                "node_sets.json", "nodes.h5", "edges.h5", "node_types.csv", "edge_types.csv", "input_nodes.h5",
                "input_edges.h5", "input_node_types.csv", "input_edge_types.csv", "inputs/spike_trains.h5")),
                project.files().toString());
        String simulation = Files.readString(temporary.resolve("out/simulation_config.json"));
        // run, DC (380 pA and 560 pA as nA), the step current's non-zero step, spikes output, the multimeter
        for (String text : List.of("\"tstop\": 200.0", "\"dt\": 0.1", "\"target_simulator\": \"NEST\"",
                "\"amp\": 0.38", "\"amp\": 0.56", "\"stimulus_2_step_0\"", "\"amp\": 0.3", "\"delay\": 20.0",
                "\"duration\": 40.0", "\"spikes_file\": \"spikes.h5\"", "\"variable_name\": \"V_m\"",
                "\"module\": \"multimeter_report\"", "\"input_type\": \"spikes\"")) {
            assertTrue(simulation.contains(text), text + " in\n" + simulation);
        }
        assertFalse(simulation.contains("stimulus_2_step_1"), "a step to 0 pA injects nothing");
        String nodeTypes = Files.readString(temporary.resolve("out/node_types.csv"));
        assertEquals("node_type_id model_type model_template dynamics_params pop_name ei\n"
                + "0 point_neuron nest:iaf_psc_alpha 0_exc.json exc e\n"
                + "1 point_neuron nest:aeif_psc_alpha 1_inh.json inh i\n", nodeTypes);
        String circuit = Files.readString(temporary.resolve("out/circuit_config.json"));
        assertTrue(circuit.contains("\"nodes_file\": \"$BASE_DIR/nodes.h5\"")
                && circuit.contains("\"synaptic_models_dir\": \"$BASE_DIR/components/synaptic_models\""), circuit);
    }

    @Test
    void stimuliSonataCannotExpressAreListedAndNothingIsWritten() throws IOException {
        SimulationPlan plan = load(Files.readString(examples().resolve("spatial.nngt")));
        Path folder = temporary.resolve("refused");
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new SonataGenerator().generate(plan, folder));
        assertTrue(refusal.getMessage().contains("device 'poisson_generator'")
                && refusal.getMessage().contains("device 'noise_generator'")
                && refusal.getMessage().contains("nothing was written")
                && refusal.getMessage().contains("nest.connections=sonata"), refusal.getMessage());
        assertFalse(Files.exists(folder));
    }

    /** Registered twice, as the other generators: by Declarative Services and for ServiceLoader (the CLI). */
    @Test
    void theGeneratorIsRegisteredAsAServiceAndForServiceLoader() throws Exception {
        FrameworkUtil.getBundle(SonataGenerator.class).start();
        BundleContext context = FrameworkUtil.getBundle(SonataGeneratorTest.class).getBundleContext();
        Collection<ServiceReference<ProjectGenerator>> references = List.of();
        // SCR registers components asynchronously after the bundle starts
        for (int attempt = 0; attempt < 100 && references.isEmpty(); attempt++) {
            references = context.getServiceReferences(ProjectGenerator.class, "(generator.id=sonata)");
            if (references.isEmpty()) {
                Thread.sleep(50);
            }
        }
        assertEquals(1, references.size(), "one sonata generator service");
        ServiceReference<ProjectGenerator> reference = references.iterator().next();
        assertEquals("sonata", context.getService(reference).id());
        context.ungetService(reference);
        URL services = FrameworkUtil.getBundle(SonataGenerator.class)
                .getEntry("META-INF/services/" + ProjectGenerator.class.getName());
        assertNotNull(services, "the ServiceLoader registration is in the bundle");
        try (var in = services.openStream()) {
            assertEquals(SonataGenerator.class.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        }
    }

    /** The plan's values the checker compares with the files, in the plan's order. */
    private static Map<String, Object> expected(SimulationPlan plan) {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("population", SonataCircuit.population(plan));
        expected.put("neurons", plan.neuronCount());
        List<Object> groups = new ArrayList<>();
        for (NeuronRange range : plan.ranges()) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", range.group());
            group.put("first", range.firstId());
            group.put("size", range.size());
            group.put("model", range.model());
            group.put("type", range.neuronType());
            Map<String, Object> constants = new TreeMap<>();
            Map<String, Object> arrays = new TreeMap<>();
            range.parameters().forEach((name, values) -> {
                if (java.util.Arrays.stream(values).allMatch(value -> value == values[0])) {
                    constants.put(name, values[0]);
                } else {
                    arrays.put(name, values);
                }
            });
            group.put("constants", constants);
            group.put("arrays", arrays);
            groups.add(group);
        }
        expected.put("groups", groups);
        expected.put("x", plan.x());
        expected.put("y", plan.y());
        Map<String, Object> edges = new LinkedHashMap<>();
        edges.put("source", ints(plan.sources()));
        edges.put("target", ints(plan.targets()));
        edges.put("weight", floats(plan.weights()));
        edges.put("delay", floats(plan.delaysMs()));
        List<Object> types = new ArrayList<>();
        Map<String, Object> edgeTypes = new TreeMap<>();
        for (int e = 0; e < plan.sources().length; e++) {
            int model = plan.synapseModelIndex() == null ? -1 : plan.synapseModelIndex()[e];
            types.add(model + 1);
            Map<String, Object> type = new LinkedHashMap<>();
            Map<String, Object> constants = new TreeMap<>();
            if (model < 0) {
                type.put("model", "static_synapse");
            } else {
                SynapseModel synapse = plan.synapseModels().get(model);
                type.put("model", synapse.model());
                constants.putAll(synapse.parameters());
                if (synapse.receptorType() != 0) {
                    constants.put("receptor_type", synapse.receptorType());
                }
            }
            type.put("constants", constants);
            edgeTypes.put(Integer.toString(model + 1), type);
        }
        edges.put("type", types);
        Map<String, Object> parameters = new TreeMap<>();
        plan.edgeParameters().forEach((name, values) -> parameters.put(name, floats(values)));
        edges.put("params", parameters);
        expected.put("edges", edges);
        expected.put("edge_types", edgeTypes);
        List<Object> trains = new ArrayList<>();
        for (var stimulus : plan.stimuli()) {
            if (stimulus instanceof SpikeTrainInput train) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("targets", ints(train.targets()));
                entry.put("times", train.timesMs());
                entry.put("weight", train.weight());
                entry.put("delay", train.delayMs());
                trains.add(entry);
            }
        }
        expected.put("spike_trains", trains);
        return expected;
    }

    private static List<Integer> ints(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int value : values) {
            list.add(value);
        }
        return list;
    }

    private static List<Float> floats(float[] values) {
        List<Float> list = new ArrayList<>(values.length);
        for (float value : values) {
            list.add(value);
        }
        return list;
    }

    /** An example's plan; the spatial example without the inputs SONATA cannot express. */
    static SimulationPlan plan(String example) throws IOException {
        String text = Files.readString(examples().resolve(example + ".nngt"));
        if (example.equals("spatial")) {
            text = text.replaceAll("(?m)^\\s*stimulate (poisson|noise).*$", "");
        }
        return load(text);
    }

    static synchronized SimulationPlan load(String text) throws IOException {
        if (language == null) {
            language = NngtLanguage.standalone();
        }
        Path file = Files.createTempFile("sonata", ".nngt");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            NngtLanguage.LoadResult result = language.load(file);
            assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
            Network network = result.network();
            // The language leaves first ids unset; NNGT numbers groups consecutively in population order.
            int next = 0;
            for (NeuralGroup group : network.getPopulation().getGroups()) {
                if (group.getFirstId() < 0) {
                    group.setFirstId(next);
                }
                next = group.getFirstId() + group.getSize();
            }
            NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
            return SimulationPlanBuilder.build(network, instance);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static Path examples() {
        return Path.of(System.getProperty("nngt.examples", "../../examples"));
    }

    private static Path checker() {
        return Path.of(System.getProperty("nngt.sonata.checker", "python/check_sonata.py")).toAbsolutePath();
    }

    private static void assumeH5py() throws IOException {
        boolean h5py;
        try {
            h5py = run(List.of(PYTHON, "-c", "import h5py, numpy")).exitCode() == 0;
        } catch (IOException missing) {
            h5py = false;
        }
        if (!h5py) {
            System.out.println("SKIPPED SonataGeneratorTest: '" + PYTHON + " -c \"import h5py\"' fails "
                    + "(apt-get install python3-h5py)");
        }
        assumeTrue(h5py, "h5py is not installed for " + PYTHON);
    }

    private static TreeMap<String, String> checksums(Path folder) throws IOException {
        TreeMap<String, String> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                sums.put(folder.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return sums;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Exit code and output of a process. */
    record Outcome(int exitCode, String output) {
    }

    static Outcome run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Outcome(-1, "timed out");
            }
            return new Outcome(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
