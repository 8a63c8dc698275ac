package nngt.graph.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.graph.GroupRange;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.io.Attribute;
import nngt.graph.io.GraphData;
import nngt.graph.io.GraphFiles;
import nngt.graph.io.JGraphTFormats;
import nngt.graph.io.NngtFormat;

/** NNGT's text formats, GraphML, GML and plain edge lists: exact text and round trips. */
class FileFormatTest {

    /**
     * Four nodes; node 2 and node 3 have no out-edges; a string edge attribute with quotes of both
     * kinds (no blanks, which NNGT's text formats cannot hold).
     */
    private static GraphData small(String[] labels) {
        Map<String, Attribute> edges = new LinkedHashMap<>();
        edges.put("weight", Attribute.doubles(new double[] {0.5, 2.0, 1e-5}));
        edges.put("label", Attribute.strings(labels));
        Map<String, Attribute> nodes = new LinkedHashMap<>();
        nodes.put("size", Attribute.ints(new long[] {2, 4, 6, 8}));
        nodes.put("tag", Attribute.strings(new String[] {"a b", "it's", "say \"hi\"", ""}));
        return new GraphData("small", 4, new int[] {0, 1, 0}, new int[] {1, 0, 3}, edges, nodes, null, null,
                List.of(new GroupRange("exc", 0, 3, 1, "iaf_psc_alpha"), new GroupRange("inh", 3, 1, -1, "iaf_psc_alpha")),
                42L, 0.1);
    }

    private static final String[] QUOTED = {"it's", "\"q\"", "a'b\"c"};

    @Test
    void edgeListIsWrittenAsNngtWritesIt() {
        StringWriter text = new StringWriter();
        NngtFormat.writeEdgeList(small(QUOTED), text);
        assertEquals("""
                @directed=True
                @node_attributes=['size', 'tag']
                @node_attr_types=['int', 'string']
                @edge_attributes=['weight', 'label']
                @edge_attr_types=['double', 'string']
                @name=small
                @size=4
                @na_size=2 4 6 8
                @na_tag='a b' "it's" 'say "hi"' ''
                @population_names=['exc', 'inh']
                @population_sizes=[3, 1]
                @population_types=[1, -1]
                @population_models=['iaf_psc_alpha', 'iaf_psc_alpha']
                @seed=42
                @resolution=0.1
                0 1 0.5;it's
                1 0 2.0;"q"
                0 3 1e-05;a'b"c""", text.toString());
    }

