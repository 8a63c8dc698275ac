package nngt.graph.io;

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
        Attribute[] attributes = data.edgeAttributes().values().toArray(new Attribute[0]);
        ValueTexts[] texts = texts(attributes);
        int[] sources = data.sources();
        int[] targets = data.targets();
        TextSink out = new TextSink(writer).append(header(data));
        for (int e = 0; e < sources.length; e++) {
            if (e > 0) {
                out.append('\n');
            }
            out.append(sources[e]).append(' ').append(targets[e]);
            for (int a = 0; a < attributes.length; a++) {
                out.append(a == 0 ? ' ' : ';');
                appendValue(out, attributes[a], texts[a], e);
            }
        }
        out.flush();
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
        int n = data.nodeCount();
        int[] sources = data.sources();
        int[] targets = data.targets();
        int[] starts = new int[n + 1];
        for (int s : sources) {
            starts[s + 1]++;
        }
        for (int v = 0; v < n; v++) {
            starts[v + 1] += starts[v];
        }
        // each edge gets a place in its source's row; (target, place) packed in a long sorts the row by
        // neighbour, then parallel edges by creation, without an object per edge
        int[] place = new int[sources.length];
        long[] order = new long[sources.length];
        int[] fill = java.util.Arrays.copyOf(starts, n);
        for (int e = 0; e < order.length; e++) {
            int p = fill[sources[e]]++;
            place[e] = p;
            order[p] = ((long) targets[e] << 32) | p;
        }
        // the values moved to their places once, so that each row's values are read from one stretch
        // of memory rather than from all over the columns
        Attribute[] attributes = data.edgeAttributes().values().toArray(new Attribute[0]);
        for (int a = 0; a < attributes.length; a++) {
            attributes[a] = attributes[a].scattered(place);
        }
        ValueTexts[] texts = texts(attributes);
        TextSink out = new TextSink(writer).append(header(data));
        for (int v = 0; v < n; v++) {
            java.util.Arrays.sort(order, starts[v], starts[v + 1]);
            if (v > 0) {
                out.append('\n');
            }
            out.append(v).append(' ');
            for (int k = starts[v]; k < starts[v + 1]; k++) {
                if (k > starts[v]) {
                    out.append(' ');
                }
                out.append(order[k] >>> 32);
                int p = (int) order[k];
                for (int a = 0; a < attributes.length; a++) {
                    out.append(';');
                    appendValue(out, attributes[a], texts[a], p);
                }
            }
        }
        out.flush();
    }

    /** The cached texts of the numeric columns, null for the string ones. */
    private static ValueTexts[] texts(Attribute[] attributes) {
        ValueTexts[] texts = new ValueTexts[attributes.length];
        for (int a = 0; a < attributes.length; a++) {
            Attribute attribute = attributes[a];
            texts[a] = attribute.isString() ? null : new ValueTexts(attribute, attribute::text);
        }
        return texts;
    }

    private static void appendValue(TextSink out, Attribute attribute, ValueTexts texts, int e) {
        if (texts == null) {
            out.append(attribute.string(e));
        } else {
            out.append(texts.text(e));
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
        population(data).forEach((key, value) -> line(header, key, value));
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

    /**
     * The population header of our own ({@code population_names}, {@code _sizes}, {@code _types},
     * {@code _models}) as Python list text, empty without groups; GraphML carries the same values.
     */
    static Map<String, String> population(GraphData data) {
        Map<String, String> text = new LinkedHashMap<>();
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
            text.put("population_names", PythonText.stringList(names));
            text.put("population_sizes", PythonText.intList(sizes));
            text.put("population_types", PythonText.intList(types));
            text.put("population_models", PythonText.stringList(models));
        }
        return text;
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
        List<String> names = null;
        Lines lines = new Lines(source);
        Fields fields = new Fields();
        while (lines.next()) {
            char[] text = lines.buffer;
            int from = lines.start;
            int to = lines.end;
            if (to > from && text[from] == NOTIFIER.charAt(0)) {
                String raw = lines.text();
                int equals = raw.indexOf('=');
                if (equals < 0) {
                    throw new IllegalArgumentException("Line " + lines.number + " is a header line without '=': " + raw);
                }
                header.put(raw.substring(1, equals), raw.substring(equals + 1));
                continue;
            }
            while (from < to && Character.isWhitespace(text[from])) {
                from++;
            }
            while (to > from && Character.isWhitespace(text[to - 1])) {
                to--;
            }
            if (from == to || text[from] == IGNORE.charAt(0)) {
                continue;
            }
            if (names == null) {
                names = declaredColumns(header, values);
            }
            fields.split(text, from, to, SEPARATOR.charAt(0));
            try {
                maxId = Math.max(maxId, neighbours ? readNeighbours(fields, names, edges, values)
                        : readEdge(fields, names, edges, values));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Line " + lines.number + " holds a malformed number: " + lines.text(), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Line " + lines.number + ": " + e.getMessage() + " Line: " + lines.text(), e);
            }
        }
        if (names == null) {
            names = declaredColumns(header, values);
        }
        return assemble(header, edges, names, values, maxId);
    }

    /** The edge attributes the header declares; adds one empty column per attribute to {@code values}. */
    private static List<String> declaredColumns(Map<String, String> header, List<Column> values) {
        List<String> names = PythonText.items(header.getOrDefault("edge_attributes", "[]"), ",");
        List<String> types = PythonText.items(header.getOrDefault("edge_attr_types", "[]"), ",");
        for (int a = 0; a < names.size(); a++) {
            values.add(new Column(a < types.size() ? types.get(a) : Attribute.DOUBLE));
        }
        return names;
    }

    private static int readEdge(Fields fields, List<String> names, IntPairBuffer edges, List<Column> values) {
        int s = fields.parseInt(0);
        if (fields.count() < 2) {
            throw new NumberFormatException("An edge needs a source and a target.");
        }
        int t = fields.parseInt(1);
        Fields attributes = fields;
        int first = 2;
        if (fields.count() == 3 && fields.contains(2, SECONDARY.charAt(0))) {
            attributes = fields.splitField(2, SECONDARY.charAt(0));
            first = 0;
        }
        int count = attributes.count() - first;
        if (names.isEmpty() && count > 0 && values.isEmpty()) {
            // a plain list without header: the extra columns are weight, delay, then numbered
            for (int a = 0; a < count; a++) {
                names.add(a == 0 ? GraphData.WEIGHT : a == 1 ? GraphData.DELAY : "attr" + (a + 1));
                values.add(new Column(Attribute.DOUBLE));
            }
        }
        if (count != names.size()) {
            throw new IllegalArgumentException("The edge has " + count + " attribute values; the file declares "
                    + names.size() + " (" + names + ").");
        }
        for (int a = 0; a < count; a++) {
            attributes.addTo(first + a, values.get(a));
        }
        edges.add(s, t);
        return Math.max(s, t);
    }

    private static int readNeighbours(Fields fields, List<String> names, IntPairBuffer edges, List<Column> values) {
        int s = fields.parseInt(0);
        int max = s;
        for (int f = 1; f < fields.count(); f++) {
            Fields parts = fields.splitField(f, SECONDARY.charAt(0));
            if (parts.count() != names.size() + 1) {
                throw new IllegalArgumentException("Neighbour '" + fields.text(f) + "' has " + (parts.count() - 1)
                        + " attribute values; the file declares " + names.size() + " (" + names + ").");
            }
            int t = parts.parseInt(0);
            edges.add(s, t);
            for (int a = 0; a < names.size(); a++) {
                parts.addTo(a + 1, values.get(a));
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

        void add(char[] text, int from, int to) {
            if (strings != null) {
                strings.add(new String(text, from, to - from));
            } else {
                if (size == numbers.length) {
                    numbers = java.util.Arrays.copyOf(numbers, numbers.length * 2);
                }
                numbers[size] = PythonText.parseNumber(text, from, to);
            }
            size++;
        }

        Attribute build() {
            return strings != null ? Attribute.strings(strings.toArray(new String[0]))
                    : Attribute.numbers(type, java.util.Arrays.copyOf(numbers, size));
        }
    }

    /**
     * The lines of a text, read in large blocks: each line is a range of the buffer, ended by
     * {@code \n}, {@code \r} or {@code \r\n} as {@link java.io.BufferedReader#readLine()} ends them, so that
     * a line costs no object unless it is a header or is quoted in an error.
     */
    private static final class Lines {
        private final Reader reader;
        private char[] buffer = new char[1 << 20];
        private int start;
        private int end;
        private int position;
        private int limit;
        private int number;
        private boolean ended;
        /** The previous line ended in {@code \r}: a {@code \n} right after it belongs to that ending. */
        private boolean afterReturn;

        Lines(Reader reader) {
            this.reader = reader;
        }

        boolean next() {
            for (;;) {
                if (afterReturn && position < limit) {
                    position += buffer[position] == '\n' ? 1 : 0;
                    afterReturn = false;
                }
                if (!afterReturn) {
                    for (int i = position; i < limit; i++) {
                        char c = buffer[i];
                        if (c == '\n' || c == '\r') {
                            start = position;
                            end = i;
                            position = i + 1;
                            afterReturn = c == '\r';
                            number++;
                            return true;
                        }
                    }
                }
                if (ended) {
                    if (position < limit) {
                        start = position;
                        end = limit;
                        position = limit;
                        number++;
                        return true;
                    }
                    return false;
                }
                fill();
            }
        }

        /** Keeps the unfinished line at the start of the buffer (doubling it when the line fills it) and reads on. */
        private void fill() {
            int remaining = limit - position;
            if (position == 0 && remaining == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            } else {
                System.arraycopy(buffer, position, buffer, 0, remaining);
            }
            position = 0;
            limit = remaining;
            try {
                int read = reader.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    ended = true;
                } else {
                    limit += read;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text() {
            return new String(buffer, start, end - start);
        }
    }

    /** The fields of a line (ranges of its buffer between separators), as {@code String.split} finds them. */
    private static final class Fields {
        private char[] text;
        private java.nio.CharBuffer sequence;
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private int count;
        private Fields parts;

        /** Fields separated by runs of the separator (the line is stripped, so none is empty). */
        void split(char[] line, int from, int to, char separator) {
            if (text != line) {
                text = line;
                sequence = java.nio.CharBuffer.wrap(line);
            }
            count = 0;
            int i = from;
            while (i < to) {
                while (i < to && line[i] == separator) {
                    i++;
                }
                if (i == to) {
                    break;
                }
                int fieldStart = i;
                while (i < to && line[i] != separator) {
                    i++;
                }
                add(fieldStart, i);
            }
        }

        /** The parts of field f between single separators, empty parts kept ({@code split(sep, -1)}). */
        Fields splitField(int f, char separator) {
            if (parts == null) {
                parts = new Fields();
            }
            parts.text = text;
            parts.sequence = sequence;
            parts.count = 0;
            int partStart = starts[f];
            for (int i = starts[f]; i < ends[f]; i++) {
                if (text[i] == separator) {
                    parts.add(partStart, i);
                    partStart = i + 1;
                }
            }
            parts.add(partStart, ends[f]);
            return parts;
        }

        private void add(int from, int to) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            starts[count] = from;
            ends[count++] = to;
        }

        int count() {
            return count;
        }

        boolean contains(int f, char c) {
            for (int i = starts[f]; i < ends[f]; i++) {
                if (text[i] == c) {
                    return true;
                }
            }
            return false;
        }

        String text(int f) {
            return new String(text, starts[f], ends[f] - starts[f]);
        }

        int parseInt(int f) {
            return Integer.parseInt(sequence, starts[f], ends[f], 10);
        }

        void addTo(int f, Column column) {
            column.add(text, starts[f], ends[f]);
        }
    }
}
