package nngt.sim.brian2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import nngt.sim.api.script.PythonInstallation;

/**
 * The Python interpreter that runs Brian2 and the Brian2 version it imports. The interpreter is the run's
 * simulator option {@value Brian2Simulator#PYTHON_OPTION}, else the system property {@value #PYTHON_PROPERTY},
 * else the environment variable {@value #PYTHON_VARIABLE}, else Debian's {@value #DEFAULT_PYTHON}.
 *
 * @param python  the interpreter's path
 * @param version the Brian2 version, empty when the interpreter is missing or cannot import brian2
 * @param problem why Brian2 is unusable (empty when it is usable)
 */
public record Brian2Installation(String python, Optional<String> version, String problem)
        implements PythonInstallation {

    /** System property naming the Python interpreter. */
    public static final String PYTHON_PROPERTY = "nngt.brian2.python";
    /** Environment variable naming the Python interpreter. */
    public static final String PYTHON_VARIABLE = "BRIAN2_PYTHON";
    /** The interpreter used when neither is set. */
    public static final String DEFAULT_PYTHON = "/usr/bin/python3";
    /** How to install Brian2, quoted in every error about a missing installation. */
    public static final String INSTALL_HINT = "install Brian2 with 'apt-get install python3-brian' (Debian/Ubuntu)"
            + " or point " + PYTHON_PROPERTY + " / " + PYTHON_VARIABLE + " at a python3 that imports brian2";

    /* each interpreter is probed once per JVM: starting Python and importing brian2 takes seconds */
    private static final Map<String, Brian2Installation> DETECTED = new ConcurrentHashMap<>();

    /**
     * The installation of the configured interpreter, probed once per JVM.
     *
     * @return the installation, usable or not
     */
    public static Brian2Installation detect() {
        return detect(configuredPython());
    }

    /**
     * The installation of the interpreter a run chose, probed once per JVM and interpreter.
     *
     * @param options the run's simulator options
     * @return the installation, usable or not
     */
    public static Brian2Installation detect(Map<String, String> options) {
        return detect(PythonInstallation.configuredPython(options, Brian2Simulator.PYTHON_OPTION, PYTHON_PROPERTY,
                PYTHON_VARIABLE, DEFAULT_PYTHON));
    }

    private static Brian2Installation detect(String python) {
        return DETECTED.computeIfAbsent(python, Brian2Installation::probe);
    }

    /** @return the configured interpreter path */
    public static String configuredPython() {
        return PythonInstallation.configuredPython(PYTHON_PROPERTY, PYTHON_VARIABLE, DEFAULT_PYTHON);
    }

    /**
     * Starts the interpreter and asks for brian2's version.
     *
     * @param python the interpreter's path
     * @return the installation
     */
    public static Brian2Installation probe(String python) {
        ProcessBuilder builder = new ProcessBuilder(python, "-c",
                "import warnings; warnings.filterwarnings('ignore'); import brian2; print(brian2.__version__)");
        builder.redirectErrorStream(true);
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Brian2Installation(python, Optional.empty(), python + " did not import brian2 within 120 s");
            }
            String text = new String(output, StandardCharsets.UTF_8).trim();
            if (process.exitValue() != 0) {
                String last = text.lines().reduce((a, b) -> b).orElse("");
                return new Brian2Installation(python, Optional.empty(), python + " cannot import brian2 (" + last + ")");
            }
            return new Brian2Installation(python, Optional.of(text.lines().reduce((a, b) -> b).orElse(text)), "");
        } catch (IOException e) {
            return new Brian2Installation(python, Optional.empty(), "cannot start " + python + " (" + e.getMessage()
                    + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Brian2Installation(python, Optional.empty(), "interrupted while probing " + python);
        }
    }

    /** @return whether brian2 can be imported */
    @Override
    public boolean usable() {
        return version.isPresent();
    }
}