    private static void assertSame(GraphData expected, GraphData actual, boolean sameOrder) {
        assertEquals(expected.nodeCount(), actual.nodeCount());
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.groups(), actual.groups());
        assertEquals(expected.seed(), actual.seed());
        assertEquals(expected.resolution(), actual.resolution());
        assertEquals(expected.edgeAttributes().keySet(), actual.edgeAttributes().keySet());
        String[] want = lines(expected);
        String[] got = lines(actual);
        if (!sameOrder) {
            Arrays.sort(want);
            Arrays.sort(got);
        }
        assertArrayEquals(want, got);
        for (String key : expected.nodeAttributes().keySet()) {
            for (int i = 0; i < expected.nodeCount(); i++) {
                assertEquals(expected.nodeAttributes().get(key).text(i), actual.nodeAttributes().get(key).text(i), key + " of " + i);
            }
        }
    }

    /** Each edge as text: source, target and attribute values. */
    private static String[] lines(GraphData data) {
        String[] lines = new String[data.sources().length];
        for (int e = 0; e < lines.length; e++) {
            StringBuilder line = new StringBuilder().append(data.sources()[e]).append('>').append(data.targets()[e]);
            for (Attribute attribute : data.edgeAttributes().values()) {
                line.append('|').append(attribute.text(e));
            }
            lines[e] = line.toString();
        }
        return lines;
    }

    @Test
    void edgeListRoundTripKeepsOrderNodesWithoutEdgesAndQuotes() {
        GraphData data = small(QUOTED);
        StringWriter text = new StringWriter();
        NngtFormat.writeEdgeList(data, text);
        assertSame(data, NngtFormat.readEdgeList(new StringReader(text.toString())), true);
    }

    @Test
    void neighbourListRoundTripWritesEmptyNeighbourhoods() {
        GraphData data = small(QUOTED);
        StringWriter text = new StringWriter();
        NngtFormat.writeNeighbourList(data, text);
        String body = text.toString().substring(text.toString().indexOf("\n0 "));
        assertEquals("\n0 1;0.5;it's 3;1e-05;a'b\"c\n1 0;2.0;\"q\"\n2 \n3 ", body);
        assertSame(data, NngtFormat.readNeighbourList(new StringReader(text.toString())), false);
    }

    @Test
    void graphMlAndGmlRoundTripsKeepStringsWithBlanksAndQuotes(@TempDir Path directory) {
        GraphData data = small(new String[] {"it's here", "say \"hi\"", "<&>"});
        for (String name : new String[] {"g.graphml", "g.gml"}) {
            Path file = directory.resolve(name);
            GraphFiles.save(data, file);
            GraphData read = GraphFiles.load(file);
            assertEquals(data.nodeCount(), read.nodeCount(), name);
            assertArrayEquals(lines(data), lines(read), name);
            assertEquals("say \"hi\"", read.nodeAttributes().get("tag").string(2), name);
            if (name.endsWith("graphml")) {
                assertEquals(data.groups(), read.groups());
                assertEquals(42L, read.seed());
            }
        }
    }

    @Test
    void textFormatsRejectStringsWithBlanksBeforeWritingAnything(@TempDir Path directory) {
        GraphData data = small(new String[] {"two words", "x", "y"});
        Path file = directory.resolve("bad.el");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> GraphFiles.save(data, file));
        assertTrue(error.getMessage().contains("'two words'"), error.getMessage());
        assertTrue(Files.notExists(file));
    }

    @Test
    void plainThirdPartyEdgeListLoads() {
        GraphData data = NngtFormat.readEdgeList(new StringReader("# a comment\n0 1 0.5\n1  2 0.25\n\n2 0 1\n"));
        assertEquals(3, data.nodeCount());
        assertArrayEquals(new int[] {0, 1, 2}, data.sources());
        assertArrayEquals(new int[] {1, 2, 0}, data.targets());
        assertArrayEquals(new double[] {0.5, 0.25, 1}, data.edgeAttributes().get("weight").numbers());
        NetworkInstance network = data.toNetwork();
        assertEquals(0.25f, network.weights()[1]);
        assertEquals(1f, network.delays()[1]);
    }

    @Test
    void malformedLinesAreReportedWithTheirNumber() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NngtFormat.readEdgeList(new StringReader("@edge_attributes=['weight']\n0 1 0.5\n1 x 2\n")));
        assertTrue(error.getMessage().contains("Line 3"), error.getMessage());
    }

    @Test
    void networkRoundTripThroughEveryFormat(@TempDir Path directory) {
        NetworkInstance network = NetworkInstantiator.instantiate(DeterminismTest.mixedModel(3, 300),
                InstantiationOptions.defaults().withThreads(2));
        for (String name : new String[] {"n.el", "n.nn", "n.graphml"}) {
            Path file = directory.resolve(name);
            GraphFiles.save(GraphData.of(network), file);
            NetworkInstance read = GraphFiles.load(file).toNetwork();
            assertEquals(network.groups(), read.groups(), name);
            assertEquals(network.seed(), read.seed(), name);
            assertArrayEquals(network.x(), read.x(), name);
            assertEquals(network.edgeCount(), read.edgeCount(), name);
            if (name.endsWith(".el") || name.endsWith(".graphml")) {
                assertArrayEquals(network.sources(), read.sources(), name);
                assertArrayEquals(network.targets(), read.targets(), name);
                assertArrayEquals(network.weights(), read.weights(), name);
                assertArrayEquals(network.delays(), read.delays(), name);
            } else {
                assertArrayEquals(sortedEdges(network), sortedEdges(read), name);
            }
        }
    }

    private static String[] sortedEdges(NetworkInstance network) {
        String[] edges = new String[network.edgeCount()];
        for (int e = 0; e < edges.length; e++) {
            edges[e] = network.sources()[e] + ">" + network.targets()[e] + ":" + network.weights()[e] + ":" + network.delays()[e];
        }
        Arrays.sort(edges);
        return edges;
    }

    @Test
    void unknownExtensionIsRejected(@TempDir Path directory) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GraphFiles.save(small(QUOTED), directory.resolve("g.csv")));
        assertTrue(error.getMessage().contains("'csv'"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JGraphTFormats.readGml(new StringReader("graph [ node [ id 5 ] ]")));
    }
}
