package nngt.graph.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gml.GmlExporter;
import org.jgrapht.nio.gml.GmlImporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;

import nngt.graph.GroupRange;
import nngt.graph.analysis.ArrayGraph;
import nngt.model.api.SafeXml;

/**
 * GraphML and GML through jgrapht-io, with NNGT's attribute names: node ids are 0..N-1, edge ids
 * {@code e<index>} (GraphML) in creation order, edge attributes as NNGT's ({@code weight}, {@code delay},
 * …), positions as node attributes {@code x} and {@code y}, and graph-level data {@code name},
 * {@code seed}, {@code resolution} and the population ({@code population_names}, …, as Python list
 * text). Strings of any content survive both formats (GML escapes them as Java strings).
 */
public final class JGraphTFormats {

    private static final String X = "x";
    private static final String JGRAPHT_WEIGHT = "jgrapht_weight";
    private static final Pattern EXPONENT = Pattern.compile("(?m)^(\\s+\\w+ )(-?\\d+\\.\\d+E-?\\d+)$");
    private static final String Y = "y";

    private JGraphTFormats() {
    }

    /**
     * @param data the graph
     * @param writer destination (not closed)
     * @throws org.jgrapht.nio.ExportException when writing fails
     */
    public static void writeGraphMl(GraphData data, Writer writer) {
        GraphMLExporter<Integer, Integer> exporter = new GraphMLExporter<>(String::valueOf);
        exporter.setEdgeIdProvider(e -> "e" + e);
        exporter.setExportEdgeWeights(false);
        // JGraphT reserves the name of its own weight column; NNGT's "weight" is an ordinary attribute here
        exporter.setEdgeWeightAttributeName(JGRAPHT_WEIGHT);
        Map<String, Attribute> graphAttributes = configure(data,
                (name, category, type) -> exporter.registerAttribute(name, category, type), exporter);
        StringWriter text = new StringWriter();
        exporter.exportGraph(graph(data), text);
        // jgrapht-io 1.5.2 declares graph-level keys but writes no values: add them as the first children
        // of <graph>, with the key ids it assigned in registration order (key0, key1, ...)
        StringBuilder values = new StringBuilder();
        int key = 0;
        for (Attribute value : graphAttributes.values()) {
            values.append("\n        <data key=\"key").append(key++).append("\">").append(escape(value.getValue())).append("</data>");
        }
        String xml = text.toString();
        int graph = xml.indexOf('>', xml.indexOf("<graph ")) + 1;
        try {
            writer.write(xml.substring(0, graph) + values + xml.substring(graph));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * @param data the graph
     * @param writer destination (not closed)
     * @throws org.jgrapht.nio.ExportException when writing fails
     */
    public static void writeGml(GraphData data, Writer writer) {
        GmlExporter<Integer, Integer> exporter = new GmlExporter<>(String::valueOf);
        exporter.setParameter(GmlExporter.Parameter.EXPORT_CUSTOM_EDGE_ATTRIBUTES, true);
        exporter.setParameter(GmlExporter.Parameter.EXPORT_CUSTOM_VERTEX_ATTRIBUTES, true);
        exporter.setParameter(GmlExporter.Parameter.ESCAPE_STRINGS_AS_JAVA, true);
        configure(data, (name, category, type) -> { }, exporter);
        StringWriter text = new StringWriter();
        exporter.exportGraph(graph(data), text);
        // GML's grammar (and jgrapht-io's reader) has no exponent, but its writer prints Java's "1.0E-5":
        // rewrite such numbers as plain decimals
        Matcher numbers = EXPONENT.matcher(text.toString());
        StringBuilder gml = new StringBuilder();
        while (numbers.find()) {
            numbers.appendReplacement(gml, numbers.group(1) + new BigDecimal(numbers.group(2)).toPlainString());
        }
        numbers.appendTail(gml);
        try {
            writer.write(gml.toString());
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Registry {
        void register(String name, AttributeCategory category, AttributeType type);
    }

    private static Graph<Integer, Integer> graph(GraphData data) {
        return new ArrayGraph(data.nodeCount(), data.sources(), data.targets(), null);
    }

    /** Registers and provides every attribute; returns the graph-level ones, in registration order. */
    private static Map<String, Attribute> configure(GraphData data, Registry registry,
            org.jgrapht.nio.BaseExporter<Integer, Integer> exporter) {
        Map<String, Attribute> graphAttributes = new LinkedHashMap<>();
        graphAttributes.put("name", DefaultAttribute.createAttribute(data.name()));
        if (data.seed() != null) {
            graphAttributes.put("seed", DefaultAttribute.createAttribute(data.seed()));
        }
        if (data.resolution() != null) {
            graphAttributes.put("resolution", DefaultAttribute.createAttribute(data.resolution()));
        }
        if (!data.groups().isEmpty()) {
            List<String> names = new ArrayList<>();
            List<String> models = new ArrayList<>();
            int[] sizes = new int[data.groups().size()];
            int[] types = new int[sizes.length];
            for (int g = 0; g < sizes.length; g++) {
                GroupRange group = data.groups().get(g);
                names.add(group.name());
                models.add(group.neuronModel() == null ? "" : group.neuronModel());
                sizes[g] = group.size();
                types[g] = group.neuronType();
            }
            graphAttributes.put("population_names", DefaultAttribute.createAttribute(PythonText.stringList(names)));
            graphAttributes.put("population_sizes", DefaultAttribute.createAttribute(PythonText.intList(sizes)));
            graphAttributes.put("population_types", DefaultAttribute.createAttribute(PythonText.intList(types)));
            graphAttributes.put("population_models", DefaultAttribute.createAttribute(PythonText.stringList(models)));
        }
        if (!data.synapseParameters().isEmpty()) {
            graphAttributes.put(GraphData.SYNAPSE_PARAMETERS,
                    DefaultAttribute.createAttribute(PythonText.stringList(data.synapseParameters())));
        }
        graphAttributes.forEach((key, value) -> registry.register(key, AttributeCategory.GRAPH, value.getType()));
        exporter.setGraphAttributeProvider(() -> graphAttributes);
        Map<String, nngt.graph.io.Attribute> nodeAttributes = new LinkedHashMap<>(data.nodeAttributes());
        if (data.x() != null) {
            nodeAttributes.put(X, nngt.graph.io.Attribute.doubles(data.x()));
            nodeAttributes.put(Y, nngt.graph.io.Attribute.doubles(data.y()));
        }
        nodeAttributes.forEach((key, value) -> registry.register(key, AttributeCategory.NODE, type(value)));
        data.edgeAttributes().forEach((key, value) -> registry.register(key, AttributeCategory.EDGE, type(value)));
        exporter.setVertexAttributeProvider(v -> values(nodeAttributes, v));
        exporter.setEdgeAttributeProvider(e -> values(data.edgeAttributes(), e));
        return graphAttributes;
    }

    private static AttributeType type(nngt.graph.io.Attribute attribute) {
        return switch (attribute.type()) {
            case nngt.graph.io.Attribute.STRING -> AttributeType.STRING;
            case nngt.graph.io.Attribute.INT -> AttributeType.LONG;
            default -> AttributeType.DOUBLE;
        };
    }

    private static Map<String, Attribute> values(Map<String, nngt.graph.io.Attribute> attributes, int index) {
        Map<String, Attribute> values = new LinkedHashMap<>();
        attributes.forEach((key, attribute) -> {
            if (attribute.isString()) {
                values.put(key, DefaultAttribute.createAttribute(attribute.string(index)));
            } else if (attribute.type().equals(nngt.graph.io.Attribute.INT)) {
                values.put(key, DefaultAttribute.createAttribute((long) attribute.number(index)));
            } else {
                values.put(key, DefaultAttribute.createAttribute(attribute.number(index)));
            }
        });
        return values;
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
