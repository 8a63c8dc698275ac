package nngt.sim.nest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

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
 * without it the run is one process with the request's threads.</li>
 * </ul>
 *
 * @param python       the interpreter, empty for the default
 * @param varsScript   the nest_vars.sh to source, empty for none
 * @param mpiProcesses MPI processes, 0 for a run without MPI
 */
public record NestOptions(Optional<String> python, Optional<Path> varsScript, int mpiProcesses) {

    /** Option key of the Python interpreter. */
    public static final String PYTHON = "nest.python";
    /** Option key of the nest_vars.sh script. */
    public static final String VARS = "nest.vars";
    /** Option key of the MPI process count. */
    public static final String MPI = "nest.mpi";
    /** The largest MPI process count accepted (NEST's standard build allows 262,143 ranks; this is a sanity bound). */
    public static final int MAX_MPI_PROCESSES = 65536;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException when the process count is negative or above {@value #MAX_MPI_PROCESSES}
     */
    public NestOptions {
        if (mpiProcesses < 0 || mpiProcesses > MAX_MPI_PROCESSES) {
            throw new IllegalArgumentException(MPI + ": " + mpiProcesses + "; give 1 to " + MAX_MPI_PROCESSES
                    + " MPI processes");
        }
    }

    /**
     * Reads the settings from simulator options; keys without the {@code nest.} prefix are ignored (they belong
     * to other simulators).
     *
     * @param options the request's simulator options
     * @return the settings
     * @throws IllegalArgumentException when {@value #MPI} is not a whole number from 1 to {@value #MAX_MPI_PROCESSES},
     *         {@value #VARS} is not an existing file, {@value #PYTHON} is blank, or a {@code nest.} key is unknown
     */
    public static NestOptions from(Map<String, String> options) {
        for (String key : options.keySet()) {
            if (key.startsWith("nest.") && !key.equals(PYTHON) && !key.equals(VARS) && !key.equals(MPI)) {
                throw new IllegalArgumentException("options: unknown NEST option '" + key + "'; valid are " + PYTHON
                        + ", " + VARS + " and " + MPI);
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
        return new NestOptions(python, vars.map(Path::toAbsolutePath), processes);
    }

    /** @return whether the run goes through mpirun */
    public boolean mpi() {
        return mpiProcesses > 0;
    }
}
