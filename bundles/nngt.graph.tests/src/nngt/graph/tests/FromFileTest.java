package nngt.graph.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.io.EdgeFile;
import nngt.graph.io.EdgeFileException;
import nngt.graph.io.GraphData;
import nngt.graph.io.GraphFiles;
import nngt.model.FromFile;
import nngt.model.Network;
import nngt.model.NngtFactory;
import nngt.model.Unit;
import nngt.model.api.Distributions;
import nngt.model.api.Groups;
import nngt.model.api.NeuralPop;
import nngt.model.api.Networks;

/**
 * Connections whose edges come from a file: NNGT edge lists written from another model's instance give
 * that instance's edges back, value for value; SONATA edges give local ids, weight magnitudes and delays;
 * every bad file or row is refused with a message naming the file, the row and its values.
 * The SONATA fixtures are written by {@code fixtures/sonata/make_fixtures.py} (h5py).
 */
class FromFileTest {

    static final Path FIXTURES = Path.of("fixtures", "sonata").toAbsolutePath();

    @Test
    void edgeListWrittenFromAnInstanceGivesItsEdgesBack(@TempDir Path directory) {
        Network original = Models.brunel(7, 20, "iaf_psc_alpha", 20, 100, Unit.PICOAMPERE);
        original.getConnections().get(0).setWeights(Distributions.uniform(10, 30, Unit.PICOAMPERE));
        original.getConnections().get(1).setDelays(Distributions.gaussian(2, 0.5, Unit.MILLISECOND));
        NetworkInstance expected = NetworkInstantiator.instantiate(original, InstantiationOptions.defaults());
        Path file = directory.resolve("brunel.el");
        GraphFiles.save(GraphData.of(expected), file);

        Network copy = Models.brunel(7, 20, "iaf_psc_alpha", 20, 100, Unit.PICOAMPERE);
        copy.getConnections().clear();
        Models.connect(copy, null, null, fromFile(file.toString(), null, null), null, null);
        NetworkInstance actual = NetworkInstantiator.instantiate(copy, InstantiationOptions.defaults());

        assertEquals(expected.edgeCount(), actual.edgeCount());
        assertArrayEquals(expected.sources(), actual.sources());
        assertArrayEquals(expected.targets(), actual.targets());
        assertArrayEquals(expected.weights(), actual.weights());
        assertArrayEquals(expected.delays(), actual.delays());
    }

