package nngt.generator.nest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.generator.nest.NestGeneratorOptions;
import nngt.generator.nest.NestGeneratorOptions.Flavour;
import nngt.generator.nest.NestProjectGenerator;
import nngt.generator.nest.internal.PythonLiterals;
import nngt.generator.nest.tests.Projects.Outcome;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.model.AllNeurons;
import nngt.model.AllToAll;
import nngt.model.Connection;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.NngtFactory;
import nngt.model.SimulationSettings;
import nngt.model.SpikeRecorder;
import nngt.model.Unit;
import nngt.model.api.Groups;
import nngt.model.api.NeuralPop;
import nngt.model.api.Networks;
import nngt.model.api.Units;
import nngt.sim.api.SimulationPlanBuilder;

/**
 * A model built through the API (bypassing the language's validator) with names made to break out of Python
 * strings and comments: the generated scripts must compile and hold the names as plain data.
 */
class InjectionTest {

    private static final String HOSTILE_GROUP = "x\"]\nimport os; os.system('touch PWNED')  # \\\u00e9\u2028'''\"\"\"";
    private static final String HOSTILE_NETWORK = "net\n__import__('os').system('touch PWNED')\n#";
    private static final String HOSTILE_RECORDER = "../../etc/passwd\"; rm -rf /";

    @TempDir
    Path temporary;

    private Network hostileModel() {
        NeuralGroup group = Groups.neuralGroup(HOSTILE_GROUP, 20, Groups.EXCITATORY, "iaf_psc_alpha", Map.of());
        Network network = Networks.network(HOSTILE_NETWORK, 5, NeuralPop.fromGroups(group));
        Connection connection = NngtFactory.eINSTANCE.createConnection();
        connection.setSources(NngtFactory.eINSTANCE.createAllNeurons());
        AllNeurons targets = NngtFactory.eINSTANCE.createAllNeurons();
        connection.setTargets(targets);
        AllToAll rule = NngtFactory.eINSTANCE.createAllToAll();
        connection.setRule(rule);
        network.getConnections().add(connection);
        SpikeRecorder recorder = NngtFactory.eINSTANCE.createSpikeRecorder();
        recorder.setName(HOSTILE_RECORDER);
        recorder.setTargets(NngtFactory.eINSTANCE.createAllNeurons());
        network.getRecorders().add(recorder);
        SimulationSettings simulation = NngtFactory.eINSTANCE.createSimulationSettings();
        simulation.setDuration(Units.quantity(10, Unit.MILLISECOND));
        network.setSimulation(simulation);
        return network;
    }

    @Test
    void escapingKeepsEveryStringOnOneAsciiLine() {
        String literal = PythonLiterals.string(HOSTILE_GROUP);
        assertFalse(literal.contains("\n"));
        assertTrue(literal.chars().allMatch(c -> c >= 0x20 && c < 0x7f), literal);
        assertEquals("\"a\\\"b\\\\c\\nd\\xe9\\u2028\"", PythonLiterals.string("a\"b\\c\nd\u00e9\u2028"));
        assertTrue(PythonLiterals.fileFragment(HOSTILE_RECORDER).matches("[A-Za-z0-9_-]+"));
    }

    @Test
    void hostileNamesStayDataInEveryFlavour() throws IOException {
        Network network = hostileModel();
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        for (Flavour flavour : List.of(Flavour.NEST_3, Flavour.NEST_2_20)) {
            Path folder = temporary.resolve(flavour.name());
            NestProjectGenerator.Result result = NestProjectGenerator.generate(SimulationPlanBuilder.build(network, instance),
                    NestGeneratorOptions.defaults(folder).withFlavour(flavour));
            for (String file : result.files()) {
                assertTrue(Files.exists(folder.resolve(file)) && folder.resolve(file).normalize().startsWith(folder),
                        file);
            }
            String run = Files.readString(folder.resolve("run.py"));
            assertFalse(run.contains("\nimport os;"), "a model string broke out of its literal");
            assertFalse(run.contains("\n__import__"), "a model string broke out of the header or docstring");
            if (!Projects.pythonCan("import ast")) {
                System.out.println("Python part SKIPPED: " + Projects.PYTHON + " is not installed");
                continue;
            }
            // Parse (never run) the script: its data must hold the hostile names exactly, and no call to system.
            Outcome outcome = Projects.run(List.of(Projects.PYTHON, "-c", """
                    import ast, sys
                    tree = ast.parse(open("run.py").read())
                    data = {}
                    for node in tree.body:
                        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                            try:
                                data[node.targets[0].id] = ast.literal_eval(node.value)
                            except ValueError:
                                pass
                    calls = [n.func.attr for n in ast.walk(tree)
                             if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)]
                    sys.stdout.write(repr((data["MODEL_NAME"], data["GROUPS"][0]["name"],
                                           data["RECORDERS"][0]["label"], "system" in calls)))
                    """), folder);
            assertEquals(0, outcome.exitCode(), outcome.output());
            assertEquals("(" + pythonRepr(HOSTILE_NETWORK) + ", " + pythonRepr(HOSTILE_GROUP)
                    + ", '" + PythonLiterals.fileFragment(HOSTILE_RECORDER) + "_"
                    + PythonLiterals.fileFragment(HOSTILE_GROUP) + "', False)", outcome.output());
            assertFalse(Files.exists(folder.resolve("PWNED")));
        }
    }

    /** Python's repr of the hostile strings, computed by Python itself to avoid re-implementing it. */
    private static String pythonRepr(String value) throws IOException {
        Outcome outcome = Projects.run(List.of(Projects.PYTHON, "-c",
                "import sys; sys.stdout.write(repr(" + PythonLiterals.string(value) + "))"), Path.of("."));
        return outcome.output();
    }
}
