package nngt.sim.neuron;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import nngt.sim.api.io.ResultsFolder;
import nngt.sim.api.script.PythonInstallation;

/**
 * A Python 3 with PyNN and NEURON, made able to run {@code pyNN.neuron} for a normal user.
 *
 * <p>Debian's python3-pynn ships PyNN's NMODL mechanisms uncompiled, so {@code import pyNN.neuron} fails with
 * "NEURON mechanisms not found", and Debian's {@code nrnivmodl} cannot compile them as shipped (it looks for
 * {@code nrnmech_makefile} beside itself and links without the folder of {@code libnrniv.so}). Where the
 * installed PyNN has no compiled mechanisms, {@link #detect()} copies the pyNN package once into a per-user cache
 * ({@value #CACHE_PROPERTY}, else {@code $XDG_CACHE_HOME/nngt}, else {@code ~/.cache/nngt}), compiles the
 * mechanisms there with a corrected copy of {@code nrnivmodl} (under a file lock, so concurrent runs build once)
 * and runs scripts with that copy first on {@code PYTHONPATH}. Nothing under {@code /usr} is touched.
 *
 * <p>The interpreter is the run's simulator option {@value NeuronSimulator#PYTHON_OPTION}, else the system property
 * {@value #PYTHON_PROPERTY}, else the environment variable {@value #PYTHON_VARIABLE}, else {@value #DEFAULT_PYTHON}.
 *
 * @param python     the interpreter's path
 * @param version    "PyNN x, NEURON y" when usable, empty otherwise
 * @param pythonPath the folder to put first on {@code PYTHONPATH} (the cached pyNN), empty when the installed
 *                   PyNN works as it is
 * @param problem    why pyNN.neuron is unusable (empty when it is usable)
 */