    @Test
    void pathsAreRelativeToTheModelFile(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("e.el"), "0 1 2.5 3\n1 0 1.5 2\n");
        Network network = twoNeurons();
        Models.connect(network, null, null, fromFile("e.el", null, null), null, Distributions.constant(1, Unit.MILLISECOND));
        inResource(network, directory.resolve("model.nngt"));
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        assertArrayEquals(new int[] {0, 1}, instance.sources());
        assertArrayEquals(new float[] {2.5f, 1.5f}, instance.weights());
        assertArrayEquals(new float[] {3f, 2f}, instance.delays());
    }

    @Test
    void sonataEdgesGiveLocalIdsWeightMagnitudesAndDelaysPerType() {
        Network network = Networks.network("net", 1, NeuralPop.fromGroups(
                Groups.neuralGroup("exc", 6, Groups.EXCITATORY, "iaf_psc_alpha", java.util.Map.of()),
                Groups.neuralGroup("inh", 2, Groups.INHIBITORY, "iaf_psc_alpha", java.util.Map.of()),
                Groups.neuralGroup("exc_2", 2, Groups.EXCITATORY, "iaf_psc_alpha", java.util.Map.of())));
        Models.connect(network, null, null, fromFile("circuit/network/edges.h5", null, 201), null, null);
        Models.connect(network, null, null, fromFile("circuit/network/edges.h5", "net_to_net", null), null, null);
        inResource(network, FIXTURES.resolve("model.nngt"));
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());

        assertEquals(3 + 9, instance.edgeCount());
        assertArrayEquals(new int[] {6, 7, 6, 0, 1, 2, 6, 7, 8, 9, 3, 6}, instance.sources());
        assertArrayEquals(new int[] {0, 4, 9, 1, 2, 3, 0, 4, 5, 0, 9, 9}, instance.targets());
        assertArrayEquals(new float[] {80, 80, 80, 20, 20, 20, 80, 80, 20, 20, 20, 80}, instance.weights());
        assertArrayEquals(new float[] {1, 3, 1, 1.5f, 2, 1.5f, 1, 3, 1.5f, 1.5f, 2.5f, 1}, instance.delays());
    }

    @Test
    void connectionClausesFillWhatTheFileLacks(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("e.el"), "0 1\n1 0\n");
        Network network = twoNeurons();
        Models.connect(network, null, null, fromFile(directory.resolve("e.el").toString(), null, null),
                Distributions.constant(4, Unit.PICOAMPERE), Distributions.constant(2, Unit.MILLISECOND));
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        assertArrayEquals(new float[] {4, 4}, instance.weights());
        assertArrayEquals(new float[] {2, 2}, instance.delays());
    }

    @Test
    void idOutsideTheSelectionNamesTheRowAndItsValues() {
        Network network = Networks.network("net", 1, NeuralPop.fromGroups(
                Groups.neuralGroup("exc", 6, Groups.EXCITATORY, "iaf_psc_alpha", java.util.Map.of()),
                Groups.neuralGroup("inh", 4, Groups.INHIBITORY, "iaf_psc_alpha", java.util.Map.of())));
        Models.connect(network, null, null, fromFile(FIXTURES.resolve("bad_edges.h5").toString(), null, null), null, null);
        EdgeFileException error = assertThrows(EdgeFileException.class,
                () -> NetworkInstantiator.instantiate(network, InstantiationOptions.defaults()));
        assertEquals(2, error.row());
        assertTrue(error.getMessage().contains("Row 2 of 'bad_edges.h5' (/edges/net_to_net) (source 2, target 10, "
                + "weight 1.0, delay 1.0 ms): its target id 10 is outside the target selection, whose 10 neurons have "
                + "the local ids 0 to 9."), error.getMessage());
        assertTrue(error.getMessage().startsWith("Connection 0 (from_file): "), error.getMessage());
    }

    @Test
    void positiveSonataWeightFromAnInhibitorySourceNamesTheRow() {
        Network network = Networks.network("net", 1, NeuralPop.fromGroups(
                Groups.neuralGroup("exc", 6, Groups.EXCITATORY, "iaf_psc_alpha", java.util.Map.of()),
                Groups.neuralGroup("inh", 5, Groups.INHIBITORY, "iaf_psc_alpha", java.util.Map.of())));
        Models.connect(network, null, null, fromFile(FIXTURES.resolve("bad_edges.h5").toString(), null, null), null, null);
        EdgeFileException error = assertThrows(EdgeFileException.class,
                () -> NetworkInstantiator.instantiate(network, InstantiationOptions.defaults()));
        assertEquals(4, error.row());
        assertTrue(error.getMessage().contains("(source 6, target 1, weight 1.0, delay 1.0 ms): its weight 1.0 is "
                + "positive but its source is inhibitory"), error.getMessage());
    }

    @Test
    void negativeWeightFromAnExcitatorySourceIsRefusedInNngtFilesToo(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("e.el"), "0 1 2.0\n1 0 -2.0\n");
        Network network = twoNeurons();
        Models.connect(network, null, null, fromFile(directory.resolve("e.el").toString(), null, null), null, null);
        EdgeFileException error = assertThrows(EdgeFileException.class,
                () -> NetworkInstantiator.instantiate(network, InstantiationOptions.defaults()));
        assertEquals(1, error.row());
        assertTrue(error.getMessage().contains("Row 1 of 'e.el' (source 1, target 0, weight -2.0): its weight -2.0 is "
                + "negative but its source is excitatory"), error.getMessage());
    }

    @Test
    void fileProblemsAreNamed(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("e.csv"), "0 1\n");
        Files.writeString(directory.resolve("e.el"), "0 1\n");
        List<String[]> cases = List.of(
                new String[] {directory.resolve("none.el").toString(), null, "does not exist"},
                new String[] {directory.resolve("e.csv").toString(), null, "has the extension '.csv'; from_file reads"},
                new String[] {directory.resolve("e.el").toString(), "p", "'population' and 'edge_type' apply to SONATA"},
                new String[] {FIXTURES.resolve("two_populations.h5").toString(), null,
                        "holds the edge populations 'a', 'b'; choose one with population = \"...\""},
                new String[] {FIXTURES.resolve("two_populations.h5").toString(), "c", "has no edge population 'c'; it has 'a', 'b'"},
                new String[] {FIXTURES.resolve("circuit/network/nodes.h5").toString(), null, "has no /edges group"},
                new String[] {FIXTURES.resolve("circuit/circuit_config.json").toString(), null, "has the extension '.json'"});
        for (String[] test : cases) {
            Network network = twoNeurons();
            Models.connect(network, null, null, fromFile(test[0], test[1], null), null, null);
            EdgeFileException error = assertThrows(EdgeFileException.class,
                    () -> NetworkInstantiator.instantiate(network, InstantiationOptions.defaults()), test[0]);
            assertTrue(error.getMessage().contains(test[2]), error.getMessage());
        }
    }

    @Test
    void edgeTypeWithoutEdgesListsThePresentTypes() {
        Network network = twoNeurons();
        Models.connect(network, null, null, fromFile(FIXTURES.resolve("two_populations.h5").toString(), "a", 7), null, null);
        EdgeFileException error = assertThrows(EdgeFileException.class,
                () -> NetworkInstantiator.instantiate(network, InstantiationOptions.defaults()));
        assertTrue(error.getMessage().contains("has no edge of type 7 in /edges/a; its edge types are [200]."),
                error.getMessage());
    }

    @Test
    void chosenPopulationIsRead() {
        Network network = twoNeurons();
        Models.connect(network, null, null, fromFile(FIXTURES.resolve("two_populations.h5").toString(), "b", null), null, null);
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        assertArrayEquals(new int[] {1}, instance.sources());
        assertArrayEquals(new float[] {2}, instance.weights());
    }

    static FromFile fromFile(String path, String population, Integer edgeType) {
        FromFile rule = NngtFactory.eINSTANCE.createFromFile();
        rule.setPath(path);
        rule.setPopulation(population);
        rule.setEdgeType(edgeType);
        return rule;
    }

    @Test
    void firstRepeatedEdgeIsTheEarliestRowThatRepeatsAnotherWhateverItsTarget() {
        // rows 3 and 4 repeat rows 1 and 0; row 3 comes first, though its target (2) sorts after row 4's (1)
        EdgeFile repeated = new EdgeFile("test", new int[] {0, 1, 2, 1, 0, 0}, new int[] {1, 2, 0, 2, 1, 2}, null, null,
                java.util.Map.of(), null, false);
        assertEquals(3, repeated.firstRepeatedEdge());
        EdgeFile simple = new EdgeFile("test", new int[] {0, 1, 1, 2}, new int[] {1, 0, 2, 2}, null, null,
                java.util.Map.of(), null, false);
        assertEquals(-1, simple.firstRepeatedEdge(), "a self-loop and a reciprocal pair repeat nothing");
    }

    static void inResource(Network network, Path modelFile) {
        Resource resource = new ResourceImpl(URI.createFileURI(modelFile.toString()));
        resource.getContents().add(network);
    }

    private static Network twoNeurons() {
        return Networks.network("two", 1, NeuralPop.fromGroups(
                Groups.neuralGroup("g", 2, Groups.EXCITATORY, "iaf_psc_alpha", java.util.Map.of())));
    }
}
