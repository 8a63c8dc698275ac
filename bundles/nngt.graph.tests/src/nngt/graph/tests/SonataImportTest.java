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
import nngt.graph.NetworkEdges;
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
    private static final Path PLASTIC = FromFileTest.FIXTURES.resolve("plastic");

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

    @Test
    void plasticEdgeTypesBecomeSynapseSpecificationsWithTheirPerEdgeParameters() {
        Network network = SonataImport.read(PLASTIC.resolve("circuit_config.json"), PLASTIC, NestCatalog.standard());

        // one specification per group pair its edges join; the static edge type declares none
        assertEquals(List.of("exc -> exc: tsodyks2_synapse { U = 0.5, tau_rec = 600.0 ms }",
                "inh -> exc: tsodyks2_synapse { U = 0.3 }"), network.getSynapses().stream()
                        .map(SonataImportTest::describe).toList());
        assertEquals(List.of(300, 301, 302), network.getConnections().stream()
                .map(connection -> ((FromFile) connection.getRule()).getEdgeType()).toList());

        FromFileTest.inResource(network, PLASTIC.resolve("circuit.nngt"));
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        float nan = Float.NaN;
        // the file's values where it has them (the second edge takes the specification's U), NaN elsewhere
        assertArrayEquals(new float[] {0.2f, nan, 0.6f, 0.8f, nan, nan, nan}, instance.edgeParameters().get("U"));
        assertArrayEquals(new float[] {900, nan, nan, nan, nan, nan, nan}, instance.edgeParameters().get("tau_rec"));
        assertArrayEquals(new float[] {10, 10, 10, 10, 40, 40, 5}, instance.weights());

        NetworkInstantiator.DeferredNetwork deferred = NetworkInstantiator.withDeferredEdges(network,
                InstantiationOptions.defaults());
        assertEquals(List.of("U", "tau_rec"), deferred.edges().parameterNames());
        List<Float> drawnU = new java.util.ArrayList<>();
        for (NetworkEdges.Cursor edge = deferred.edges().edgesTo(0, 6); edge.next();) {
            drawnU.add(edge.parameter(0));
        }
        assertEquals(List.of(0.2f, nan, 0.6f, 0.8f, nan, nan, nan), drawnU, "the deferred edges carry them too");
        List<Float> delays = new java.util.ArrayList<>();
        for (NetworkEdges.Cursor sample = deferred.edges().delaySamples(); sample.next();) {
            delays.add(sample.delayMs());
        }
        // the file's delays, not the 1 ms default of a connection without a delay clause
        assertEquals(List.of(1.5f, 1.5f, 2f, 1.5f, 1f, 1f, 1f), delays);
    }

    @Test
    void perEdgeParameterOnAStaticPairIsRefusedWithItsRow(@TempDir Path directory) throws IOException {
        Path copy = copy(PLASTIC, directory.resolve("plastic"));
        Path types = copy.resolve("edge_types.csv");
        Files.writeString(types, Files.readString(types).replace("300 nest:tsodyks2_synapse exc_tsodyks.json",
                "300 static_synapse NONE"));
        Network network = SonataImport.read(copy.resolve("circuit_config.json"), copy, NestCatalog.standard());
        assertTrue(network.getSynapses().stream().noneMatch(spec -> describe(spec).startsWith("exc -> exc")));
        FromFileTest.inResource(network, copy.resolve("circuit.nngt"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NetworkInstantiator.instantiate(network, InstantiationOptions.defaults()));
        assertEquals("Connection 0 (from_file): Row 0 of 'edges.h5' (/edges/net_to_net, edge type 300) (source 0, "
                + "target 1, weight 10.0, delay 1.5 ms): it gives the synapse parameter 'U', but no synapse specification "
                + "covers the group pair 'exc' -> 'exc', whose edges are static_synapse (without parameters); declare "
                + "one, e.g. 'synapse exc -> exc: tsodyks2_synapse'.", error.getMessage());
    }

    @Test
    void unknownSynapseModelAndTwoSynapsesOnOnePairAreRefused(@TempDir Path directory) throws IOException {
        Path copy = copy(PLASTIC, directory.resolve("plastic"));
        Path types = copy.resolve("edge_types.csv");
        String original = Files.readString(types);
        Files.writeString(types, original.replace("301 tsodyks2_synapse", "301 nest:tsodyks3_synapse"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SonataImport.read(copy.resolve("circuit_config.json"), copy, NestCatalog.standard()));
        assertTrue(error.getMessage().startsWith("The edge type 301 (edges.h5, population 'net_to_net') has the "
                + "model_template 'nest:tsodyks3_synapse', which is not a NEST synapse model of the catalog; valid are "
                + "'nest:<synapse>' or '<synapse>' with a NEST synapse model, close names: [tsodyks2_synapse"),
                error.getMessage());

        Files.writeString(types, original);
        Files.writeString(copy.resolve("synaptic_models/inh_tsodyks.json"), "{\"U\": 0.3, \"tau_rex\": 100.0}");
        error = assertThrows(IllegalArgumentException.class,
                () -> SonataImport.read(copy.resolve("circuit_config.json"), copy, NestCatalog.standard()));
        assertTrue(error.getMessage().contains("inh_tsodyks.json' sets 'tau_rex', which tsodyks2_synapse does not have; "
                + "close names: [tau_rec"), error.getMessage());

        Files.writeString(copy.resolve("synaptic_models/inh_tsodyks.json"), "{\"U\": 0.3}");
        Path config = copy.resolve("circuit_config.json");
        Files.writeString(config, Files.readString(config).replace("/edges.h5", "/two_synapses_edges.h5"));
        error = assertThrows(IllegalArgumentException.class,
                () -> SonataImport.read(config, copy, NestCatalog.standard()));
        assertEquals("The edges from group 'exc' to group 'exc' use edge type 300 (tsodyks2_synapse { U = 0.5, "
                + "tau_rec = 600.0 }) and the edge type 302 (two_synapses_edges.h5, population 'net_to_net') "
                + "(static_synapse); a model gives one synapse per group pair, so the import needs every edge of a pair "
                + "to have one synapse model with the same constant parameters.", error.getMessage());
    }

    /** A synapse specification as the language writes its key and body. */
    private static String describe(nngt.model.SynapseSpec spec) {
        String body = spec.getParameters().stream().map(parameter -> {
            nngt.model.Quantity value = ((ConstantValue) parameter.getValue()).getValue();
            return parameter.getName() + " = " + value.getMagnitude()
                    + (value.getUnit() == null || value.getUnit() == Unit.NONE ? "" : " " + value.getUnit().getLiteral());
        }).collect(java.util.stream.Collectors.joining(", "));
        return ((nngt.model.GroupEndpoint) spec.getSource()).getGroup().getName() + " -> "
                + ((nngt.model.GroupEndpoint) spec.getTarget()).getGroup().getName() + ": " + spec.getSynapseModel()
                + (body.isEmpty() ? "" : " { " + body + " }");
    }

    private static Path copyCircuit(Path directory) throws IOException {
        return copy(CIRCUIT, directory.resolve("circuit"));
    }

    private static Path copy(Path circuit, Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(circuit)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(circuit.relativize(file).toString());
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