public record PynnInstallation(String python, Optional<String> version, String pythonPath, String problem)
        implements PythonInstallation {

    /** System property naming the Python interpreter. */
    public static final String PYTHON_PROPERTY = "nngt.neuron.python";
    /** Environment variable naming the Python interpreter. */
    public static final String PYTHON_VARIABLE = "NEURON_PYTHON";
    /** The interpreter used when neither is set. */
    public static final String DEFAULT_PYTHON = "/usr/bin/python3";
    /** System property naming the folder of the compiled-mechanism cache. */
    public static final String CACHE_PROPERTY = "nngt.neuron.cache";
    /** How to install what this backend needs, quoted in every error about a missing installation. */
    public static final String INSTALL_HINT = "install PyNN, NEURON and what compiles PyNN's mechanisms with"
            + " 'apt-get install python3-pynn python3-neuron neuron-dev make g++' (Debian/Ubuntu), or point "
            + PYTHON_PROPERTY + " / " + PYTHON_VARIABLE + " at a python3 that imports pyNN and neuron";

    /** Where PyNN 0.10 loads its compiled mechanisms from, relative to its package folder. */
    private static final String MECHANISM_LIBRARY = "neuron/nmodl/x86_64/.libs/libnrnmech.so";
    private static final String PROBE = String.join("\n",
            "import os, warnings",
            "warnings.filterwarnings('ignore')",
            "import pyNN, neuron",
            "print('NNGT_PYNN', pyNN.__version__)",
            "print('NNGT_NEURON', neuron.__version__)",
            "print('NNGT_PACKAGE', os.path.dirname(os.path.abspath(pyNN.__file__)))");
    private static final String IMPORT_CHECK = "import warnings; warnings.filterwarnings('ignore');"
            + " import pyNN.neuron; print('NNGT_OK')";

    /* each interpreter is probed once per JVM; the first probe may compile PyNN's mechanisms (about 10 s) */
    private static final Map<String, PynnInstallation> DETECTED = new ConcurrentHashMap<>();

    /**
     * The installation of the configured interpreter, probed once per JVM; the first call may compile PyNN's
     * mechanisms into the cache (about 10 s once per user and version).
     *
     * @return the installation, usable or not
     */
    public static PynnInstallation detect() {
        return detect(configuredPython());
    }

    /**
     * The installation of the interpreter a run chose (its {@value NeuronSimulator#PYTHON_OPTION} option, else the
     * configured one), probed once per JVM and interpreter.
     *
     * @param options the run's simulator options
     * @return the installation, usable or not
     */
    public static PynnInstallation detect(Map<String, String> options) {
        return detect(PythonInstallation.configuredPython(options, NeuronSimulator.PYTHON_OPTION, PYTHON_PROPERTY,
                PYTHON_VARIABLE, DEFAULT_PYTHON));
    }

    private static PynnInstallation detect(String python) {
        return DETECTED.computeIfAbsent(python, chosen -> probe(chosen, cacheRoot()));
    }

    /** @return the configured interpreter path */
    public static String configuredPython() {
        return PythonInstallation.configuredPython(PYTHON_PROPERTY, PYTHON_VARIABLE, DEFAULT_PYTHON);
    }

    /** @return the folder that holds the per-user copies of pyNN with compiled mechanisms */
    public static Path cacheRoot() {
        String configured = System.getProperty(CACHE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("nngt");
    }

    /**
     * Finds PyNN and NEURON behind an interpreter and makes {@code pyNN.neuron} importable, compiling the
     * mechanisms into {@code cache} where the installed PyNN has none.
     *
     * @param python the interpreter's path
     * @param cache  the cache folder (created when needed)
     * @return the installation
     */
    public static PynnInstallation probe(String python, Path cache) {
        Outcome versions = runPython(python, List.of("-c", PROBE), Map.of(), 120);
        if (versions.problem != null) {
            return unusable(python, versions.problem);
        }
        if (versions.exitCode != 0) {
            return unusable(python, python + " cannot import pyNN and neuron (" + lastLine(versions.output) + ")");
        }
        String pynnVersion = field(versions.output, "NNGT_PYNN");
        String neuronVersion = field(versions.output, "NNGT_NEURON");
        Path pynnPackage = Path.of(field(versions.output, "NNGT_PACKAGE"));
        String version = "PyNN " + pynnVersion + ", NEURON " + neuronVersion;
        String pythonPath = "";
        if (!Files.isRegularFile(pynnPackage.resolve(MECHANISM_LIBRARY))) {
            Path copy = cache.resolve("pynn-" + pynnVersion + "-neuron-" + neuronVersion);
            try {
                String problem = MechanismBuild.ensure(pynnPackage, copy);
                if (!problem.isEmpty()) {
                    return unusable(python, problem);
                }
            } catch (IOException e) {
                return unusable(python, "cannot compile PyNN's NMODL mechanisms into " + copy + " (" + e + ")");
            }
            pythonPath = copy.toString();
        }
        Outcome check = runPython(python, List.of("-c", IMPORT_CHECK),
                pythonPath.isEmpty() ? Map.of() : Map.of("PYTHONPATH", pythonPath), 120);
        if (check.problem != null) {
            return unusable(python, check.problem);
        }
        if (check.exitCode != 0 || !check.output.contains("NNGT_OK")) {
            return unusable(python, python + " cannot import pyNN.neuron"
                    + (pythonPath.isEmpty() ? "" : " with PYTHONPATH=" + pythonPath) + " (" + lastLine(check.output)
                    + ")");
        }
        return new PynnInstallation(python, Optional.of(version), pythonPath, "");
    }

    /** @return whether pyNN.neuron can be imported */
    @Override
    public boolean usable() {
        return version.isPresent();
    }

    /**
     * The environment a script runs with: the cached pyNN first on {@code PYTHONPATH} where one is used.
     *
     * @return the variables to set
     */
    @Override
    public Map<String, String> environment() {
        if (pythonPath.isEmpty()) {
            return Map.of();
        }
        String existing = System.getenv("PYTHONPATH");
        return Map.of("PYTHONPATH", existing == null || existing.isBlank() ? pythonPath
                : pythonPath + java.io.File.pathSeparator + existing);
    }

    private static PynnInstallation unusable(String python, String problem) {
        return new PynnInstallation(python, Optional.empty(), "", problem);
    }

    private static String field(String output, String key) {
        return output.lines().filter(l -> l.startsWith(key + " ")).map(l -> l.substring(key.length() + 1).trim())
                .findFirst().orElse("?");
    }

    private static String lastLine(String output) {
        return output.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output").trim();
    }

    private record Outcome(int exitCode, String output, String problem) {
    }

    private static Outcome runPython(String python, List<String> arguments, Map<String, String> environment,
            int timeoutSeconds) {
        List<String> command = new ArrayList<>();
        command.add(python);
        command.addAll(arguments);
        return runCommand(command, null, environment, timeoutSeconds);
    }

    private static Outcome runCommand(List<String> command, Path directory, Map<String, String> environment,
            int timeoutSeconds) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Outcome(-1, "", command.get(0) + " did not finish within " + timeoutSeconds + " s");
            }
            return new Outcome(process.exitValue(), new String(output, StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            return new Outcome(-1, "", "cannot start " + command.get(0) + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "", "interrupted while running " + command.get(0));
        }
    }

    /**
     * Compiles PyNN's mechanisms into a per-user copy of the pyNN package: {@code <copy>/pyNN} with
     * {@code neuron/nmodl/x86_64/.libs/libnrnmech.so}. The copy is built in a temporary sibling folder and
     * renamed into place, under an exclusive lock on {@code <copy>.lock}, so that a half-built copy is never
     * used and concurrent runs (several JVMs) build it once.
     */
    static final class MechanismBuild {

        private MechanismBuild() {
        }

        /**
         * Makes sure the copy exists.
         *
         * @param pynnPackage the installed pyNN package folder
         * @param copy        the cache folder for this PyNN and NEURON version
         * @return empty on success, else why the mechanisms cannot be compiled (names what is missing)
         * @throws IOException when the cache cannot be written
         */
        static String ensure(Path pynnPackage, Path copy) throws IOException {
            if (Files.isRegularFile(copy.resolve("pyNN").resolve(MECHANISM_LIBRARY))) {
                return "";
            }
            Files.createDirectories(copy.getParent());
            Path lockFile = copy.resolveSibling(copy.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                if (Files.isRegularFile(copy.resolve("pyNN").resolve(MECHANISM_LIBRARY))) {
                    return "";
                }
                Tools tools = Tools.find();
                if (!tools.missing().isEmpty()) {
                    return "PyNN's NMODL mechanisms are not compiled and cannot be: " + String.join(", ",
                            tools.missing()) + " missing";
                }
                Path staging = Files.createTempDirectory(copy.getParent(), copy.getFileName() + ".building-");
                try {
                    String problem = build(pynnPackage, staging, tools);
                    if (!problem.isEmpty()) {
                        return problem;
                    }
                    if (Files.exists(copy)) {
                        ResultsFolder.deleteTree(copy);
                    }
                    Files.move(staging, copy, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    if (Files.exists(staging)) {
                        ResultsFolder.deleteTree(staging);
                    }
                }
                return "";
            }
        }

        private static String build(Path pynnPackage, Path staging, Tools tools) throws IOException {
            Path target = staging.resolve("pyNN");
            try (Stream<Path> files = Files.walk(pynnPackage)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Path relative = pynnPackage.relativize(source);
                    if (relative.toString().contains("__pycache__")) {
                        continue;
                    }
                    Path destination = target.resolve(relative.toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(source, destination);
                    }
                }
            }
            Path script = staging.resolve("nrnivmodl");
            Files.writeString(script, tools.correctedNrnivmodl());
            Path nmodl = target.resolve("neuron/nmodl");
            List<String> command = List.of("bash", script.toString(), "-loadflags",
                    "-L" + tools.neuronLibraries() + " -Wl,-rpath," + tools.neuronLibraries());
            Outcome outcome = runCommand(command, nmodl, Map.of(), 600);
            Path log = staging.getParent().resolve(staging.getFileName().toString().replaceFirst("\\.building-.*",
                    "") + ".build.log");
            Files.writeString(log, String.join(" ", command) + "\n" + outcome.output);
            if (outcome.problem != null) {
                return "compiling PyNN's NMODL mechanisms failed: " + outcome.problem;
            }
            if (outcome.exitCode != 0 || !Files.isRegularFile(target.resolve(MECHANISM_LIBRARY))) {
                return "compiling PyNN's NMODL mechanisms with nrnivmodl failed (exit code " + outcome.exitCode
                        + ", " + lastLine(outcome.output) + "); the full log is " + log;
            }
            return "";
        }
    }

    /**
     * The programs that compile NMODL mechanisms: NEURON's {@code nrnivmodl} (Debian's neuron-dev), its makefile
     * and {@code libnrniv.so}, {@code make} and the C and C++ compilers make calls by default.
     *
     * @param nrnivmodl       the script, or null
     * @param makefile        NEURON's {@code nrnmech_makefile}, or null
     * @param neuronLibraries the folder of {@code libnrniv.so}, or null
     * @param missing         what is missing, with the Debian package that provides it
     */
    record Tools(Path nrnivmodl, Path makefile, Path neuronLibraries, List<String> missing) {

        static Tools find() {
            List<String> missing = new ArrayList<>();
            Path nrnivmodl = onPath("nrnivmodl");
            Path makefile = null;
            Path libraries = null;
            if (nrnivmodl == null) {
                missing.add("nrnivmodl (Debian package neuron-dev)");
            } else {
                Path bin = nrnivmodl.toAbsolutePath().getParent();
                Path prefix = bin.getParent();
                makefile = firstFile(bin.resolve("nrnmech_makefile"), prefix.resolve("lib/nrn/nrnmech_makefile"),
                        prefix.resolve("share/nrn/nrnmech_makefile"));
                if (makefile == null) {
                    missing.add("nrnmech_makefile beside " + nrnivmodl + " or in " + prefix.resolve("lib/nrn")
                            + " (Debian package neuron-dev)");
                }
                Path library = firstFile(prefix.resolve("lib/nrn/libnrniv.so"), prefix.resolve("lib/libnrniv.so"),
                        prefix.resolve("lib/x86_64-linux-gnu/libnrniv.so"));
                if (library == null) {
                    missing.add("libnrniv.so in " + prefix.resolve("lib/nrn") + " (Debian package neuron)");
                } else {
                    libraries = library.getParent();
                }
            }
            if (onPath("make") == null) {
                missing.add("make (Debian package make)");
            }
            // the makefile compiles with make's default compilers
            if (onPath("cc") == null) {
                missing.add("cc, the C compiler make calls (Debian package gcc)");
            }
            if (onPath("g++") == null) {
                missing.add("g++, the C++ compiler make calls (Debian package g++)");
            }
            return new Tools(nrnivmodl, makefile, libraries, List.copyOf(missing));
        }

        /**
         * A copy of {@code nrnivmodl} that uses the makefile found and builds the shared library only (the
         * {@code special} executable needs headers Debian does not ship, and PyNN does not use it).
         *
         * @return the script's text
         * @throws IOException when the script cannot be read
         */
        String correctedNrnivmodl() throws IOException {
            String text = Files.readString(nrnivmodl);
            return text.replace("\"${bindir}/nrnmech_makefile\"", "\"" + makefile + "\"")
                    .replace(" special &&", " mech_lib_shared &&");
        }

        private static Path onPath(String program) {
            String path = System.getenv("PATH");
            List<String> folders = new ArrayList<>(List.of((path == null ? "" : path).split(java.io.File.pathSeparator)));
            folders.add("/usr/bin");
            for (String folder : folders) {
                if (folder.isBlank()) {
                    continue;
                }
                Path candidate = Path.of(folder, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
            return null;
        }

        private static Path firstFile(Path... candidates) {
            for (Path candidate : candidates) {
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
            return null;
        }
    }
}
