package nngt.sim.neuron.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.sim.api.SimulationPlan;
import nngt.sim.neuron.NeuronSimulator;
import nngt.sim.neuron.PynnInstallation;

/**
 * Finding PyNN and NEURON: a missing interpreter is reported in one sentence; where PyNN is installed, its
 * mechanisms are compiled into the given cache (never under /usr) and pyNN.neuron then imports.
 */
class PynnInstallationTest {

    @TempDir
    Path cache;

    @Test
    void aMissingInterpreterIsReportedWithoutACache() {
        String python = cache.resolve("no-such-python").toString();
        PynnInstallation installation = PynnInstallation.probe(python, cache);
        assertFalse(installation.usable());
        assertTrue(installation.problem().startsWith("cannot start " + python), installation.problem());
        assertTrue(PynnInstallation.INSTALL_HINT.contains("apt-get install python3-pynn python3-neuron neuron-dev "
                + "make g++"), PynnInstallation.INSTALL_HINT);
    }

    @Test
    void theRunsInterpreterOptionChoosesThePythonThatRunsIt() {
        NeuronSimulator simulator = new NeuronSimulator();
        assertEquals(NeuronSimulator.PYTHON_OPTION, simulator.interpreterOption().orElseThrow().key());
        assertEquals("neuron.python", NeuronSimulator.PYTHON_OPTION);
        String python = cache.resolve("no-such-python").toString();
        SimulationPlan plan = SimulationPlan.builder().duration(10).neurons("n", 0, 1, 1, "iaf_psc_alpha", Map.of())
                .recordAllSpikes().build().withOptions(Map.of(NeuronSimulator.PYTHON_OPTION, python));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> simulator.prepare(plan));
        assertTrue(refused.getMessage().startsWith("neuron simulator: cannot start " + python), refused.getMessage());
    }

    @Test
    void anUnusableInstallationStopsThePreparedRunWithTheHint() {
        // the configured interpreter decides; this checks the message shape where it is unusable
        PynnInstallation installation = PynnInstallation.detect();
        if (installation.usable()) {
            System.out.println("pyNN.neuron is usable here (" + installation.version().orElseThrow()
                    + "); the missing-installation message is covered by aMissingInterpreterIsReportedWithoutACache");
            return;
        }
        SimulationPlan plan = SimulationPlan.builder().duration(10).neurons("n", 0, 1, 1, "iaf_psc_alpha", Map.of())
                .recordAllSpikes().build();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new NeuronSimulator().prepare(plan));
        assertTrue(refused.getMessage().startsWith("neuron simulator: "), refused.getMessage());
        assertTrue(refused.getMessage().endsWith(PynnInstallation.INSTALL_HINT), refused.getMessage());
    }

    @Test
    void theMechanismsAreCompiledIntoTheCacheAndPynnNeuronImports() throws Exception {
        NeuronAvailable.assumeInstalled();
        PynnInstallation installation = PynnInstallation.probe(PynnInstallation.configuredPython(), cache);
        assertTrue(installation.usable(), installation.problem());
        assertEquals(PynnInstallation.detect().version(), installation.version());
        if (installation.pythonPath().isEmpty()) {
            System.out.println("the installed PyNN has compiled mechanisms: no cache needed");
            return;
        }
        Path copy = Path.of(installation.pythonPath());
        assertTrue(copy.startsWith(cache), copy + " inside the cache");
        assertTrue(Files.isRegularFile(copy.resolve("pyNN/neuron/nmodl/x86_64/.libs/libnrnmech.so")));
        // a second probe reuses the copy instead of compiling again
        long modified = Files.getLastModifiedTime(copy).toMillis();
        PynnInstallation again = PynnInstallation.probe(PynnInstallation.configuredPython(), cache);
        assertEquals(installation.pythonPath(), again.pythonPath());
        assertEquals(modified, Files.getLastModifiedTime(copy).toMillis());
    }
}
