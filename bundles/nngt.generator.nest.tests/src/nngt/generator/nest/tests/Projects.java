package nngt.generator.nest.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import nngt.dsl.NngtLanguage;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.TargetShard;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlanBuilder;

/** Shared helpers: loading the examples, reading generated files, running Python. */
final class Projects {

    /** The Python the tests use: Debian's, explicitly, so that its flake8 and numpy are the ones checked. */
    static final String PYTHON = "/usr/bin/python3";

    /**
     * The Python of the real-NEST run: {@code NEST_PYTHON} when set, as for the NEST runner (a NEST
     * installation's own interpreter, or a script that sets its environment), else {@link #PYTHON}.
     */
    static final String NEST_PYTHON = System.getenv().getOrDefault("NEST_PYTHON", PYTHON);

    private static NngtLanguage language;

    private Projects() {
    }

    static Path examples() {
        return Path.of(System.getProperty("nngt.examples", "../../examples"));
    }

    static Path standIn() {
        return Path.of(System.getProperty("nngt.standin", "pynest-standin")).toAbsolutePath();
    }

    static Path golden() {
        return Path.of(System.getProperty("nngt.golden", "golden"));
    }

    /** A model, its instance and the plan the generator reads. */
    record Loaded(Network network, NetworkInstance instance, SimulationPlan plan) {
    }

    static Loaded load(String example) throws IOException {
        return load(example, null);
    }

    /**
     * @param example an example's name
     * @param shard   the part of the network to instantiate, or null for the whole
     * @return the model, the instance of that part and its plan
     */
    static synchronized Loaded load(String example, TargetShard shard) throws IOException {
        if (language == null) {
            language = NngtLanguage.standalone();
        }
        NngtLanguage.LoadResult result = language.load(examples().resolve(example + ".nngt"));
        assertFalse(result.hasErrors(), () -> example + ": " + result.diagnostics());
        Network network = result.network();
        // The language leaves first ids unset; NNGT numbers groups consecutively in population order.
        int next = 0;
        for (NeuralGroup group : network.getPopulation().getGroups()) {
            if (group.getFirstId() < 0) {
                group.setFirstId(next);
            }
            next = group.getFirstId() + group.getSize();
        }
        NetworkInstance instance = NetworkInstantiator.instantiate(network,
                InstantiationOptions.defaults().withTargetShard(shard));
        return new Loaded(network, instance, SimulationPlanBuilder.build(network, instance));
    }

    /** Relative path to SHA-256 of every file under a folder, sorted. */
    static TreeMap<String, String> checksums(Path folder) throws IOException {
        TreeMap<String, String> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                sums.put(folder.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        }
        return sums;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The data of a one-dimensional .npy file, after checking its header. */
    static ByteBuffer npyData(Path file, String descr) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if ((bytes[0] & 0xff) != 0x93 || !new String(bytes, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY")) {
            throw new AssertionError(file + ": no .npy magic");
        }
        int headerLength = buffer.getShort(8) & 0xffff;
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        if ((10 + headerLength) % 64 != 0 || !header.endsWith("\n") || !header.contains("'descr': '" + descr + "'")) {
            throw new AssertionError(file + ": bad header " + header);
        }
        buffer.position(10 + headerLength);
        return buffer.slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Whether a Python one-liner succeeds (false also when Python is missing). */
    static boolean pythonCan(String code) {
        return pythonCan(PYTHON, code);
    }

    static boolean pythonCan(String python, String code) {
        try {
            return run(List.of(python, "-c", code), Path.of(".")).exitCode == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Exit code and output of a process. */
    record Outcome(int exitCode, String output) {
    }

    static Outcome run(List<String> command, Path directory) throws IOException {
        return run(command, directory, java.util.Map.of());
    }

    static Outcome run(List<String> command, Path directory, java.util.Map<String, String> environment)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
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
