package nngt.graph.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.catalog.NestCatalog;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.sonata.SonataImport;
import nngt.model.AllNeurons;
import nngt.model.ConstantValue;
import nngt.model.CustomValues;
import nngt.model.FromFile;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.Unit;
import nngt.model.api.Groups;

/**
 * The SONATA import on the fixture circuit of {@code fixtures/sonata/make_fixtures.py}: groups from runs of
 * node types with their NEST models, parameters (in the catalog's units) and types, positions, and one
 * from_file connection per edge type whose instance holds the circuit's edges; refusals name the file and
 * the offender.
 */
class SonataImportTest {

    private static final Path CIRCUIT = FromFileTest.FIXTURES.resolve("circuit");

    @Test
    void circuitBecomesGroupsPositionsAndFromFileConnections() {
        Network network = SonataImport.read(CIRCUIT.resolve("circuit_config.json"), CIRCUIT, NestCatalog.standard());

        List<NeuralGroup> groups = network.getPopulation().getGroups();
        assertEquals(List.of("exc", "inh", "exc_2"), groups.stream().map(NeuralGroup::getName).toList());
        assertEquals(List.of(6, 2, 2), groups.stream().map(NeuralGroup::getSize).toList());
        assertEquals(List.of(Groups.EXCITATORY, Groups.INHIBITORY, Groups.EXCITATORY),
                groups.stream().map(NeuralGroup::getNeuronType).toList());
        assertEquals("iaf_psc_alpha", groups.get(1).getNeuronModel());
        ConstantValue capacitance = (ConstantValue) groups.get(1).getParameters().get(0).getValue();
        assertEquals("C_m", groups.get(1).getParameters().get(0).getName());
        assertEquals(200, capacitance.getValue().getMagnitude());
        assertEquals(Unit.PICOFARAD, capacitance.getValue().getUnit());
        CustomValues potentials = (CustomValues) groups.get(1).getParameters().get(2).getValue();
        assertEquals("V_m", groups.get(1).getParameters().get(2).getName());
        assertEquals(List.of(-70.0, -65.0), potentials.getValues());
        assertEquals(Unit.MILLIVOLT, potentials.getUnit());
        assertEquals(-35, network.getSpace().getPositions().get(7).getY());
        assertEquals(10, network.getSpace().getPositions().size());
        assertEquals(-45, network.getSpace().getPositions().get(9).getY());

        assertEquals(2, network.getConnections().size());
        FromFile inhibitory = (FromFile) network.getConnections().get(1).getRule();
        assertEquals("network/edges.h5", inhibitory.getPath());
        assertNull(inhibitory.getPopulation()); // the file holds one population
        assertEquals(201, inhibitory.getEdgeType());
        assertTrue(network.getConnections().get(1).getSources() instanceof AllNeurons);

        FromFileTest.inResource(network, CIRCUIT.resolve("circuit.nngt"));
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        assertEquals(9, instance.edgeCount());
        assertArrayEquals(new int[] {0, 1, 2, 8, 9, 3, 6, 7, 6}, instance.sources());
        assertArrayEquals(new float[] {20, 20, 20, 20, 20, 20, 80, 80, 80}, instance.weights());
        assertArrayEquals(new float[] {1.5f, 2, 1.5f, 1.5f, 1.5f, 2.5f, 1, 3, 1}, instance.delays());
    }

    @Test
    void unknownModelIsRefusedWithTheCloseNames(@TempDir Path directory) throws IOException {
        Path copy = copyCircuit(directory);
        Path types = copy.resolve("network/node_types.csv");
        Files.writeString(types, Files.readString(types).replace("101 point_process nest:iaf_psc_alpha",
                "101 point_process nest:iaf_psc_alfa"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SonataImport.read(copy.resolve("circuit_config.json"), copy, NestCatalog.standard()));
        assertTrue(error.getMessage().startsWith("The node type 101 of '" + types + "' uses the NEST model 'iaf_psc_alfa', "
                + "which is not a neuron model of the catalog; close names: [iaf_psc_alpha"), error.getMessage());
    }

    @Test
    void unknownParameterIsRefusedWithTheCloseNames(@TempDir Path directory) throws IOException {
        Path copy = copyCircuit(directory);
        Path parameters = copy.resolve("components/point_neuron_models/exc.json");
        Files.writeString(parameters, "{\"C_mm\": 250.0}");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SonataImport.read(copy.resolve("circuit_config.json"), copy, NestCatalog.standard()));
        assertTrue(error.getMessage().startsWith("'" + parameters + "' sets 'C_mm', which iaf_psc_alpha does not have; "
                + "close names: [C_m"), error.getMessage());
    }

    @Test
    void virtualNodesAndUndefinedManifestVariablesAreRefused(@TempDir Path directory) throws IOException {
        Path copy = copyCircuit(directory);
        Path types = copy.resolve("network/node_types.csv");
        Files.writeString(types, Files.readString(types).replace("101 point_process", "101 virtual"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SonataImport.read(copy.resolve("circuit_config.json"), copy, NestCatalog.standard()));
        assertTrue(error.getMessage().contains("has model_type 'virtual'; the import reads point neurons (point_process) "
                + "only (virtual nodes, spike inputs, are not imported)."), error.getMessage());

        Path config = copy.resolve("circuit_config.json");
        Files.writeString(config, Files.readString(config).replace("$NETWORK_DIR/edges.h5", "$EDGES_DIR/edges.h5"));
        error = assertThrows(IllegalArgumentException.class,
                () -> SonataImport.read(config, copy, NestCatalog.standard()));
        assertTrue(error.getMessage().contains("uses $EDGES_DIR, which the manifest does not define"), error.getMessage());
    }

    private static Path copyCircuit(Path directory) throws IOException {
        Path copy = directory.resolve("circuit");
        try (Stream<Path> files = Files.walk(CIRCUIT)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(CIRCUIT.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }
}
