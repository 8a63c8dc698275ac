package nngt.generator.nest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nngt.generator.nest.NestGenerator;
import nngt.generator.nest.NestGeneratorOptions;
import nngt.generator.nest.NestGeneratorOptions.ConnectionMode;
import nngt.generator.nest.NestGeneratorOptions.Flavour;
import nngt.generator.nest.NestProjectGenerator;
import nngt.generator.nest.tests.Projects.Loaded;
import nngt.generator.nest.tests.Projects.Outcome;
import nngt.graph.GroupRange;
import nngt.sim.api.GeneratedProject;
import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.ProjectGenerators;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SupportLevel;
import nngt.sim.api.io.ResultsFolder;

/**
 * Generator tests: golden files for the examples in both NEST flavours, Python checks (py_compile, flake8),
 * the .npy arrays against the instance, weight signs, determinism, ownership of files on regeneration.
 * Set the system property {@code nngt.updateGolden=true} to rewrite the golden files after a deliberate change.
 */
class NestProjectGeneratorTest {

    private static final List<String> TEXT_GOLDEN = List.of("run.py", "model.json", "README.md", "run.sh",
            "run_mpi.sh", "slurm.sbatch", "analysis.py", ResultsFolder.MANIFEST);

    @TempDir
    Path temporary;

    private Path generate(String example, Flavour flavour, ConnectionMode mode) throws IOException {
        Loaded loaded = Projects.load(example);
        Path folder = temporary.resolve(example + "-" + flavour + "-" + mode);
        NestProjectGenerator.generate(loaded.plan(),
                NestGeneratorOptions.defaults(folder).withFlavour(flavour).withConnectionMode(mode));
        return folder;
    }

    @ParameterizedTest
    @CsvSource({"NEST_3", "NEST_2_20"})
    void smallExampleMatchesGoldenFiles(Flavour flavour) throws IOException {
        Path folder = generate("basic_exc_inh", flavour, ConnectionMode.ARRAYS);
        Path golden = Projects.golden().resolve("basic_exc_inh").resolve(flavour.name());
        for (String file : TEXT_GOLDEN) {
            String actual = Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
            Path expected = golden.resolve(file.equals(ResultsFolder.MANIFEST) ? "nngt-manifest" : file);
            if (Boolean.getBoolean("nngt.updateGolden")) {
                Files.createDirectories(golden);
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, file);
        }
    }

    @ParameterizedTest
    @CsvSource({"oscillating_groups,NEST_3,ARRAYS", "oscillating_groups,NEST_2_20,ARRAYS", "spatial,NEST_3,ARRAYS",
            "spatial,NEST_2_20,ARRAYS", "basic_exc_inh,NEST_3,NATIVE"})
    void biggerExamplesMatchGoldenChecksums(String example, Flavour flavour, ConnectionMode mode) throws IOException {
        Path folder = generate(example, flavour, mode);
        StringBuilder actual = new StringBuilder();
        Projects.checksums(folder).forEach((file, sum) -> actual.append(sum).append("  ").append(file).append('\n'));
        Path expected = Projects.golden().resolve(example).resolve(flavour.name() + "-" + mode + ".sha256");
        if (Boolean.getBoolean("nngt.updateGolden")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"basic_exc_inh", "oscillating_groups", "per_neuron_values", "spatial"})
    void everyPythonFileCompilesAndPassesFlake8(String example) throws IOException {
        assumeTrue(Projects.pythonCan("import sys"), () -> {
            System.out.println("SKIPPED: " + Projects.PYTHON + " is not installed");
            return "no " + Projects.PYTHON;
        });
        boolean flake8 = Projects.pythonCan("import flake8");
        if (!flake8) {
            System.out.println("flake8 part SKIPPED: python3-flake8 is not installed (apt-get install python3-flake8)");
        }
        for (Flavour flavour : List.of(Flavour.NEST_3, Flavour.NEST_2_20)) {
            for (ConnectionMode mode : ConnectionMode.values()) {
                if (mode == ConnectionMode.SONATA && flavour == Flavour.NEST_2_20) {
                    continue; // refused: NEST 2.20 has no SONATA loader (sonataModeRefuses...)
                }
                Path folder = generate(example, flavour, mode);
                for (String file : List.of("run.py", "analysis.py")) {
                    Outcome compiled = Projects.run(List.of(Projects.PYTHON, "-m", "py_compile", file), folder);
                    assertEquals(0, compiled.exitCode(), () -> folder + "/" + file + ": " + compiled.output());
                    if (flake8) {
                        Outcome lint = Projects.run(List.of(Projects.PYTHON, "-m", "flake8", file), folder);
                        assertEquals(0, lint.exitCode(), () -> folder + "/" + file + ": " + lint.output());
                    }
                }
            }
        }
    }

