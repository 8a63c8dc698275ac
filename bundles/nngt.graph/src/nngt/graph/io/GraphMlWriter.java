package nngt.graph.io;

import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes GraphML with NNGT's attribute names, streamed from the columns (no document or object per edge
 * is built): node ids 0..N-1, edge ids {@code e<index>} in creation order, edge attributes as NNGT's
 * ({@code weight}, {@code delay}, …), positions as node attributes {@code x} and {@code y}, and
 * graph-level data {@code name}, {@code seed}, {@code resolution}, the population
 * ({@code population_names}, …, as Python list text) and {@code synapse_parameters}. The text is the
 * one jgrapht-io's exporter writes (its layout, key ids and number forms), so that jgrapht-io and
 * other GraphML readers read it; {@link JGraphTFormats#readGraphMl} reads it back.
 */
public final class GraphMlWriter {

    private static final String INDENT = "    ";

    private GraphMlWriter() {
    }

    /**
     * @param data the graph
     * @param writer destination (not closed)
     * @throws UncheckedIOException when writing fails
     */
    public static void write(GraphData data, Writer writer) {
        Map<String, String> graphValues = new LinkedHashMap<>();
        Map<String, String> graphTypes = new LinkedHashMap<>();
        graphValue(graphValues, graphTypes, "name", data.name(), "string");
        if (data.seed() != null) {
            graphValue(graphValues, graphTypes, "seed", Long.toString(data.seed()), "long");
        }
        if (data.resolution() != null) {
            graphValue(graphValues, graphTypes, "resolution", Double.toString(data.resolution()), "double");
        }
        NngtFormat.population(data).forEach((key, value) -> graphValue(graphValues, graphTypes, key, value, "string"));
        if (!data.synapseParameters().isEmpty()) {
            graphValue(graphValues, graphTypes, GraphData.SYNAPSE_PARAMETERS, PythonText.stringList(data.synapseParameters()),
                    "string");
        }
        Map<String, Attribute> nodeAttributes = nodeAttributes(data);
        TextSink out = new TextSink(writer);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n");
        int key = 0;
        for (Map.Entry<String, String> entry : graphTypes.entrySet()) {
            key(out, key++, "graph", entry.getKey(), entry.getValue());
        }
        int firstNodeKey = key;
        for (Map.Entry<String, Attribute> entry : nodeAttributes.entrySet()) {
            key(out, key++, "node", entry.getKey(), type(entry.getValue()));
        }
        int firstEdgeKey = key;
        for (Map.Entry<String, Attribute> entry : data.edgeAttributes().entrySet()) {
            key(out, key++, "edge", entry.getKey(), type(entry.getValue()));
        }
        out.append(INDENT).append("<graph edgedefault=\"directed\">\n");
        key = 0;
        for (String value : graphValues.values()) {
            // jgrapht-io 1.5.2 declares graph-level keys but writes no values: they are the first children
            // of <graph>, an empty one with its closing tag
            out.append(INDENT).append(INDENT).append("<data key=\"key").append(key++).append("\">")
                    .append(value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"))
                    .append("</data>\n");
        }
        Attribute[] nodeColumns = nodeAttributes.values().toArray(new Attribute[0]);
        ValueTexts[] nodeTexts = texts(nodeColumns);
        for (int v = 0; v < data.nodeCount(); v++) {
            out.append(INDENT).append(INDENT).append("<node id=\"").append(v).append('"');
            values(out, nodeColumns, nodeTexts, firstNodeKey, v, "node");
        }
        Attribute[] edgeColumns = data.edgeAttributes().values().toArray(new Attribute[0]);
        ValueTexts[] edgeTexts = texts(edgeColumns);
        int[] sources = data.sources();
        int[] targets = data.targets();
        for (int e = 0; e < sources.length; e++) {
            out.append(INDENT).append(INDENT).append("<edge id=\"e").append(e).append("\" source=\"").append(sources[e])
                    .append("\" target=\"").append(targets[e]).append('"');
            values(out, edgeColumns, edgeTexts, firstEdgeKey, e, "edge");
        }
        out.append(INDENT).append("</graph>\n</graphml>\n");
        out.flush();
    }

    private static void graphValue(Map<String, String> values, Map<String, String> types, String key, String value,
            String type) {
        values.put(key, value);
        types.put(key, type);
    }

    /** The node attributes, then the positions as {@code x} and {@code y}. */
    static Map<String, Attribute> nodeAttributes(GraphData data) {
        Map<String, Attribute> attributes = new LinkedHashMap<>(data.nodeAttributes());
        if (data.x() != null) {
            attributes.put("x", Attribute.doubles(data.x()));
            attributes.put("y", Attribute.doubles(data.y()));
        }
        return attributes;
    }

    /** The cached Java texts of the numeric columns, null for the string ones. */
    static ValueTexts[] texts(Attribute[] columns) {
        ValueTexts[] texts = new ValueTexts[columns.length];
        for (int a = 0; a < columns.length; a++) {
            Attribute column = columns[a];
            texts[a] = column.isString() ? null : new ValueTexts(column, column::javaText);
        }
        return texts;
    }

    private static String type(Attribute attribute) {
        return switch (attribute.type()) {
            case Attribute.STRING -> "string";
            case Attribute.INT -> "long";
            default -> "double";
        };
    }

    private static void key(TextSink out, int key, String domain, String name, String type) {
        out.append(INDENT).append("<key id=\"key").append(key).append("\" for=\"").append(domain).append("\" attr.name=\"");
        attribute(out, name);
        out.append("\" attr.type=\"").append(type).append("\"/>\n");
    }

    private static void values(TextSink out, Attribute[] columns, ValueTexts[] texts, int firstKey, int index,
            String element) {
        if (columns.length == 0) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (int a = 0; a < columns.length; a++) {
            out.append(INDENT).append(INDENT).append(INDENT).append("<data key=\"key").append(firstKey + a).append('"');
            if (texts[a] != null) {
                out.append('>').append(texts[a].text(index)).append("</data>\n");
            } else if (columns[a].string(index).isEmpty()) {
                out.append("/>\n");
            } else {
                out.append('>');
                text(out, columns[a].string(index));
                out.append("</data>\n");
            }
        }
        out.append(INDENT).append(INDENT).append("</").append(element).append(">\n");
    }

    /** Character data as the JDK's XML serializer escapes it (characters beyond 16 bits by number). */
    private static void text(TextSink out, String value) {
        escape(out, value, false);
    }

    /** An attribute value as the JDK's XML serializer escapes it. */
    private static void attribute(TextSink out, String value) {
        escape(out, value, true);
    }

    private static void escape(TextSink out, String value, boolean attribute) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append("&#").append(value.codePointAt(i)).append(';');
                        i++;
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
