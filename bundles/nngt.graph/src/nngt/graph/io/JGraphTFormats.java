package nngt.graph.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gml.GmlImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;

import nngt.graph.GroupRange;
import nngt.model.api.SafeXml;

/**
 * Reads GraphML and GML through jgrapht-io, with NNGT's attribute names: node ids are 0..N-1, edge ids
 * {@code e<index>} (GraphML) in creation order, edge attributes as NNGT's ({@code weight}, {@code delay},
 * …), positions as node attributes {@code x} and {@code y}, and graph-level data {@code name},
 * {@code seed}, {@code resolution} and the population ({@code population_names}, …, as Python list
 * text), as {@link GraphMlWriter} and {@link GmlWriter} write them. Strings of any content survive both
 * formats (GML escapes them as Java strings).
 */
public final class JGraphTFormats {

    private static final String X = "x";
    private static final String JGRAPHT_WEIGHT = "jgrapht_weight";
    private static final String Y = "y";

    private JGraphTFormats() {
    }

    /**
     * @param reader source (not closed)
     * @return the graph; node ids must be the integers 0..N-1
     * @throws org.jgrapht.nio.ImportException when the file is malformed
     * @throws IllegalArgumentException when node ids are not 0..N-1
     */
    public static GraphData readGraphMl(Reader reader) {
        String xml;
        try {
            StringWriter copy = new StringWriter();
            reader.transferTo(copy);
            xml = copy.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Read first with the safe reader: it refuses a DOCTYPE, so jgrapht-io's own parser (which cannot be
        // configured) never meets an entity or an external DTD.
        Map<String, String> graphValues = graphData(xml);
        GraphMLImporter<Integer, Integer> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setEdgeWeightAttributeName(JGRAPHT_WEIGHT);
        importer.setVertexFactory(Integer::valueOf);
        Collected collected = new Collected();
        importer.addVertexAttributeConsumer((pair, value) -> collected.node(pair.getFirst(), pair.getSecond(), value));
        importer.addEdgeAttributeConsumer((pair, value) -> collected.edge(pair.getFirst(), pair.getSecond(), value));
        Graph<Integer, Integer> graph = new DirectedPseudograph<>(null, SupplierUtil.createIntegerSupplier(), false);
        importer.importGraph(graph, new StringReader(xml));
        graphValues.forEach((key, value) -> collected.graph.put(key, DefaultAttribute.createAttribute(value)));
        return collected.data(graph);
    }

    /** The graph-level {@code <data>} values by key name; jgrapht-io's importer does not report them. */
    private static Map<String, String> graphData(String xml) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        try {
            XMLStreamReader stream = SafeXml.staxFactory().createXMLStreamReader(new StringReader(xml));
            int depth = 0;
            int graphDepth = -1;
            while (stream.hasNext()) {
                int event = stream.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new IllegalArgumentException("The GraphML file is refused: " + SafeXml.DOCTYPE_REFUSED + ".");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String element = stream.getLocalName();
                    if (element.equals("key") && "graph".equals(stream.getAttributeValue(null, "for"))) {
                        names.put(stream.getAttributeValue(null, "id"), stream.getAttributeValue(null, "attr.name"));
                    } else if (element.equals("graph") && graphDepth < 0) {
                        graphDepth = depth;
                    } else if (element.equals("data") && depth == graphDepth + 1) {
                        String key = names.get(stream.getAttributeValue(null, "key"));
                        String text = stream.getElementText();
                        depth--;
                        if (key != null) {
                            values.put(key, text);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("The GraphML text is malformed: " + e.getMessage(), e);
        }
        return values;
    }

    /**
     * @param reader source (not closed)
     * @return the graph; node ids must be the integers 0..N-1
     * @throws org.jgrapht.nio.ImportException when the file is malformed
     */
    public static GraphData readGml(Reader reader) {
        GmlImporter<Integer, Integer> importer = new GmlImporter<>();
        importer.setVertexFactory(id -> id);
        Collected collected = new Collected();
        importer.addVertexAttributeConsumer((pair, value) -> collected.node(pair.getFirst(), pair.getSecond(), value));
        importer.addEdgeAttributeConsumer((pair, value) -> collected.edge(pair.getFirst(), pair.getSecond(), value));
        Graph<Integer, Integer> graph = new DirectedPseudograph<>(null, SupplierUtil.createIntegerSupplier(), false);
        importer.importGraph(graph, reader);
        return collected.data(graph);
    }

    /** Attribute values reported by an importer, by key. */
    private static final class Collected {
        final Map<String, Attribute> graph = new HashMap<>();
        final Map<String, Map<Integer, Attribute>> nodes = new LinkedHashMap<>();
        final Map<String, Map<Integer, Attribute>> edges = new LinkedHashMap<>();

        void node(int v, String key, Attribute value) {
            if (!key.equals("ID") && !key.equals("id")) {
                nodes.computeIfAbsent(key, k -> new HashMap<>()).put(v, value);
            }
        }

        void edge(int e, String key, Attribute value) {
            if (!key.equals("ID") && !key.equals("id") && !key.equals("source") && !key.equals("target")) {
                edges.computeIfAbsent(key, k -> new HashMap<>()).put(e, value);
            }
        }

        GraphData data(Graph<Integer, Integer> graph) {
            int n = graph.vertexSet().size();
            for (int v : graph.vertexSet()) {
                if (v < 0 || v >= n) {
                    throw new IllegalArgumentException("Node id " + v + " is not in 0.." + (n - 1) + "; node ids must be 0..N-1.");
                }
            }
            int m = graph.edgeSet().size();
            int[] sources = new int[m];
            int[] targets = new int[m];
            for (int e : graph.edgeSet()) {
                sources[e] = graph.getEdgeSource(e);
                targets[e] = graph.getEdgeTarget(e);
            }
            Map<String, nngt.graph.io.Attribute> nodeAttributes = columns(nodes, n);
            double[] x = null;
            double[] y = null;
            if (nodeAttributes.containsKey(X) && nodeAttributes.containsKey(Y)) {
                x = nodeAttributes.remove(X).numbers();
                y = nodeAttributes.remove(Y).numbers();
            }
            return new GraphData(text("name", ""), n, sources, targets, columns(edges, m), nodeAttributes, x, y,
                    groups(), this.graph.containsKey("seed") ? Long.valueOf(text("seed", "0")) : null,
                    this.graph.containsKey("resolution") ? Double.valueOf(text("resolution", "0.1")) : null,
                    PythonText.items(text(GraphData.SYNAPSE_PARAMETERS, "[]"), ","));
        }

        private String text(String key, String absent) {
            Attribute value = graph.get(key);
            return value == null ? absent : value.getValue();
        }

        private List<GroupRange> groups() {
            if (!graph.containsKey("population_names")) {
                return List.of();
            }
            List<String> names = PythonText.items(text("population_names", "[]"), ",");
            List<String> sizes = PythonText.items(text("population_sizes", "[]"), ",");
            List<String> types = PythonText.items(text("population_types", "[]"), ",");
            List<String> models = PythonText.items(text("population_models", "[]"), ",");
            List<GroupRange> groups = new ArrayList<>();
            int first = 0;
            for (int g = 0; g < names.size(); g++) {
                int size = Integer.parseInt(sizes.get(g));
                groups.add(new GroupRange(names.get(g), first, size, Integer.parseInt(types.get(g)),
                        models.get(g).isEmpty() ? null : models.get(g)));
                first += size;
            }
            return groups;
        }

        private static Map<String, nngt.graph.io.Attribute> columns(Map<String, Map<Integer, Attribute>> collected, int size) {
            Map<String, nngt.graph.io.Attribute> columns = new LinkedHashMap<>();
            collected.forEach((key, values) -> {
                AttributeType type = values.values().iterator().next().getType();
                boolean string = type == AttributeType.STRING;
                nngt.graph.io.Attribute column = nngt.graph.io.Attribute.of(string ? nngt.graph.io.Attribute.STRING
                        : type == AttributeType.LONG || type == AttributeType.INT ? nngt.graph.io.Attribute.INT
                                : nngt.graph.io.Attribute.DOUBLE, size);
                // as NNGT: a value missing on some element takes the default ("" for strings, NaN for
                // doubles, 0 for ints); GraphML writers also omit empty strings
                String absent = string ? "" : type == AttributeType.DOUBLE || type == AttributeType.FLOAT ? "nan" : "0";
                for (int i = 0; i < size; i++) {
                    Attribute value = values.get(i);
                    column.parse(i, value == null ? absent : value.getValue());
                }
                columns.put(key, column);
            });
            return columns;
        }
    }
}