    @Test
    void edgeArraysHoldEveryEdgeWithTheSourceGroupSign() throws IOException {
        Loaded loaded = Projects.load("basic_exc_inh");
        Path folder = generate("basic_exc_inh", Flavour.NEST_3, ConnectionMode.ARRAYS);
        List<GroupRange> groups = loaded.instance().groups();
        // Per (pre, post, |weight|, delay) multiset from the instance, compared with the files.
        TreeMap<String, Integer> expected = new TreeMap<>();
        for (int e = 0; e < loaded.instance().edgeCount(); e++) {
            expected.merge(key(loaded.instance().sources()[e], loaded.instance().targets()[e],
                    loaded.instance().weights()[e], loaded.instance().delays()[e]), 1, Integer::sum);
        }
        TreeMap<String, Integer> actual = new TreeMap<>();
        int negative = 0;
        int positive = 0;
        for (int s = 0; s < groups.size(); s++) {
            for (int t = 0; t < groups.size(); t++) {
                String base = "network/pair_" + s + "_" + t + "_";
                if (!Files.exists(folder.resolve(base + "pre.npy"))) {
                    continue;
                }
                ByteBuffer pre = Projects.npyData(folder.resolve(base + "pre.npy"), "<i4");
                ByteBuffer post = Projects.npyData(folder.resolve(base + "post.npy"), "<i4");
                ByteBuffer weight = Projects.npyData(folder.resolve(base + "weight.npy"), "<f4");
                ByteBuffer delay = Projects.npyData(folder.resolve(base + "delay.npy"), "<f4");
                while (pre.hasRemaining()) {
                    int source = pre.getInt();
                    int target = post.getInt();
                    float w = weight.getFloat();
                    assertTrue(groups.get(s).contains(source) && groups.get(t).contains(target));
                    if (groups.get(s).neuronType() < 0) {
                        assertTrue(w <= 0, "inhibitory weight " + w);
                        negative++;
                    } else {
                        assertTrue(w >= 0, "excitatory weight " + w);
                        positive++;
                    }
                    actual.merge(key(source, target, Math.abs(w), delay.getFloat()), 1, Integer::sum);
                }
            }
        }
        assertEquals(expected, actual);
        assertTrue(negative > 0 && positive > 0);
    }

    @Test
    void edgeFilesAreOrderedByTargetShardSoThatEachRankReadsItsOwnSlice() throws IOException {
        Loaded loaded = Projects.load("basic_exc_inh");
        Path folder = temporary.resolve("sharded");
        NestProjectGenerator.generate(loaded.plan(),
                NestGeneratorOptions.defaults(folder).withShards(4));
        String run = Files.readString(folder.resolve("run.py"));
        assertTrue(run.contains("SHARDS = 4"));
        int total = 0;
        for (String pair : List.of("0_0", "0_1", "1_0", "1_1")) {
            ByteBuffer post = Projects.npyData(folder.resolve("network/pair_" + pair + "_post.npy"), "<i4");
            int[] perShard = new int[4];
            int previous = 0;
            while (post.hasRemaining()) {
                // NEST id = NNGT id + 1 lives on rank (NEST id % P); shards must come in order 0..3.
                int shard = (post.getInt() + 1) % 4;
                assertTrue(shard >= previous, "shard order in pair " + pair);
                previous = shard;
                perShard[shard]++;
                total++;
            }
            int start = 0;
            StringBuilder starts = new StringBuilder("[0");
            for (int count : perShard) {
                start += count;
                starts.append(", ").append(start);
            }
            assertTrue(run.contains("\"shard_starts\": " + starts + "]"), pair + " " + starts);
        }
        assertEquals(loaded.instance().edgeCount(), total);
    }

