package nngt.sim.nest.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nngt.catalog.KernelFacts;
import nngt.catalog.NestFamily;
import nngt.generator.nest.NestGeneratorOptions;
import nngt.generator.nest.NestGeneratorOptions.Flavour;
import nngt.generator.nest.NestProjectGenerator;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstantiator;
import nngt.graph.TargetShard;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationPlanBuilder;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.analysis.SpikeTimeMatcher;
import nngt.sim.embedded.EmbeddedSimulator;
import nngt.sim.nest.NestInstallation;
import nngt.sim.nest.NestOptions;
import nngt.sim.nest.NestSimulator;

/**
 * Every model under MPI in a real NEST built with MPI. {@value #PYTHON_VARIABLE} names its Python (else
 * {@code NEST_PYTHON}, else python3 on the PATH); it must report {@code nest.build_info['have_mpi']}
 * ({@code statusdict/have_mpi} in NEST 2.20), and {@code mpirun} must be on the PATH; the tests are skipped with the
 * reason printed otherwise. Every example and the examples' per-neuron model with per-target Poisson rates (minis)
 * fire the same spikes on 2 processes x 1 thread as on 1 process x 2 threads (the same virtual processes, so NEST
 * draws the same random numbers); those without random input also fire the embedded simulator's spikes (on a NEST
 * 2.20 not those with tsodyks2_synapse, whose first spike NEST 2.20 treats otherwise). The parts
 * of a sharded generation ({@code --shard K/N}), each run by its own rank, fire the spikes of the whole project.
 */
class RealNestMpiTest {

    /** The variable naming the Python of a NEST built with MPI. */
    static final String PYTHON_VARIABLE = "NEST_MPI_PYTHON";

    private static final String HAVE_MPI = "import nest\n"
            + "try:\n    print('HAVE_MPI', nest.build_info['have_mpi'])\n"
            + "except AttributeError:\n    print('HAVE_MPI', nest.ll_api.sli_func('statusdict/have_mpi ::'))\n";

    /** Simulated time of each run: long enough for every model to fire, short enough for Brunel's 15.6M edges. */
    private static final int DURATION_MS = 300;

    private static final Map<String, String> ENVIRONMENT = environment();

    @TempDir
    Path temporary;

    private static Map<String, String> environment() {
        Map<String, String> variables = new HashMap<>(System.getenv());
        String python = System.getenv(PYTHON_VARIABLE);
        if (python != null) {
            variables.put(NestInstallation.PYTHON_VARIABLE, python);
        }
        return variables;
    }

    /** Why the tests cannot run here, or null; found once per JVM. */
    private static String skipReason;

    private static synchronized NestInstallation assumeNestWithMpi() {
        NestInstallation installation = NestInstallation.detect(NestOptions.from(Map.of()), ENVIRONMENT);
        if (skipReason == null) {
            skipReason = !installation.usable() ? installation.unavailableMessage()
                    : !installation.onPath("mpirun") ? "mpirun is not on the PATH (apt-get install openmpi-bin)"
                    : !haveMpi(installation) ? installation.versionText() + " of " + installation.python()
                            + " is built without MPI; set " + PYTHON_VARIABLE + " to the Python of a NEST built with "
                            + "-Dwith-mpi=ON (and mpi4py)"
                    : "";
        }
        String reason = skipReason.isEmpty() ? null : skipReason;
        if (reason != null) {
            System.out.println("SKIPPED RealNestMpiTest: " + reason);
        }
        assumeTrue(reason == null, reason);
        return installation;
    }

