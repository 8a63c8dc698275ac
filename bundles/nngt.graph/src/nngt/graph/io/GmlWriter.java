package nngt.graph.io;

import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes GML streamed from the columns (no document or object per edge is built): node ids 0..N-1 with
 * their attributes and positions ({@code x}, {@code y}), edges in creation order with NNGT's attribute
 * names; strings escaped as Java strings, numbers without an exponent (GML's grammar has none). The
 * text is the one jgrapht-io's exporter writes, so that {@link JGraphTFormats#readGml} and other GML
 * readers read it. GML keeps no graph-level data: the name, seed and population are left out.
 */
public final class GmlWriter {

    private GmlWriter() {
    }

    /**
     * @param data the graph
     * @param writer destination (not closed)
     * @throws UncheckedIOException when writing fails
     */
    public static void write(GraphData data, Writer writer) {
        TextSink out = new TextSink(writer);
        out.append("Creator \"JGraphT GML Exporter\"\nVersion 1\ngraph\n[\n\tlabel \"\"\n\tdirected 1\n");
        Map<String, Attribute> nodeAttributes = GraphMlWriter.nodeAttributes(data);
        String[] nodeKeys = nodeAttributes.keySet().toArray(new String[0]);
        Attribute[] nodeColumns = nodeAttributes.values().toArray(new Attribute[0]);
        ValueTexts[] nodeTexts = texts(nodeKeys, nodeColumns);
        for (int v = 0; v < data.nodeCount(); v++) {
            out.append("\tnode\n\t[\n\t\tid ").append(v).append('\n');
            values(out, nodeKeys, nodeColumns, nodeTexts, v);
            out.append("\t]\n");
        }
        String[] edgeKeys = data.edgeAttributes().keySet().toArray(new String[0]);
        Attribute[] edgeColumns = data.edgeAttributes().values().toArray(new Attribute[0]);
        ValueTexts[] edgeTexts = texts(edgeKeys, edgeColumns);
        int[] sources = data.sources();
        int[] targets = data.targets();
        for (int e = 0; e < sources.length; e++) {
            out.append("\tedge\n\t[\n\t\tsource ").append(sources[e]).append("\n\t\ttarget ").append(targets[e]).append('\n');
            values(out, edgeKeys, edgeColumns, edgeTexts, e);
            out.append("\t]\n");
        }
        out.append("]\n");
        out.flush();
    }

    /** The cached texts of the numeric columns, null for the string ones. */
    private static ValueTexts[] texts(String[] keys, Attribute[] columns) {
        ValueTexts[] texts = new ValueTexts[columns.length];
        for (int a = 0; a < columns.length; a++) {
            Attribute column = columns[a];
            boolean word = keys[a].matches("\\w+");
            texts[a] = column.isString() ? null : new ValueTexts(column, i -> number(column.javaText(i), word));
        }
        return texts;
    }

    /**
     * Java's number text, its exponent form (e.g. {@code 1.0E-5}) laid out as a plain decimal for the
     * attributes whose name is a word, the ones jgrapht-io's reader reads as numbers.
     */
    private static String number(String java, boolean word) {
        int exponent = java.indexOf('E');
        return word && exponent > 0 && java.indexOf('.') > 0 && Character.isDigit(java.charAt(exponent - 1))
                ? new BigDecimal(java).toPlainString() : java;
    }

    private static void values(TextSink out, String[] keys, Attribute[] columns, ValueTexts[] texts, int index) {
        for (int a = 0; a < columns.length; a++) {
            out.append("\t\t").append(keys[a]).append(' ');
            if (texts[a] != null) {
                out.append(texts[a].text(index));
            } else {
                out.append('"');
                escapeJava(out, columns[a].string(index));
                out.append('"');
            }
            out.append('\n');
        }
    }

    /** A string as Java source writes it: quotes, backslashes and control characters escaped, non-ASCII as \\uXXXX. */
    private static void escapeJava(TextSink out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 32 || c > 0x7f) {
                        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
                        out.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