    /**
     * {@code synapse a -> b: tsodyks2_synapse { U = uniform(0.2, 0.8) }}, as the plan holds it: U is a per-edge
     * column (here drawn by hand, as NetworkInstance draws it from its streams); the a -> a edges are static, NaN.
     */
    private static SimulationPlan tsodyksPlan() {
        int[] sources = new int[140];
        int[] targets = new int[140];
        float[] weights = new float[140];
        float[] delays = new float[140];
        int[] model = new int[140];
        float[] u = new float[140];
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        int e = 0;
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 14; j++) {
                boolean toB = j < 10;
                sources[e] = i;
                targets[e] = toB ? 10 + j : (i + j) % 10;
                weights[e] = 20;
                delays[e] = 1.5f;
                model[e] = toB ? 0 : -1;
                u[e] = toB ? (float) (0.2 + 0.6 * random.nextDouble()) : Float.NaN;
                e++;
            }
        }
        return SimulationPlan.builder().name("tsodyks").duration(10)
                .neurons("a", 0, 10, 1, "iaf_psc_alpha", Map.of())
                .neurons("b", 10, 10, 1, "iaf_psc_alpha", Map.of())
                .synapseModel(new SimulationPlan.SynapseModel("tsodyks2_synapse", Map.of(), List.of("U"),
                        Map.of(), 0))
                .edges(sources, targets, weights, delays, model)
                .edgeParameters(Map.of("U", u)).recordAllSpikes().build();
    }

    @Test
    void synapseParametersDrawnPerEdgeAreThePlansColumnsAsFloat64() throws IOException {
        SimulationPlan plan = tsodyksPlan();
        float[] u = plan.edgeParameters().get("U");
        Path folder = temporary.resolve("drawn");
        NestProjectGenerator.generate(plan, NestGeneratorOptions.defaults(folder));
        String run = Files.readString(folder.resolve("run.py"));
        assertTrue(run.contains("\"arrays\": {\"U\": \"param_0\"}"), run);
        assertTrue(Files.readString(folder.resolve("model.json"))
                .contains("\"parameters\": {\"U\": \"network/pair_0_1_param_0.npy\"}"));
        assertFalse(Files.exists(folder.resolve("network/pair_0_0_param_0.npy")), "static edges draw nothing");
        ByteBuffer values = Projects.npyData(folder.resolve("network/pair_0_1_param_0.npy"), "<f8");
        ByteBuffer pre = Projects.npyData(folder.resolve("network/pair_0_1_pre.npy"), "<i4");
        ByteBuffer post = Projects.npyData(folder.resolve("network/pair_0_1_post.npy"), "<i4");
        assertEquals(100, values.remaining() / 8);
        while (values.hasRemaining()) {
            int source = pre.getInt();
            int target = post.getInt();
            // the a -> b edges are pairs (i, 10 + j) at index 14 i + j
            assertEquals((double) u[14 * source + target - 10], values.getDouble(), 0.0,
                    "edge " + source + " -> " + target);
        }
    }

    @Test
    void nestGeneratorServicesAreFoundByIdAndReadTheirOptionsFromThePlan() throws IOException {
        ClassLoader loader = NestGenerator.class.getClassLoader();
        assertEquals(List.of("nest", "nest2"), ProjectGenerators.available(loader).stream()
                .map(ProjectGenerator::id).toList());
        ProjectGenerator nest2 = ProjectGenerators.byId("nest2", loader);
        SimulationPlan plan = tsodyksPlan().withOptions(Map.of(NestGeneratorOptions.SHARDS, "3"));
        GeneratedProject project = nest2.generate(plan, temporary.resolve("nest2"));
        assertEquals("PyNEST project for NEST 2.20", project.summary());
        assertTrue(project.files().contains("run.py"));
        String run = Files.readString(temporary.resolve("nest2/run.py"));
        assertTrue(run.contains("SHARDS = 3") && run.contains("SPIKE_RECORDER = \"spike_detector\""));
        assertEquals(SupportLevel.FULL, nest2.capabilities().supportLevel("tsodyks2_synapse"));
    }

    @Test
    void invalidPlanOptionsNameTheKeyTheValueAndWhatIsValid() {
        SimulationPlan plan = tsodyksPlan();
        ProjectGenerator nest = new NestGenerator();
        IllegalArgumentException connections = assertThrows(IllegalArgumentException.class, () -> nest.generate(
                plan.withOptions(Map.of(NestGeneratorOptions.CONNECTIONS, "rules")), temporary.resolve("a")));
        assertEquals("Option 'nest.connections' is 'rules'; valid are 'arrays', 'native' and 'sonata'.",
                connections.getMessage());
        IllegalArgumentException shards = assertThrows(IllegalArgumentException.class, () -> nest.generate(
                plan.withOptions(Map.of(NestGeneratorOptions.SHARDS, "0")), temporary.resolve("b")));
        assertEquals("Option 'nest.shards' is '0'; valid are whole numbers from 1 to 4096.", shards.getMessage());
    }

    private static String key(int source, int target, float weight, float delay) {
        return source + ">" + target + ":" + weight + ":" + delay;
    }

    @Test
    void numpyLoadsTheArraysInOneCall() throws IOException {
        assumeTrue(Projects.pythonCan("import numpy"), () -> {
            System.out.println("SKIPPED: numpy is not installed for " + Projects.PYTHON);
            return "no numpy";
        });
        Loaded loaded = Projects.load("spatial");
        Path folder = generate("spatial", Flavour.NEST_3, ConnectionMode.ARRAYS);
        Outcome outcome = Projects.run(List.of(Projects.PYTHON, "-c", """
                import glob, numpy as np
                total = sum(len(np.load(f)) for f in glob.glob("network/pair_*_pre.npy"))
                x = np.load("network/x.npy")
                print(total, x.dtype, len(x), repr(float(x[7])))
                """), folder);
        assertEquals(0, outcome.exitCode(), outcome.output());
        assertEquals(loaded.instance().edgeCount() + " float64 " + loaded.instance().neuronCount() + " "
                + Double.toString(loaded.instance().x()[7]).replace("E", "e"), outcome.output().trim());
    }

    @Test
    void sameInputGivesByteIdenticalProjects() throws IOException {
        Loaded loaded = Projects.load("oscillating_groups");
        Path first = temporary.resolve("first");
        Path second = temporary.resolve("second");
        NestProjectGenerator.generate(loaded.plan(), NestGeneratorOptions.defaults(first));
        NestProjectGenerator.generate(loaded.plan(), NestGeneratorOptions.defaults(second));
        Map<String, String> sums = Projects.checksums(first);
        assertEquals(sums, Projects.checksums(second));
        // Regenerating into the same folder changes nothing either.
        NestProjectGenerator.generate(loaded.plan(), NestGeneratorOptions.defaults(first));
        assertEquals(sums, Projects.checksums(first));
    }

    @Test
    void regeneratingKeepsUserFilesAndResultsAndRemovesStaleOwnedFiles() throws IOException {
        Loaded loaded = Projects.load("basic_exc_inh");
        Path folder = temporary.resolve("project");
        NestProjectGenerator.generate(loaded.plan(),
                NestGeneratorOptions.defaults(folder).withShards(2));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Files.createDirectories(folder.resolve("results"));
        Files.writeString(folder.resolve("results/summary.json"), "{}");
        // Native mode ships fewer pairs: the files of the pairs NEST now draws must go.
        NestProjectGenerator.Result result = NestProjectGenerator.generate(loaded.plan(),
                NestGeneratorOptions.defaults(folder).withConnectionMode(ConnectionMode.NATIVE));
        assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
        assertEquals("{}", Files.readString(folder.resolve("results/summary.json")));
        List<String> arrays = new ArrayList<>();
        try (var list = Files.list(folder.resolve("network"))) {
            list.forEach(file -> arrays.add("network/" + file.getFileName()));
        }
        assertEquals(result.files().stream().filter(f -> f.startsWith("network/")).sorted().toList(),
                arrays.stream().sorted().toList());
        try (var siblings = Files.list(temporary)) {
            assertEquals(List.of("project"), siblings.map(p -> p.getFileName().toString()).toList(),
                    "no temporary folder is left behind");
        }
    }

    @Test
    void refusesToOverwriteAFileItDidNotWrite() throws IOException {
        Loaded loaded = Projects.load("basic_exc_inh");
        Path folder = temporary.resolve("handwritten");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("run.py"), "print('my own script')\n");
        IOException error = assertThrows(IOException.class,
                () -> NestProjectGenerator.generate(loaded.plan(), NestGeneratorOptions.defaults(folder)));
        assertTrue(error.getMessage().contains("holds run.py, which NNGT did not write"), error.getMessage());
        assertEquals("print('my own script')\n", Files.readString(folder.resolve("run.py")));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void regeneratingAReceivedProjectNeverFollowsItsManifestOutOfTheFolder() throws IOException {
        Loaded loaded = Projects.load("basic_exc_inh");
        Path victim = Files.createDirectories(temporary.resolve("victim"));
        Files.writeString(victim.resolve("keep.txt"), "precious");
        Path folder = temporary.resolve("received");
        NestProjectGenerator.generate(loaded.plan(), NestGeneratorOptions.defaults(folder));
        // The sender added a link out of the folder and listed a file behind it, with its true hash.
        Files.createSymbolicLink(folder.resolve("link"), Path.of("../victim"));
        Files.writeString(folder.resolve(ResultsFolder.MANIFEST), Projects.sha256("precious".getBytes())
                + " 8 link/keep.txt\n", java.nio.file.StandardOpenOption.APPEND);
        IOException error = assertThrows(IOException.class,
                () -> NestProjectGenerator.generate(loaded.plan(), NestGeneratorOptions.defaults(folder)));
        assertTrue(error.getMessage().contains("'link/keep.txt', which leads outside"), error.getMessage());
        assertEquals("precious", Files.readString(victim.resolve("keep.txt")));
    }

    @Test
    void nest2FlavourUsesNest2Keys() throws IOException {
        Path folder = generate("oscillating_groups", Flavour.NEST_2_20, ConnectionMode.ARRAYS);
        String run = Files.readString(folder.resolve("run.py"));
        assertTrue(run.contains("\"model\": \"tsodyks2_synapse\", \"U\": 0.6"), run);
        assertTrue(run.contains("SPIKE_RECORDER = \"spike_detector\""));
        assertTrue(run.contains("\"grng_seed\": BASE_SEED + n_vp"));
        assertFalse(run.contains("synapse_model"));
        String nest3 = Files.readString(generate("oscillating_groups", Flavour.NEST_3, ConnectionMode.ARRAYS)
                .resolve("run.py"));
        assertTrue(nest3.contains("\"synapse_model\": \"tsodyks2_synapse\", \"U\": 0.6"), nest3);
        assertTrue(nest3.contains("RNG_SEED = 42"));
    }

    @Test
    void nativeModeEmitsNestRulesAndSaysNestDrawsTheGraph() throws IOException {
        Path folder = generate("brunel", Flavour.NEST_3, ConnectionMode.NATIVE);
        String run = Files.readString(folder.resolve("run.py"));
        assertTrue(run.contains("\"rule\": \"fixed_indegree\""), run);
        assertTrue(Files.readString(folder.resolve("README.md")).contains("NEST then draws the graph"));
        // NEST's fixed_total_number cannot exclude repeated pairs, so a simple Erdos-Renyi graph stays arrays
        // (a real NEST 3.10 refuses allow_multapses=False there)
        String basic = Files.readString(generate("basic_exc_inh", Flavour.NEST_3, ConnectionMode.NATIVE).resolve("run.py"));
        assertFalse(basic.contains("fixed_total_number"), basic);
    }

    @Test
    void sonataModeShipsTheCircuitInsteadOfEdgeArrays() throws IOException {
        Path folder = generate("per_neuron_values", Flavour.NEST_3, ConnectionMode.SONATA);
        for (String file : List.of("nodes.h5", "edges.h5", "node_types.csv", "edge_types.csv", "circuit_config.json",
                "simulation_config.json")) {
            assertTrue(Files.isRegularFile(folder.resolve("network/sonata/" + file)), file);
        }
        // the spike trains stay NEST spike generators, made by run.py like every other device
        assertFalse(Files.exists(folder.resolve("network/sonata/input_edges.h5")));
        try (var files = Files.list(folder.resolve("network"))) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().startsWith("pair_")), "no edge arrays");
        }
        String run = Files.readString(folder.resolve("run.py"));
        assertTrue(run.contains("nodes = build_sonata()") && run.contains("nest.SonataNetwork(")
                && run.contains("SONATA_POPULATION = \"per_neuron_values\""), run);
        assertFalse(run.contains("connect_pairs(offset)\n    connect_native(nodes)"), run);
        // per-neuron values still reach NEST from the group arrays
        assertTrue(run.contains("\"arrays\": {"), run);
        String model = Files.readString(folder.resolve("model.json"));
        assertTrue(model.contains("\"sonata\"") && model.contains("network/sonata/edges.h5"), model);
        assertTrue(Files.readString(folder.resolve("network/sonata/simulation_config.json"))
                .contains("\"dt\": 0.1"));
    }

    @Test
    void sonataModeRefusesWhatNestsLoaderCannotBuild() throws IOException {
        IllegalArgumentException perEdge = assertThrows(IllegalArgumentException.class,
                () -> generate("heterogeneous_synapses", Flavour.NEST_3, ConnectionMode.SONATA));
        assertTrue(perEdge.getMessage().contains("drawn per edge (U, tau_rec)")
                && perEdge.getMessage().contains("Use 'arrays'"), perEdge.getMessage());
        IllegalArgumentException nest2 = assertThrows(IllegalArgumentException.class,
                () -> generate("per_neuron_values", Flavour.NEST_2_20, ConnectionMode.SONATA));
        assertTrue(nest2.getMessage().contains("NEST 2.20 has no SONATA loader"), nest2.getMessage());
        assertEquals(ConnectionMode.SONATA, NestGeneratorOptions.fromPlanOptions(
                Map.of(NestGeneratorOptions.CONNECTIONS, "sonata"), Flavour.NEST_3, temporary).connectionMode());
    }

    /**
     * One edge as text for comparing NEST's connections with the plan: the weight compared as the float the
     * circuit stores (NEST reads it back as a double, and its text has numpy's digits, not Java's), the delay to
     * a micro-second.
     */
    private static String edgeRow(long source, long target, double weight, double delayMs) {
        return String.format(java.util.Locale.ROOT, "%d %d %s %.6f", source, target, Float.toString((float) weight),
                delayMs);
    }

    /**
     * Where a NEST with HDF5 is found ({@code NEST_SONATA_PYTHON}, else {@code NEST_PYTHON}), NEST's SONATA loader
     * builds the instance's connections: the same count and, edge for edge, the same NEST ids, signed weights and
     * delays; and the project built from SONATA fires the spikes of the one built from arrays (the same Poisson
     * seeds: the loader draws no random number).
     */
    @ParameterizedTest
    @ValueSource(strings = {"basic_exc_inh", "spatial"})
    void nestsSonataLoaderBuildsTheInstanceAndFiresTheArraysSpikes(String example) throws IOException {
        String python = System.getenv().getOrDefault("NEST_SONATA_PYTHON", Projects.NEST_PYTHON);
        boolean usable = Projects.pythonCan(python, "import nest, h5py, pandas; "
                + "assert nest.build_info.get('have_hdf5')");
        if (!usable) {
            System.out.println("SKIPPED nestsSonataLoaderBuildsTheInstanceAndFiresTheArraysSpikes: '" + python
                    + "' has no NEST built with HDF5, or lacks h5py or pandas (NEST_SONATA_PYTHON may name one)");
        }
        assumeTrue(usable, "no NEST with HDF5, h5py and pandas");
        Loaded loaded = Projects.load(example);
        Path sonata = generate(example, Flavour.NEST_3, ConnectionMode.SONATA);
        Outcome built = Projects.run(List.of(python, "-c", String.join("\n",
                "import nest, numpy as np",
                "nest.ResetKernel()",
                "net = nest.SonataNetwork('network/sonata/circuit_config.json',",
                "                         sim_config='network/sonata/simulation_config.json')",
                "net.BuildNetwork()",
                "c = nest.GetConnections()",
                "rows = np.array([c.source, c.target], dtype=np.int64).T",
                "np.savetxt('connections.txt', np.column_stack([rows, np.array(c.weight), np.array(c.delay)]),",
                "           fmt=['%d', '%d', '%.9g', '%.9g'])")), sonata, Map.of("PYNEST_QUIET", "1"));
        assertEquals(0, built.exitCode(), built.output());
        List<String> rows = new ArrayList<>();
        for (String row : Files.readAllLines(sonata.resolve("connections.txt"))) {
            String[] fields = row.trim().split("\\s+");
            rows.add(edgeRow(Long.parseLong(fields[0]), Long.parseLong(fields[1]), Double.parseDouble(fields[2]),
                    Double.parseDouble(fields[3])));
        }
        SimulationPlan plan = loaded.plan();
        assertEquals(plan.sources().length, rows.size(), "connections built by NEST's SONATA loader");
        List<String> wanted = new ArrayList<>();
        for (int e = 0; e < plan.sources().length; e++) {
            wanted.add(edgeRow(plan.sources()[e] + 1L, plan.targets()[e] + 1L, plan.weights()[e],
                    plan.delaySteps(e) * plan.resolutionMs()));
        }
        java.util.Collections.sort(wanted);
        java.util.Collections.sort(rows);
        assertEquals(wanted, rows, "NEST ids, signed weights and delays of every edge");

        Path arrays = generate(example, Flavour.NEST_3, ConnectionMode.ARRAYS);
        for (Path project : List.of(arrays, sonata)) {
            Outcome run = Projects.run(List.of(python, "run.py", "--verify", "--threads", "1"), project,
                    Map.of("PYNEST_QUIET", "1"));
            assertEquals(0, run.exitCode(), run.output());
        }
        for (nngt.graph.GroupRange group : loaded.instance().groups()) {
            String file = "results/spikes_" + group.name() + ".txt";
            List<String> fromArrays = Files.readAllLines(arrays.resolve(file));
            assertTrue(fromArrays.size() > 10, file + " has spikes");
            assertEquals(fromArrays, Files.readAllLines(sonata.resolve(file)), file);
        }
    }

    @Test
    void optionsRejectBadValuesNamingThem() {
        IllegalArgumentException shards = assertThrows(IllegalArgumentException.class,
                () -> NestGeneratorOptions.defaults(Path.of("x")).withShards(-1));
        assertTrue(shards.getMessage().contains("'shards' is -1"));
        assertThrows(IllegalArgumentException.class, () -> NestGeneratorOptions.defaults(null));
        assertThrows(IllegalArgumentException.class,
                () -> NestProjectGenerator.generate(null, NestGeneratorOptions.defaults(temporary)));
    }

    @ParameterizedTest
    @CsvSource({"basic_exc_inh,ARRAYS", "basic_exc_inh,NATIVE", "spatial,NATIVE"})
    void runsInRealNestWhenAvailable(String example, ConnectionMode mode) throws IOException {
        boolean nest = Projects.pythonCan(Projects.NEST_PYTHON, "import nest");
        if (!nest) {
            System.out.println("SKIPPED runsInRealNestWhenAvailable: '" + Projects.NEST_PYTHON
                    + " -c \"import nest\"' fails (no NEST there; NEST_PYTHON may name the python of a NEST installation)");
        }
        assumeTrue(nest, "NEST is not installed");
        Loaded loaded = Projects.load(example);
        // the installed NEST's own API: NEST 2.20's flavour for a NEST 2, else the model's
        Outcome version = Projects.run(List.of(Projects.NEST_PYTHON, "-c",
                "import nest; print('NEST_VERSION', getattr(nest, '__version__', None) or nest.version())"),
                temporary, Map.of("PYNEST_QUIET", "1"));
        // "3.10.0", or "NEST nest-2.20.2" from NEST 2's nest.version()
        java.util.regex.Matcher major = java.util.regex.Pattern.compile("NEST_VERSION\\D*(\\d+)\\.")
                .matcher(version.output());
        boolean nest2 = major.find() && major.group(1).equals("2");
        Path folder = generate(example, nest2 ? Flavour.NEST_2_20 : Flavour.FROM_MODEL, mode);
        Outcome outcome = Projects.run(List.of(Projects.NEST_PYTHON, "run.py", "--verify", "--threads", "2"), folder);
        assertEquals(0, outcome.exitCode(), outcome.output());
        String summary = Files.readString(folder.resolve("results/summary.json"));
        assertTrue(summary.contains("\"network_connections\": " + loaded.instance().edgeCount()), summary);
        assertTrue(summary.contains("\"inhibitory_weights_negative\": true"), summary);
        for (nngt.graph.GroupRange group : loaded.instance().groups()) {
            assertTrue(summary.contains("\"" + group.name() + "\""), summary);
            List<String> lines = Files.readAllLines(folder.resolve("results/spikes_" + group.name() + ".txt"));
            // spatial networks add the neuron's position (X Y), as NNGT writes them
            String header = loaded.instance().spatial() ? "# Neuron Time X Y" : "# Neuron Time";
            assertEquals(header, lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split(" ");
                assertEquals(header.split(" ").length - 1, parts.length, line);
                int neuron = Integer.parseInt(parts[0]);
                assertTrue(neuron >= 0 && neuron < loaded.instance().neuronCount(), line);
                Double.parseDouble(parts[1]);
            }
        }
    }
}