    private static boolean haveMpi(NestInstallation installation) {
        try {
            ProcessBuilder builder = new ProcessBuilder(installation.command(List.of(installation.python(), "-c",
                    HAVE_MPI))).redirectErrorStream(true);
            builder.environment().putAll(NestInstallation.quietNest());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(120, TimeUnit.SECONDS) && output.contains("HAVE_MPI True");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Open MPI refuses to run as root (containers, CI) without this consent. */
    private static Map<String, String> rootConsent() {
        return "root".equals(System.getProperty("user.name"))
                ? Map.of("OMPI_ALLOW_RUN_AS_ROOT", "1", "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1") : Map.of();
    }

    /** The examples, and the per-neuron example with per-target Poisson rates. */
    static Stream<String> models() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples())) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".nngt")).sorted().forEach(names::add);
        }
        names.add("per_neuron_values.nngt+minis");
        return names.stream();
    }

    private static Path examples() {
        return Path.of(System.getProperty("nngt.examples", "../../examples"));
    }

    private static String text(String model) throws IOException {
        String example = model.replace("+minis", "");
        String text = Files.readString(examples().resolve(example));
        return model.endsWith("+minis")
                ? text.replace("  record spikes from all", "  stimulate minis(rate = 40 Hz, weight = 30 pA) -> all\n"
                        + "  record spikes from all")
                : text;
    }

    /** The model with DURATION_MS of simulated time and the given threads per process. */
    private static String settled(String text, int threads) {
        Matcher simulate = Pattern.compile("(?m)^(\\s*simulate\\s+)[\\d.]+\\s*ms(.*)$").matcher(text);
        assertTrue(simulate.find(), "a simulate line");
        String rest = simulate.group(2).replaceAll("\\s+(threads|processes)\\s+\\d+", "");
        return text.substring(0, simulate.start()) + simulate.group(1) + DURATION_MS + " ms" + rest + " threads "
                + threads + text.substring(simulate.end());
    }

    private static SimulationResult runInNest(String text, int threads, int processes) {
        Map<String, String> options = new HashMap<>();
        if (processes > 1) {
            options.put(NestOptions.MPI, Integer.toString(processes));
            options.put(NestOptions.MPI_ALLOW_ROOT, Boolean.toString(!rootConsent().isEmpty()));
        }
        StandIn.Model model = StandIn.parse(settled(text, threads));
        try (PreparedSimulation prepared = new NestSimulator(ENVIRONMENT).prepare(model.request(options))) {
            return prepared.run(ProgressListener.NONE, new CancellationToken());
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void twoProcessesOfOneThreadFireTheSpikesOfOneProcessOfTwoThreads(String name) throws IOException {
        NestInstallation installation = assumeNestWithMpi();
        String text = text(name);
        boolean nest2 = installation.release().orElseThrow().family() == NestFamily.NEST_2_20;
        if (nest2 && text.contains("nest 3.10")) {
            System.out.println("SKIPPED RealNestMpiTest " + name + ": the model declares 'nest 3.10', which NEST "
                    + installation.versionText() + " cannot run");
        }
        assumeTrue(!nest2 || !text.contains("nest 3.10"), "the model declares nest 3.10");
        SimulationResult threads = runInNest(text, 2, 1);
        SimulationResult processes = runInNest(text, 1, 2);
        assertTrue(threads.totalSpikes() > 0, name + " fires");
        assertArrayEquals(threads.spikeOffsets(), processes.spikeOffsets(), name + ": spike counts per neuron");
        assertArrayEquals(threads.rawSpikeTimes(), processes.rawSpikeTimes(), 1e-9, name + ": spike times");
        String report = "MPI " + name + " (" + processes.metadata().version() + ", " + DURATION_MS + " ms): "
                + processes.totalSpikes() + " spikes, identical on 1 process x 2 threads and 2 processes x 1 thread";
        boolean deterministic = !text.contains("poisson(") && !text.contains("noise(") && !text.contains("minis(");
        if (deterministic && nest2 && text.contains("tsodyks2_synapse")) {
            report += "; not compared with the embedded simulator: NEST 2.20's tsodyks2_synapse updates x and u at "
                    + "the first spike too, NEST 3's does not";
        } else if (deterministic) {
            SimulationResult embedded;
            try (PreparedSimulation prepared = new EmbeddedSimulator()
                    .prepare(StandIn.parse(settled(text, 2)).request())) {
                embedded = prepared.run(ProgressListener.NONE, new CancellationToken());
            }
            SpikeTimeMatcher overall = SpikeTimeMatcher.compare(embedded, processes, 1e-6).overall();
            assertEquals(embedded.totalSpikes(), overall.matched(), name + ": embedded spikes at NEST's times (only "
                    + "embedded: " + overall.onlyA() + ", only NEST: " + overall.onlyB() + ")");
            assertEquals(processes.totalSpikes(), overall.matched(), name);
            report += "; all " + overall.matched() + " at the embedded simulator's times";
        }
        System.out.println(report);
    }

    @Test
    void thePartsOfAShardedGenerationRunTogetherAsTheWholeNetwork() throws IOException, InterruptedException {
        NestInstallation installation = assumeNestWithMpi();
        String text = settled(text("per_neuron_values.nngt+minis"), 1);
        StandIn.Model whole = StandIn.parse(text);
        Flavour flavour = NestSimulator.flavourFor(whole.request().family(), installation.release().orElseThrow());
        Path grouped = temporary.resolve("grouped");
        NestProjectGenerator.generate(whole.request().withShards(2, KernelFacts.FIRST_NODE_ID),
                NestGeneratorOptions.defaults(grouped).withFlavour(flavour));
        Path sharded = temporary.resolve("sharded");
        NestProjectGenerator.generate(whole.request().withShards(2, KernelFacts.FIRST_NODE_ID),
                NestGeneratorOptions.defaults(sharded).withFlavour(flavour));
        for (int rank = 0; rank < 2; rank++) {
            var part = NetworkInstantiator.instantiate(whole.network(), InstantiationOptions.defaults()
                    .withTargetShard(new TargetShard(rank, 2, KernelFacts.FIRST_NODE_ID)));
            NestProjectGenerator.generate(SimulationPlanBuilder.build(whole.network(), part),
                    NestGeneratorOptions.defaults(sharded.resolve("parts/" + rank)).withFlavour(flavour));
        }
        runMpiSh(grouped, installation);
        runMpiSh(sharded, installation);
        int spikes = 0;
        for (String group : List.of("spikes_exc.txt", "spikes_inh.txt")) {
            String expected = Files.readString(grouped.resolve("results").resolve(group));
            assertEquals(expected, Files.readString(sharded.resolve("results").resolve(group)), group);
            spikes += (int) expected.lines().filter(l -> !l.startsWith("#")).count();
        }
        assertTrue(spikes > 0, "the network fires");
        System.out.println("MPI sharded generation (" + installation.versionText() + "): the parts of ranks 0 and 1 "
                + "fire the " + spikes + " spikes of the whole project, at the same times");
    }

    private static void runMpiSh(Path project, NestInstallation installation) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("./run_mpi.sh", "2", "1").directory(project.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(NestInstallation.quietNest());
        builder.environment().putAll(rootConsent());
        builder.environment().put("NEST_PYTHON", installation.python());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(600, TimeUnit.SECONDS), "run_mpi.sh ends");
        assertEquals(0, process.exitValue(), output);
    }
}
