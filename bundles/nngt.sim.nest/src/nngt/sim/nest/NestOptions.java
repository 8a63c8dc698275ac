package nngt.sim.nest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nngt.generator.nest.NestGeneratorOptions;

/**
 * The NEST runner's settings, read from a request's simulator options ({@code --sim-option KEY=VALUE} on the
 * command line):
 * <ul>
 * <li>{@value #PYTHON}: the python3 that imports {@code nest} (default: the {@value NestInstallation#PYTHON_VARIABLE}
 * environment variable, else {@code python3} on the PATH);</li>
 * <li>{@value #VARS}: a {@code nest_vars.sh} to source before running (a NEST before 3.10 built from source:
 * {@code <prefix>/bin/nest_vars.sh}; NEST 3.10 no longer installs it); sourced by bash, it sets PATH and
 * PYTHONPATH;</li>
 * <li>{@value #MPI}: run under {@code mpirun -np N} with N processes (needs an MPI-enabled NEST and mpi4py);
 * without it the run is one process with the request's threads;</li>
 * <li>{@value #MPI_ALLOW_ROOT} ({@code true} or {@code false}, the default): let Open MPI's mpirun run as root
 * (containers, CI), which it refuses without this consent;</li>
 * <li>{@value #MPI_ARGS}: more mpirun arguments, separated by spaces, e.g. {@code --oversubscribe} for more
 * processes than cores.</li>
 * </ul>
 *
 * @param python       the interpreter, empty for the default
 * @param varsScript   the nest_vars.sh to source, empty for none
 * @param mpiProcesses MPI processes, 0 for a run without MPI
 * @param allowRoot    whether mpirun may run as root
 * @param mpiArguments more mpirun arguments, in order
 */
public record NestOptions(Optional<String> python, Optional<Path> varsScript, int mpiProcesses, boolean allowRoot,
        List<String> mpiArguments) {

    /** Option key of the Python interpreter. */
    public static final String PYTHON = "nest.python";
    /** Option key of the nest_vars.sh script. */
    public static final String VARS = "nest.vars";
    /** Option key of the MPI process count. */
    public static final String MPI = "nest.mpi";
    /** Option key of the consent to run mpirun as root. */
    public static final String MPI_ALLOW_ROOT = "nest.mpi.allow-root";
    /** Option key of more mpirun arguments. */
    public static final String MPI_ARGS = "nest.mpi.args";
    private static final List<String> KEYS = List.of(PYTHON, VARS, MPI, MPI_ALLOW_ROOT, MPI_ARGS);
    /** The project generator's own keys, which a run passes on to the project it generates. */
    private static final List<String> GENERATOR_KEYS = List.of(NestGeneratorOptions.CONNECTIONS,
            NestGeneratorOptions.SHARDS);
    /** The largest MPI process count accepted (NEST's standard build allows 262,143 ranks; this is a sanity bound). */
    public static final int MAX_MPI_PROCESSES = 65536;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException when the process count is negative or above {@value #MAX_MPI_PROCESSES}, or
     *                                  a run without MPI has mpirun settings
     */
    public NestOptions {
        if (mpiProcesses < 0 || mpiProcesses > MAX_MPI_PROCESSES) {
            throw new IllegalArgumentException(MPI + ": " + mpiProcesses + "; give 1 to " + MAX_MPI_PROCESSES
                    + " MPI processes");
        }
        mpiArguments = List.copyOf(mpiArguments);
        if (mpiProcesses == 0 && (allowRoot || !mpiArguments.isEmpty())) {
            throw new IllegalArgumentException((allowRoot ? MPI_ALLOW_ROOT : MPI_ARGS) + " is set for a run without "
                    + "MPI; add " + MPI + "=N to run under mpirun, or leave it out");
        }
    }

    /**
     * Reads the settings from simulator options; keys without the {@code nest.} prefix are ignored (they belong
     * to other simulators).
     *
     * @param options the request's simulator options
     * @return the settings
     * @throws IllegalArgumentException when {@value #MPI} is not a whole number from 1 to {@value #MAX_MPI_PROCESSES},
     *         {@value #VARS} is not an existing file, {@value #PYTHON} is blank, {@value #MPI_ALLOW_ROOT} is neither
     *         true nor false, an mpirun setting comes without {@value #MPI}, or a {@code nest.} key is neither one of
     *         these nor one of the project generator's
     */
    public static NestOptions from(Map<String, String> options) {
        for (String key : options.keySet()) {
            if (key.startsWith("nest.") && !KEYS.contains(key) && !GENERATOR_KEYS.contains(key)) {
                throw new IllegalArgumentException("options: unknown NEST option '" + key + "'; valid are "
                        + String.join(", ", KEYS) + ", and the project's " + String.join(" and ", GENERATOR_KEYS));
            }
        }
        Optional<String> python = Optional.ofNullable(options.get(PYTHON));
        if (python.isPresent() && python.get().isBlank()) {
            throw new IllegalArgumentException(PYTHON + ": blank; give the path of a python3 that imports nest");
        }
        Optional<Path> vars = Optional.ofNullable(options.get(VARS)).map(Path::of);
        if (vars.isPresent() && !Files.isRegularFile(vars.get())) {
            throw new IllegalArgumentException(VARS + ": '" + vars.get() + "' is not a file; give NEST's "
                    + "<prefix>/bin/nest_vars.sh");
        }
        int processes = 0;
        String mpi = options.get(MPI);
        if (mpi != null) {
            try {
                processes = Integer.parseInt(mpi.trim());
            } catch (NumberFormatException e) {
                processes = -1;
            }
            if (processes < 1 || processes > MAX_MPI_PROCESSES) {
                throw new IllegalArgumentException(MPI + ": '" + mpi + "'; give the number of MPI processes, 1 to "
                        + MAX_MPI_PROCESSES);
            }
        }
        String allowRoot = options.getOrDefault(MPI_ALLOW_ROOT, "false").trim();
        if (!allowRoot.equals("true") && !allowRoot.equals("false")) {
            throw new IllegalArgumentException(MPI_ALLOW_ROOT + ": '" + allowRoot + "'; give true or false");
        }
        String arguments = options.getOrDefault(MPI_ARGS, "").trim();
        return new NestOptions(python, vars.map(Path::toAbsolutePath), processes, allowRoot.equals("true"),
                arguments.isEmpty() ? List.of() : List.of(arguments.split("\\s+")));
    }

    /** @return whether the run goes through mpirun */
    public boolean mpi() {
        return mpiProcesses > 0;
    }
}
