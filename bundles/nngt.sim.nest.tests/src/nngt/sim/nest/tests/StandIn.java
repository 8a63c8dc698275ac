package nngt.sim.nest.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import nngt.dsl.NngtLanguage;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.model.Network;
import nngt.sim.api.SimulationPlanBuilder;
import nngt.sim.api.SimulationPlan;

/**
 * Test fixtures: the generator tests' PyNEST stand-in ({@code pynest-standin/nest}, whose Run makes NEST id i
 * spike once at 1 + i % 7 ms) behind a Python wrapper script, and small models parsed from text.
 */
final class StandIn {

    /** Debian's Python, which has numpy; the stand-in needs nothing else. */
    static final String DEBIAN_PYTHON = "/usr/bin/python3";

    /** Two groups of iaf_psc_alpha, DC input, spikes of both groups and V_m of neuron 3 recorded, 20 ms. */
    static final String DC_MODEL = """
            network dc_pair {
              seed 7
              %s
              group exc: 8 excitatory iaf_psc_alpha
              group inh: 2 inhibitory iaf_psc_alpha
              connect exc -> all: all_to_all weight 10 pA delay 1.5 ms
              stimulate dc(amplitude = 400 pA) -> all
              record spikes from exc, inh
              record V_m every 1 ms from neurons [3] as membrane
              simulate 20 ms
            }
            """;

    private static NngtLanguage language;

    private StandIn() {
    }

    static Path folder() {
        return Path.of(System.getProperty("nngt.standin", "../nngt.generator.nest.tests/pynest-standin"))
                .toAbsolutePath();
    }

    /** Skips the test, printing why, where Debian's Python or its numpy is missing. */
    static void assumePythonWithNumpy() {
        boolean usable = false;
        try {
            Process process = new ProcessBuilder(DEBIAN_PYTHON, "-c", "import numpy").redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            usable = process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            usable = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!usable) {
            System.out.println("SKIPPED: " + DEBIAN_PYTHON + " with numpy is needed for the PyNEST stand-in");
        }
        assumeTrue(usable, DEBIAN_PYTHON + " with numpy is needed for the PyNEST stand-in");
    }

    /**
     * Writes an executable wrapper that runs Debian's Python with the stand-in on its path.
     *
     * @param directory where to write it
     * @param variables extra environment for the stand-in (NNGT_STANDIN_VERSION, _SLEEP_S, _FAIL)
     * @return the wrapper, usable as NEST_PYTHON
     */
    static Path python(Path directory, Map<String, String> variables) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("PYTHONPATH", folder().toString());
        all.putAll(variables);
        StringBuilder script = new StringBuilder("#!/bin/sh\n");
        all.forEach((name, value) -> script.append(name).append("='").append(value).append("'; export ")
                .append(name).append('\n'));
        script.append("exec ").append(DEBIAN_PYTHON).append(" \"$@\"\n");
        Path wrapper = directory.resolve("python-with-standin");
        Files.writeString(wrapper, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        return wrapper;
    }

    /**
     * Writes a nest_vars.sh-like script that exports variables.
     *
     * @param directory where to write it
     * @param variables the variables
     * @return the script
     */
    static Path varsScript(Path directory, Map<String, String> variables) throws IOException {
        StringBuilder script = new StringBuilder("# a stand-in for NEST's nest_vars.sh\n");
        variables.forEach((name, value) -> script.append("export ").append(name).append("='").append(value)
                .append("'\n"));
        Path file = directory.resolve("nest_vars.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        return file;
    }

    /** A model parsed from text, with its instance. */
    record Model(Network network, NetworkInstance instance) {
        SimulationPlan request() {
            return SimulationPlanBuilder.build(network, instance);
        }

        SimulationPlan request(Map<String, String> options) {
            return request().withOptions(options);
        }
    }

    /**
     * The DC model with a nest line.
     *
     * @param nestLine e.g. {@code nest 3}, or empty for none
     * @return the model
     */
    static Model dcModel(String nestLine) {
        return parse(DC_MODEL.formatted(nestLine));
    }

    static synchronized Model parse(String text) {
        if (language == null) {
            language = NngtLanguage.standalone();
        }
        NngtLanguage.LoadResult result = language.parse(text, "test.nngt");
        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        Network network = result.network();
        return new Model(network, NetworkInstantiator.instantiate(network, InstantiationOptions.defaults()));
    }

    /** @return the command lines of this JVM's descendant processes that run a generated run.py */
    static List<String> runningProjects() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(handle -> handle.info().commandLine().orElse("")).filter(line -> line.contains("run.py"))
                .toList();
    }
}
