package nngt.sim.nest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nngt.sim.api.CancellationToken;
import nngt.sim.api.process.ExternalProcess;

/**
 * A Python interpreter that imports PyNEST, and the NEST version it reports. The interpreter is, in this order,
 * the {@value NestOptions#PYTHON} option, the {@value #PYTHON_PROPERTY} system property, the
 * {@value #PYTHON_VARIABLE} environment variable, else {@value #DEFAULT_PYTHON} on the PATH; when a
 * {@code nest_vars.sh} is given ({@value NestOptions#VARS}) it is sourced by bash first, as NEST's installation
 * guide asks.
 *
 * @param python     the interpreter as given (a path or a name looked up on the PATH)
 * @param varsScript the nest_vars.sh sourced before every command, empty for none
 * @param tried      where the interpreter came from, for messages, e.g. {@code NEST_PYTHON=/opt/nest/bin/python}
 * @param release    the NEST version, empty when NEST cannot be imported
 * @param problem    why NEST is unusable, empty when it is usable
 */
public record NestInstallation(String python, Optional<Path> varsScript, String tried, Optional<NestRelease> release,
        String problem) {

    /** System property naming the Python interpreter. */
    public static final String PYTHON_PROPERTY = "nngt.nest.python";
    /** Environment variable naming the Python interpreter. */
    public static final String PYTHON_VARIABLE = "NEST_PYTHON";
    /** The interpreter used when nothing else is configured, looked up on the PATH. */
    public static final String DEFAULT_PYTHON = "python3";
    /** How to install NEST, quoted in every error about a missing installation. */
    public static final String INSTALL_HINT = "install NEST with 'conda install -c conda-forge nest-simulator' and "
            + "set " + PYTHON_VARIABLE + " (or --sim-option " + NestOptions.PYTHON + "=...) to that environment's "
            + "python; a NEST built from source into <prefix> needs <prefix>/lib/python3.X/site-packages on "
            + "PYTHONPATH from NEST 3.10 on (e.g. in a script given as " + PYTHON_VARIABLE + " that sets it and runs "
            + "python3), and before 3.10 --sim-option " + NestOptions.VARS + "=<prefix>/bin/nest_vars.sh (it is "
            + "sourced before running, as 'source <prefix>/bin/nest_vars.sh' would)";

    /** The line the probe prints before the version, so that NEST's banner cannot be mistaken for it. */
    static final String VERSION_MARKER = "NNGT_NEST_VERSION ";

    private static final String PROBE = String.join("\n",
            "import sys",
            "import nest",
            "version = getattr(nest, '__version__', None)",
            "if version is None:",
            "    version = nest.version()",
            "sys.stdout.write('\\n" + VERSION_MARKER + "%s\\n' % version)");

    /** How long importing NEST may take before the probe gives up. */
    static final int PROBE_TIMEOUT_SECONDS = 120;

    private static final Map<List<String>, NestInstallation> PROBED = new ConcurrentHashMap<>();

    /**
     * The installation the options and the environment point at, probed once per JVM for each interpreter and
     * script (starting Python and importing NEST takes a second or more).
     *
     * @param options     the runner options
     * @param environment the environment variables to consult, normally {@link System#getenv()}
     * @return the installation, usable or not
     */
    public static NestInstallation detect(NestOptions options, Map<String, String> environment) {
        String python;
        String tried;
        if (options.python().isPresent()) {
            python = options.python().get();
            tried = NestOptions.PYTHON + "=" + python;
        } else if (System.getProperty(PYTHON_PROPERTY) != null && !System.getProperty(PYTHON_PROPERTY).isBlank()) {
            python = System.getProperty(PYTHON_PROPERTY);
            tried = "-D" + PYTHON_PROPERTY + "=" + python;
        } else if (environment.get(PYTHON_VARIABLE) != null && !environment.get(PYTHON_VARIABLE).isBlank()) {
            python = environment.get(PYTHON_VARIABLE);
            tried = PYTHON_VARIABLE + "=" + python;
        } else {
            python = DEFAULT_PYTHON;
            tried = PYTHON_VARIABLE + " unset, so " + DEFAULT_PYTHON + " on the PATH";
        }
        if (options.varsScript().isPresent()) {
            tried += " after sourcing " + options.varsScript().get();
        }
        String finalTried = tried;
        List<String> key = List.of(python, options.varsScript().map(Path::toString).orElse(""));
        return PROBED.computeIfAbsent(key, k -> probe(python, options.varsScript(), finalTried));
    }

    /**
     * Starts the interpreter and asks NEST for its version.
     *
     * @param python     the interpreter
     * @param varsScript the nest_vars.sh to source first, empty for none
     * @param tried      where the interpreter came from, for messages
     * @return the installation
     */
    public static NestInstallation probe(String python, Optional<Path> varsScript, String tried) {
        NestInstallation candidate = new NestInstallation(python, varsScript, tried, Optional.empty(), "");
        List<String> command = candidate.command(List.of(python, "-c", PROBE));
        List<String> output = new ArrayList<>();
        ExternalProcess.Outcome outcome;
        CancellationToken timeout = new CancellationToken();
        java.util.Timer timer = new java.util.Timer("nngt-nest-probe", true);
        timer.schedule(new java.util.TimerTask() {
            @Override
            public void run() {
                timeout.cancel();
            }
        }, PROBE_TIMEOUT_SECONDS * 1000L);
        try {
            Path directory = Path.of(System.getProperty("java.io.tmpdir"));
            outcome = ExternalProcess.run(command, directory, quietNest(), output::add, timeout);
        } catch (IOException e) {
            return candidate.failed("cannot start " + python + " (" + e.getMessage() + ")");
        } finally {
            timer.cancel();
        }
        if (outcome.cancelled()) {
            return candidate.failed(python + " did not import nest within " + PROBE_TIMEOUT_SECONDS + " s");
        }
        Optional<String> version = output.stream().filter(line -> line.startsWith(VERSION_MARKER))
                .map(line -> line.substring(VERSION_MARKER.length()).trim()).findFirst();
        if (outcome.exitCode() != 0 || version.isEmpty()) {
            String last = outcome.stderrTail().lines().reduce((a, b) -> b).orElse("exit code " + outcome.exitCode());
            return candidate.failed(python + " cannot import nest (" + last.trim() + ")");
        }
        Optional<NestRelease> release = NestRelease.parse(version.get());
        if (release.isEmpty()) {
            // a development build without a version number: the NEST 3 API is the current one
            release = Optional.of(new NestRelease(3, 0, 0, version.get()));
        }
        return new NestInstallation(python, varsScript, tried, release, "");
    }

    /**
     * The environment added to every NEST process: PyNEST 3 prints its banner unless PYNEST_QUIET is set.
     *
     * @return the variables
     */
    public static Map<String, String> quietNest() {
        return Map.of("PYNEST_QUIET", "1");
    }

    private NestInstallation failed(String why) {
        return new NestInstallation(python, varsScript, tried, Optional.empty(), why);
    }

    /** @return whether NEST can be imported */
    public boolean usable() {
        return release.isPresent();
    }

    /**
     * A command line that runs {@code arguments} after sourcing the nest_vars.sh, when there is one.
     *
     * @param arguments the program and its arguments
     * @return {@code arguments} itself, or {@code bash -c '. "$0" && exec "$@"' nest_vars.sh arguments...}
     */
    public List<String> command(List<String> arguments) {
        if (varsScript.isEmpty()) {
            return List.copyOf(arguments);
        }
        List<String> command = new ArrayList<>(List.of(shell(), "-c", ". \"$0\" && exec \"$@\"",
                varsScript.get().toString()));
        command.addAll(arguments);
        return command;
    }

    /**
     * Whether a program can be found on the PATH that NEST's commands see (after sourcing the nest_vars.sh).
     *
     * @param program a program name such as {@code mpirun}
     * @return true when {@code command -v program} succeeds
     */
    public boolean onPath(String program) {
        List<String> command = varsScript.isEmpty()
                ? List.of("/bin/sh", "-c", "command -v \"$0\" >/dev/null", program)
                : List.of(shell(), "-c", ". \"$0\" && command -v \"$1\" >/dev/null", varsScript.get().toString(),
                        program);
        try {
            return ExternalProcess.run(command, Path.of(System.getProperty("java.io.tmpdir")), Map.of(), line -> {
            }, new CancellationToken()).exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The message of an unusable installation: what was tried, why it failed, how to install NEST.
     *
     * @return one line
     */
    public String unavailableMessage() {
        return "nest simulator: NEST is not available: tried " + tried + ": " + problem + "; " + INSTALL_HINT;
    }

    /** @return the NEST version as reported, e.g. {@code NEST 3.6.0}, or {@code NEST (not installed)} */
    public String versionText() {
        return release.map(r -> r.text().startsWith("NEST") ? r.text() : "NEST " + r.text())
                .orElse("NEST (not installed)");
    }

    private static String shell() {
        // nest_vars.sh is written for bash ('source'); sh is the fallback on systems without bash
        return Files.isExecutable(Path.of("/bin/bash")) ? "/bin/bash" : "/bin/sh";
    }
}
