package nngt.graph.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nngt.graph.GroupRange;
import nngt.graph.internal.IntPairBuffer;

/**
 * NNGT's text formats, read and written as NNGT does: the edge list ({@code .el}: one line
 * {@code src tgt a1;a2…} per edge in creation order) and the neighbour list ({@code .nn}: one line
 * {@code v n1;a1;a2 n2;…} per node, neighbours by increasing id, {@code "v "} for a node without
 * out-edges), both after {@code @key=value} header lines.
 *
 * <p>NNGT's {@code @structure} line is a Python pickle: it is skipped when reading, and instead this
 * writer adds a portable population header of its own ({@code @population_names}, {@code _sizes},
 * {@code _types}, {@code _models}, plus {@code @seed}, {@code @resolution} and, when there are any,
 * {@code @synapse_parameters}, see {@link GraphData}), which NNGT ignores.
 * Edge lines without a header (third-party {@code 0 1 0.5}) are read as columns named
 * {@code weight}, {@code delay}, then {@code attr3}… String values are written as NNGT writes them, bare,
 * so they must not contain the separators or a line break (checked before anything is written).
 */
public final class NngtFormat {

    /** NNGT's default field separator. */
    public static final String SEPARATOR = " ";
    /** NNGT's default separator of the attributes inside a field. */
    public static final String SECONDARY = ";";
    /** NNGT's header marker. */
    public static final String NOTIFIER = "@";
    /** NNGT's comment marker. */
    public static final String IGNORE = "#";

    private NngtFormat() {
    }

