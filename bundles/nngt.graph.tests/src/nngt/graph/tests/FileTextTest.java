package nngt.graph.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gml.GmlExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.junit.jupiter.api.Test;

import nngt.graph.GroupRange;
import nngt.graph.analysis.ArrayGraph;
import nngt.graph.io.Attribute;
import nngt.graph.io.GmlWriter;
import nngt.graph.io.GraphData;
import nngt.graph.io.GraphMlWriter;
import nngt.graph.io.NngtFormat;

/**
 * The streaming writers and the block reader against the straightforward ways: numbers laid out as
 * Python's {@code repr} computed with {@link BigDecimal}, numbers read back bit for bit as
 * {@link Double#parseDouble} reads them, and GraphML and GML exactly as jgrapht-io's exporters write
 * them.
 */
class FileTextTest {

    private static final int VALUES = 20_000;

    /** Doubles of every kind: random bits, short decimals, the float grid, and the special values. */
    private static double[] doubles(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[VALUES];
        for (int i = 0; i < VALUES; i++) {
            values[i] = switch (i % 5) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> Math.round(random.nextDouble() * 1e6) / Math.pow(10, random.nextInt(12)) * (random.nextBoolean() ? 1 : -1);
                case 2 -> Math.scalb(random.nextDouble(), random.nextInt(-80, 80));
                case 3 -> (float) (random.nextGaussian() * 20);
                default -> new double[] {0.0, -0.0, 1e-4, 1e-5, 1e16, 9.999999999999999e15, 0.1, 100, Double.NaN,
                    Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE}[random.nextInt(13)];
            };
        }
        return values;
    }

    /** Python's {@code repr(float)} the straightforward way (the former implementation). */
    private static String pythonRepr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        return pythonRepr(Double.toString(value), value < 0);
    }

    /** Python's layout of the digits of Java's text of a number. */
    private static String pythonRepr(String java, boolean negative) {
        BigDecimal decimal = new BigDecimal(java).stripTrailingZeros();
        String digits = decimal.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        String sign = negative ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
        String plain = decimal.abs().toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }

    @Test
    void numbersAreWrittenAsPythonWritesThemAndReadBackBitForBit() {
        double[] values = doubles(3);
        int[] ends = new int[VALUES];
        Map<String, Attribute> columns = new LinkedHashMap<>();
        columns.put("weight", Attribute.doubles(values));
        GraphData data = new GraphData("numbers", 1, ends, ends, columns, Map.of(), null, null, List.of(), null, null);
        StringWriter text = new StringWriter();
        NngtFormat.writeEdgeList(data, text);
        String[] lines = text.toString().substring(text.toString().indexOf("\n0 0 ") + 1).split("\n");
        for (int i = 0; i < VALUES; i++) {
            assertEquals("0 0 " + pythonRepr(values[i]), lines[i]);
        }
        double[] read = NngtFormat.readEdgeList(new StringReader(text.toString())).edgeAttributes().get("weight").numbers();
        for (int i = 0; i < VALUES; i++) {
            assertEquals(Double.doubleToLongBits(values[i]), Double.doubleToLongBits(read[i]), lines[i]);
        }
    }

    @Test
    void decimalsOfEveryFormAreReadAsJavaReadsThem() {
        SplittableRandom random = new SplittableRandom(8);
        StringBuilder text = new StringBuilder("@edge_attributes=['weight']\n");
        String[] forms = new String[VALUES];
        for (int i = 0; i < VALUES; i++) {
            StringBuilder form = new StringBuilder(random.nextInt(4) == 0 ? "-" : random.nextInt(8) == 0 ? "+" : "");
            int digits = 1 + random.nextInt(19);
            int point = random.nextInt(digits + 2);
            for (int d = 0; d < digits; d++) {
                form.append(d == point ? "." : "").append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                form.append(random.nextBoolean() ? 'e' : 'E').append(random.nextBoolean() ? "-" : "").append(random.nextInt(330));
            }
            forms[i] = form.toString();
            text.append("0 0 ").append(forms[i]).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        double[] read = NngtFormat.readEdgeList(new StringReader(text.toString())).edgeAttributes().get("weight").numbers();
        for (int i = 0; i < VALUES; i++) {
            assertEquals(Double.doubleToLongBits(Double.parseDouble(forms[i])), Double.doubleToLongBits(read[i]), forms[i]);
        }
    }

    @Test
    void floatsAreWrittenAsTheirShortestDecimal() {
        SplittableRandom random = new SplittableRandom(5);
        float[] values = new float[VALUES];
        for (int i = 0; i < VALUES; i++) {
            values[i] = i % 2 == 0 ? Float.intBitsToFloat(random.nextInt()) : (float) (Math.round(random.nextGaussian() * 1e4) / 100.0);
        }
        Attribute floats = Attribute.floats(values);
        for (int i = 0; i < VALUES; i++) {
            float f = values[i];
            String expected = Float.isFinite(f) && f != 0 ? pythonRepr(Float.toString(f), f < 0) : pythonRepr(f);
            assertEquals(expected, floats.text(i));
            // the same number as the double that the float's decimal reads as (the former text went through
            // that double, and Java 17 writes some doubles with more digits than they need)
            assertEquals(Double.doubleToLongBits(Double.parseDouble(Float.toString(f))),
                    Double.doubleToLongBits(Double.parseDouble(floats.text(i).replace("inf", "Infinity").replace("nan", "NaN"))));
        }
    }

    /** A graph with every kind of attribute and value that the formats must carry. */
    private static GraphData everything() {
        SplittableRandom random = new SplittableRandom(2);
        int n = 50;
        int m = 400;
        int[] sources = new int[m];
        int[] targets = new int[m];
        double[] weights = new double[m];
        float[] delays = new float[m];
        long[] counts = new long[m];
        String[] labels = new String[m];
        String[] pieces = {"it's", "say \"hi\"", "<&>", "a\tb", "new\nline", "ret\rurn", "é", "\u00ff", "😀", "back\\slash", "", "plain"};
        for (int e = 0; e < m; e++) {
            sources[e] = random.nextInt(n);
            targets[e] = random.nextInt(n);
            weights[e] = e % 7 == 0 ? 1e-7 * random.nextDouble() : e % 11 == 0 ? 3e21 * random.nextDouble() : random.nextGaussian();
            delays[e] = e % 5 == 0 ? 1.5f : (float) (random.nextDouble() * 10);
            counts[e] = random.nextLong() >> random.nextInt(60);
            labels[e] = pieces[random.nextInt(pieces.length)] + pieces[random.nextInt(pieces.length)];
        }
        Map<String, Attribute> edges = new LinkedHashMap<>();
        edges.put("weight", Attribute.doubles(weights));
        edges.put("delay", Attribute.floats(delays));
        edges.put("count", Attribute.ints(counts));
        edges.put("label", Attribute.strings(labels));
        double[] x = new double[n];
        double[] y = new double[n];
        String[] tags = new String[n];
        for (int v = 0; v < n; v++) {
            x[v] = random.nextGaussian() * 1e-6;
            y[v] = random.nextDouble() * 1e9;
            tags[v] = pieces[v % pieces.length];
        }
        Map<String, Attribute> nodes = new LinkedHashMap<>();
        nodes.put("tag", Attribute.strings(tags));
        return new GraphData("all <kinds> & \"quotes\"", n, sources, targets, edges, nodes, x, y,
                List.of(new GroupRange("exc", 0, 40, 1, "iaf_psc_alpha"), new GroupRange("inh", 40, 10, -1, null)), 7L, 0.1,
                List.of("delay"));
    }

    @Test
    void graphMlIsWrittenAsJgraphtWritesIt() {
        for (GraphData data : List.of(everything(), bare())) {
            StringWriter ours = new StringWriter();
            GraphMlWriter.write(data, ours);
            assertEquals(jgraphtGraphMl(data), ours.toString());
        }
    }

    @Test
    void gmlIsWrittenAsJgraphtWritesIt() {
        for (GraphData data : List.of(everything(), bare())) {
            StringWriter ours = new StringWriter();
            GmlWriter.write(data, ours);
            assertEquals(jgraphtGml(data), ours.toString());
        }
    }

    private static GraphData bare() {
        return new GraphData("", 3, new int[] {0, 2}, new int[] {1, 2}, Map.of(), Map.of(), null, null, List.of(), null, null);
    }

    // ---------------------------------------------------------------- jgrapht-io's exporters, as used before

    private interface Registry {
        void register(String name, AttributeCategory category, AttributeType type);
    }

    private static String jgraphtGraphMl(GraphData data) {
        GraphMLExporter<Integer, Integer> exporter = new GraphMLExporter<>(String::valueOf);
        exporter.setEdgeIdProvider(e -> "e" + e);
        exporter.setExportEdgeWeights(false);
        exporter.setEdgeWeightAttributeName("jgrapht_weight");
        Map<String, org.jgrapht.nio.Attribute> graphAttributes = configure(data,
                (name, category, type) -> exporter.registerAttribute(name, category, type), exporter);
        StringWriter text = new StringWriter();
        exporter.exportGraph(new ArrayGraph(data.nodeCount(), data.sources(), data.targets(), null), text);
        StringBuilder values = new StringBuilder();
        int key = 0;
        for (org.jgrapht.nio.Attribute value : graphAttributes.values()) {
            values.append("\n        <data key=\"key").append(key++).append("\">").append(value.getValue().replace("&", "&amp;")
                    .replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")).append("</data>");
        }
        String xml = text.toString();
        int graph = xml.indexOf('>', xml.indexOf("<graph ")) + 1;
        return xml.substring(0, graph) + values + xml.substring(graph);
    }

    private static String jgraphtGml(GraphData data) {
        GmlExporter<Integer, Integer> exporter = new GmlExporter<>(String::valueOf);
        exporter.setParameter(GmlExporter.Parameter.EXPORT_CUSTOM_EDGE_ATTRIBUTES, true);
        exporter.setParameter(GmlExporter.Parameter.EXPORT_CUSTOM_VERTEX_ATTRIBUTES, true);
        exporter.setParameter(GmlExporter.Parameter.ESCAPE_STRINGS_AS_JAVA, true);
        configure(data, (name, category, type) -> { }, exporter);
        StringWriter text = new StringWriter();
        exporter.exportGraph(new ArrayGraph(data.nodeCount(), data.sources(), data.targets(), null), text);
        Matcher numbers = Pattern.compile("(?m)^(\\s+\\w+ )(-?\\d+\\.\\d+E-?\\d+)$").matcher(text.toString());
        StringBuilder gml = new StringBuilder();
        while (numbers.find()) {
            numbers.appendReplacement(gml, numbers.group(1) + new BigDecimal(numbers.group(2)).toPlainString());
        }
        numbers.appendTail(gml);
        return gml.toString();
    }

    private static Map<String, org.jgrapht.nio.Attribute> configure(GraphData data, Registry registry,
            org.jgrapht.nio.BaseExporter<Integer, Integer> exporter) {
        Map<String, org.jgrapht.nio.Attribute> graphAttributes = new LinkedHashMap<>();
        graphAttributes.put("name", DefaultAttribute.createAttribute(data.name()));
        if (data.seed() != null) {
            graphAttributes.put("seed", DefaultAttribute.createAttribute(data.seed()));
        }
        if (data.resolution() != null) {
            graphAttributes.put("resolution", DefaultAttribute.createAttribute(data.resolution()));
        }
        if (!data.groups().isEmpty()) {
            StringBuilder names = new StringBuilder("[");
            StringBuilder sizes = new StringBuilder("[");
            StringBuilder types = new StringBuilder("[");
            StringBuilder models = new StringBuilder("[");
            for (int g = 0; g < data.groups().size(); g++) {
                GroupRange group = data.groups().get(g);
                String separator = g == 0 ? "" : ", ";
                names.append(separator).append('\'').append(group.name()).append('\'');
                sizes.append(separator).append(group.size());
                types.append(separator).append(group.neuronType());
                models.append(separator).append('\'').append(group.neuronModel() == null ? "" : group.neuronModel()).append('\'');
            }
            graphAttributes.put("population_names", DefaultAttribute.createAttribute(names + "]"));
            graphAttributes.put("population_sizes", DefaultAttribute.createAttribute(sizes + "]"));
            graphAttributes.put("population_types", DefaultAttribute.createAttribute(types + "]"));
            graphAttributes.put("population_models", DefaultAttribute.createAttribute(models + "]"));
        }
        if (!data.synapseParameters().isEmpty()) {
            graphAttributes.put(GraphData.SYNAPSE_PARAMETERS,
                    DefaultAttribute.createAttribute("['" + String.join("', '", data.synapseParameters()) + "']"));
        }
        graphAttributes.forEach((key, value) -> registry.register(key, AttributeCategory.GRAPH, value.getType()));
        exporter.setGraphAttributeProvider(() -> graphAttributes);
        Map<String, Attribute> nodeAttributes = new LinkedHashMap<>(data.nodeAttributes());
        if (data.x() != null) {
            nodeAttributes.put("x", Attribute.doubles(data.x()));
            nodeAttributes.put("y", Attribute.doubles(data.y()));
        }
        nodeAttributes.forEach((key, value) -> registry.register(key, AttributeCategory.NODE, type(value)));
        data.edgeAttributes().forEach((key, value) -> registry.register(key, AttributeCategory.EDGE, type(value)));
        exporter.setVertexAttributeProvider(v -> values(nodeAttributes, v));
        exporter.setEdgeAttributeProvider(e -> values(data.edgeAttributes(), e));
        return graphAttributes;
    }

    private static AttributeType type(Attribute attribute) {
        return switch (attribute.type()) {
            case Attribute.STRING -> AttributeType.STRING;
            case Attribute.INT -> AttributeType.LONG;
            default -> AttributeType.DOUBLE;
        };
    }

    private static Map<String, org.jgrapht.nio.Attribute> values(Map<String, Attribute> attributes, int index) {
        Map<String, org.jgrapht.nio.Attribute> values = new LinkedHashMap<>();
        attributes.forEach((key, attribute) -> {
            if (attribute.isString()) {
                values.put(key, DefaultAttribute.createAttribute(attribute.string(index)));
            } else if (attribute.type().equals(Attribute.INT)) {
                values.put(key, DefaultAttribute.createAttribute((long) attribute.number(index)));
            } else {
                values.put(key, DefaultAttribute.createAttribute(attribute.number(index)));
            }
        });
        return values;
    }

    @Test
    void textReadBackIsTheNetworkWritten() {
        GraphData data = everything();
        Map<String, Attribute> numeric = new LinkedHashMap<>(data.edgeAttributes());
        numeric.remove("label");
        GraphData plain = new GraphData(data.name(), data.nodeCount(), data.sources(), data.targets(), numeric, Map.of(),
                data.x(), data.y(), data.groups(), data.seed(), data.resolution(), data.synapseParameters());
        StringWriter text = new StringWriter();
        NngtFormat.writeEdgeList(plain, text);
        GraphData read = NngtFormat.readEdgeList(new StringReader(text.toString()));
        assertArrayEquals(plain.sources(), read.sources());
        assertArrayEquals(plain.targets(), read.targets());
        assertArrayEquals(data.x(), read.x());
        for (String key : numeric.keySet()) {
            for (int e = 0; e < data.sources().length; e++) {
                assertEquals(numeric.get(key).text(e), read.edgeAttributes().get(key).text(e), key + " of " + e);
            }
        }
        assertArrayEquals(plain.toNetwork().delays(), read.toNetwork().delays());
    }
}