    /**
     * Writes an edge list.
     *
     * @param data the graph
     * @param writer destination (not closed)
     * @throws IllegalArgumentException when a string value contains a separator or a line break
     * @throws UncheckedIOException when writing fails
     */
    public static void writeEdgeList(GraphData data, Writer writer) {
        checkStrings(data);
        List<Attribute> attributes = new ArrayList<>(data.edgeAttributes().values());
        try {
            writer.write(header(data));
            StringBuilder line = new StringBuilder(64);
            for (int e = 0; e < data.sources().length; e++) {
                line.setLength(0);
                if (e > 0) {
                    line.append('\n');
                }
                line.append(data.sources()[e]).append(SEPARATOR).append(data.targets()[e]);
                for (int a = 0; a < attributes.size(); a++) {
                    line.append(a == 0 ? SEPARATOR : SECONDARY).append(attributes.get(a).text(e));
                }
                writer.append(line);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a neighbour list (one line per node; parallel edges repeat the neighbour).
     *
     * @param data the graph
     * @param writer destination (not closed)
     * @throws IllegalArgumentException when a string value contains a separator or a line break
     * @throws UncheckedIOException when writing fails
     */
    public static void writeNeighbourList(GraphData data, Writer writer) {
        checkStrings(data);
        List<Attribute> attributes = new ArrayList<>(data.edgeAttributes().values());
        int n = data.nodeCount();
        int[] starts = new int[n + 1];
        for (int s : data.sources()) {
            starts[s + 1]++;
        }
        for (int v = 0; v < n; v++) {
            starts[v + 1] += starts[v];
        }
        // per source, (target, edge index) packed in longs: sorting them orders neighbours by id, then
        // parallel edges by creation, without an object per edge
        long[] order = new long[data.sources().length];
        int[] fill = java.util.Arrays.copyOf(starts, n);
        for (int e = 0; e < order.length; e++) {
            order[fill[data.sources()[e]]++] = ((long) data.targets()[e] << 32) | e;
        }
        try {
            writer.write(header(data));
            StringBuilder line = new StringBuilder(256);
            for (int v = 0; v < n; v++) {
                java.util.Arrays.sort(order, starts[v], starts[v + 1]);
                line.setLength(0);
                if (v > 0) {
                    line.append('\n');
                }
                line.append(v).append(SEPARATOR);
                for (int k = starts[v]; k < starts[v + 1]; k++) {
                    int e = (int) order[k];
                    line.append(k == starts[v] ? "" : SEPARATOR).append(data.targets()[e]);
                    for (Attribute attribute : attributes) {
                        line.append(SECONDARY).append(attribute.text(e));
                    }
                }
                writer.append(line);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an edge list, NNGT's or a plain third-party one.
     *
     * @param reader source (not closed)
     * @return the graph, edges in file order
     * @throws IllegalArgumentException when a line cannot be read (its number is named)
     * @throws UncheckedIOException when reading fails
     */
    public static GraphData readEdgeList(Reader reader) {
        return read(reader, false);
    }

    /**
     * Reads a neighbour list.
     *
     * @param reader source (not closed)
     * @return the graph, edges by source then by the order of the lines
     * @throws IllegalArgumentException when a line cannot be read (its number is named)
     * @throws UncheckedIOException when reading fails
     */
    public static GraphData readNeighbourList(Reader reader) {
        return read(reader, true);
    }

    private static void checkStrings(GraphData data) {
        checkStrings("Edge", data.edgeAttributes(), SEPARATOR + SECONDARY + "\n\r");
        checkStrings("Node", data.nodeAttributes(), "\n\r");
    }

    private static void checkStrings(String kind, Map<String, Attribute> attributes, String forbidden) {
        attributes.forEach((key, attribute) -> {
            if (!attribute.isString()) {
                return;
            }
            for (int i = 0; i < attribute.size(); i++) {
                String value = attribute.string(i);
                for (char c : forbidden.toCharArray()) {
                    if (value.indexOf(c) >= 0) {
                        throw new IllegalArgumentException(kind + " attribute '" + key + "' value " + i + " is "
                                + PythonText.string(value) + "; NNGT's text formats cannot hold "
                                + PythonText.string(String.valueOf(c)) + " in a value. Use GraphML for such strings.");
                    }
                }
            }
        });
    }

    static String header(GraphData data) {
        StringBuilder header = new StringBuilder();
        line(header, "directed", "True");
        line(header, "node_attributes", PythonText.stringList(new ArrayList<>(data.nodeAttributes().keySet())));
        line(header, "node_attr_types", PythonText.stringList(types(data.nodeAttributes())));
        line(header, "edge_attributes", PythonText.stringList(new ArrayList<>(data.edgeAttributes().keySet())));
        line(header, "edge_attr_types", PythonText.stringList(types(data.edgeAttributes())));
        line(header, "name", data.name());
        line(header, "size", Integer.toString(data.nodeCount()));
        data.nodeAttributes().forEach((key, attribute) -> {
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < attribute.size(); i++) {
                values.append(i == 0 ? "" : SEPARATOR).append(attribute.isString() ? PythonText.string(attribute.string(i)) : attribute.text(i));
            }
            line(header, "na_" + key, values.toString());
        });
        if (data.x() != null) {
            line(header, "x", joined(data.x()));
            line(header, "y", joined(data.y()));
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
            line(header, "population_names", PythonText.stringList(names));
            line(header, "population_sizes", PythonText.intList(sizes));
            line(header, "population_types", PythonText.intList(types));
            line(header, "population_models", PythonText.stringList(models));
        }
        if (data.seed() != null) {
            line(header, "seed", Long.toString(data.seed()));
        }
        if (data.resolution() != null) {
            line(header, "resolution", PythonText.number(data.resolution()));
        }
        if (!data.synapseParameters().isEmpty()) {
            line(header, GraphData.SYNAPSE_PARAMETERS, PythonText.stringList(data.synapseParameters()));
        }
        return header.toString();
    }

    private static List<String> types(Map<String, Attribute> attributes) {
        List<String> types = new ArrayList<>();
        attributes.values().forEach(a -> types.add(a.type()));
        return types;
    }

    private static String joined(double[] values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : SEPARATOR).append(PythonText.number(values[i]));
        }
        return text.toString();
    }

    private static void line(StringBuilder header, String key, String value) {
        header.append(NOTIFIER).append(key).append('=').append(value).append('\n');
    }

    private static GraphData read(Reader source, boolean neighbours) {
        Map<String, String> header = new LinkedHashMap<>();
        IntPairBuffer edges = new IntPairBuffer(1024);
        List<Column> values = new ArrayList<>();
        int maxId = -1;
        int lineNumber = 0;
        List<String> names = null;
        try {
            BufferedReader reader = new BufferedReader(source);
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                lineNumber++;
                if (raw.startsWith(NOTIFIER)) {
                    int equals = raw.indexOf('=');
                    if (equals < 0) {
                        throw new IllegalArgumentException("Line " + lineNumber + " is a header line without '=': " + raw);
                    }
                    header.put(raw.substring(1, equals), raw.substring(equals + 1));
                    continue;
                }
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith(IGNORE)) {
                    continue;
                }
                if (names == null) {
                    names = PythonText.items(header.getOrDefault("edge_attributes", "[]"), ",");
                    List<String> types = PythonText.items(header.getOrDefault("edge_attr_types", "[]"), ",");
                    for (int a = 0; a < names.size(); a++) {
                        values.add(new Column(a < types.size() ? types.get(a) : Attribute.DOUBLE));
                    }
                }
                String[] fields = line.split(" +");
                try {
                    if (neighbours) {
                        maxId = Math.max(maxId, readNeighbours(fields, names, edges, values));
                    } else {
                        maxId = Math.max(maxId, readEdge(fields, names, edges, values));
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Line " + lineNumber + " holds a malformed number: " + raw, e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Line " + lineNumber + ": " + e.getMessage() + " Line: " + raw, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (names == null) {
            names = PythonText.items(header.getOrDefault("edge_attributes", "[]"), ",");
            List<String> types = PythonText.items(header.getOrDefault("edge_attr_types", "[]"), ",");
            for (int a = 0; a < names.size(); a++) {
                values.add(new Column(a < types.size() ? types.get(a) : Attribute.DOUBLE));
            }
        }
        return assemble(header, edges, names, values, maxId);
    }

    private static int readEdge(String[] fields, List<String> names, IntPairBuffer edges, List<Column> values) {
        int s = Integer.parseInt(fields[0]);
        int t = Integer.parseInt(fields.length > 1 ? fields[1] : "x");
        String[] attributes;
        if (fields.length == 3 && fields[2].contains(SECONDARY)) {
            attributes = fields[2].split(SECONDARY, -1);
        } else {
            attributes = java.util.Arrays.copyOfRange(fields, 2, fields.length);
        }
        if (names.isEmpty() && attributes.length > 0 && values.isEmpty()) {
            // a plain list without header: the extra columns are weight, delay, then numbered
            for (int a = 0; a < attributes.length; a++) {
                names.add(a == 0 ? GraphData.WEIGHT : a == 1 ? GraphData.DELAY : "attr" + (a + 1));
                values.add(new Column(Attribute.DOUBLE));
            }
        }
        if (attributes.length != names.size()) {
            throw new IllegalArgumentException("The edge has " + attributes.length + " attribute values; the file declares "
                    + names.size() + " (" + names + ").");
        }
        for (int a = 0; a < attributes.length; a++) {
            values.get(a).add(attributes[a]);
        }
        edges.add(s, t);
        return Math.max(s, t);
    }

    private static int readNeighbours(String[] fields, List<String> names, IntPairBuffer edges, List<Column> values) {
        int s = Integer.parseInt(fields[0]);
        int max = s;
        for (int f = 1; f < fields.length; f++) {
            String[] parts = fields[f].split(SECONDARY, -1);
            if (parts.length != names.size() + 1) {
                throw new IllegalArgumentException("Neighbour '" + fields[f] + "' has " + (parts.length - 1)
                        + " attribute values; the file declares " + names.size() + " (" + names + ").");
            }
            int t = Integer.parseInt(parts[0]);
            edges.add(s, t);
            for (int a = 0; a < names.size(); a++) {
                values.get(a).add(parts[a + 1]);
            }
            max = Math.max(max, t);
        }
        return max;
    }

    private static GraphData assemble(Map<String, String> header, IntPairBuffer edges, List<String> names,
            List<Column> values, int maxId) {
        String directed = header.getOrDefault("directed", "True").trim();
        if (directed.equals("False") || directed.equals("0")) {
            throw new IllegalArgumentException("The file holds an undirected graph (@directed=" + directed
                    + "); networks are directed: save it from NNGT with directed=True.");
        }
        int n = header.containsKey("size") ? Integer.parseInt(header.get("size").trim()) : maxId + 1;
        if (maxId >= n) {
            throw new IllegalArgumentException("The file declares @size=" + n + " but names node " + maxId + ".");
        }
        Map<String, Attribute> edgeAttributes = new LinkedHashMap<>();
        for (int a = 0; a < names.size(); a++) {
            edgeAttributes.put(names.get(a), values.get(a).build());
        }
        Map<String, Attribute> nodeAttributes = new LinkedHashMap<>();
        List<String> nodeNames = PythonText.items(header.getOrDefault("node_attributes", "[]"), ",");
        List<String> nodeTypes = PythonText.items(header.getOrDefault("node_attr_types", "[]"), ",");
        for (int a = 0; a < nodeNames.size(); a++) {
            String key = nodeNames.get(a);
            List<String> items = PythonText.items(header.getOrDefault("na_" + key, ""), SEPARATOR);
            if (items.size() != n) {
                throw new IllegalArgumentException("Node attribute '" + key + "' has " + items.size() + " values for " + n + " nodes.");
            }
            Attribute attribute = Attribute.of(a < nodeTypes.size() ? nodeTypes.get(a) : Attribute.DOUBLE, n);
            for (int i = 0; i < n; i++) {
                attribute.parse(i, items.get(i));
            }
            nodeAttributes.put(key, attribute);
        }
        double[] x = header.containsKey("x") ? numbers(header.get("x"), n, "x") : null;
        double[] y = header.containsKey("y") ? numbers(header.get("y"), n, "y") : null;
        int[] sources = new int[edges.size()];
        int[] targets = new int[edges.size()];
        edges.copyTo(sources, targets, 0);
        Long seed = header.containsKey("seed") ? Long.parseLong(header.get("seed").trim()) : null;
        Double resolution = header.containsKey("resolution") ? PythonText.parseNumber(header.get("resolution")) : null;
        return new GraphData(header.getOrDefault("name", ""), n, sources, targets, edgeAttributes, nodeAttributes, x, y,
                groups(header), seed, resolution, PythonText.items(header.getOrDefault(GraphData.SYNAPSE_PARAMETERS, "[]"), ","));
    }

    private static double[] numbers(String text, int n, String key) {
        List<String> items = PythonText.items(text, SEPARATOR);
        if (items.size() != n) {
            throw new IllegalArgumentException("Header @" + key + " has " + items.size() + " values for " + n + " nodes.");
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = PythonText.parseNumber(items.get(i));
        }
        return values;
    }

    private static List<GroupRange> groups(Map<String, String> header) {
        if (!header.containsKey("population_names")) {
            return List.of();
        }
        List<String> names = PythonText.items(header.get("population_names"), ",");
        List<String> sizes = PythonText.items(header.getOrDefault("population_sizes", "[]"), ",");
        List<String> types = PythonText.items(header.getOrDefault("population_types", "[]"), ",");
        List<String> models = PythonText.items(header.getOrDefault("population_models", "[]"), ",");
        if (sizes.size() != names.size() || types.size() != names.size() || models.size() != names.size()) {
            throw new IllegalArgumentException("The population header lists " + names.size() + " names, " + sizes.size()
                    + " sizes, " + types.size() + " types and " + models.size() + " models; they must match.");
        }
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

    /** One edge attribute being read: numbers in a growable primitive array, no object per edge. */
    private static final class Column {
        private final String type;
        private double[] numbers;
        private final List<String> strings;
        private int size;

        Column(String type) {
            this.type = type;
            boolean string = type.equals(Attribute.STRING);
            if (!string && !type.equals(Attribute.DOUBLE) && !type.equals(Attribute.INT)) {
                throw new IllegalArgumentException("Attribute type '" + type + "' is not supported; valid types are "
                        + Attribute.DOUBLE + ", " + Attribute.INT + " and " + Attribute.STRING + ".");
            }
            this.numbers = string ? null : new double[1024];
            this.strings = string ? new ArrayList<>() : null;
        }

        void add(String text) {
            if (strings != null) {
                strings.add(text);
            } else {
                if (size == numbers.length) {
                    numbers = java.util.Arrays.copyOf(numbers, numbers.length * 2);
                }
                numbers[size] = PythonText.parseNumber(text);
            }
            size++;
        }

        Attribute build() {
            return strings != null ? Attribute.strings(strings.toArray(new String[0]))
                    : Attribute.numbers(type, java.util.Arrays.copyOf(numbers, size));
        }
    }
}
