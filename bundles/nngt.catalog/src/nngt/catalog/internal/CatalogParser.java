package nngt.catalog.internal;

import java.io.BufferedReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nngt.catalog.CatalogFormatException;
import nngt.catalog.Constraint;
import nngt.catalog.KernelFacts;
import nngt.catalog.ModelKind;
import nngt.catalog.ModelSpec;
import nngt.catalog.NestFamily;
import nngt.catalog.ParameterSpec;
import nngt.catalog.ValueType;

/**
 * Reads the catalog's line-oriented data format. One parser reads several sources in order; a {@code group}
 * defined in an earlier source may be included by a later one.
 *
 * <pre>
 * # comment (whole lines only)
 * group NAME                      reusable entries, e.g. the parameters every stimulation device has
 *   ENTRY...
 * end
 * neuron|synapse|device NAME      one model
 *   families 2.20 3.0-3.9 3.10+   required: the families that contain the model
 *   doc TEXT                      required: one-line meaning
 *   weight pA|nS|mV|none          neurons only, required: unit of incoming weights
 *   param    NAME TYPE UNIT DEFAULT TEXT      a parameter
 *   state    NAME TYPE UNIT DEFAULT TEXT      a state variable (V_m, w ...)
 *   readonly NAME TYPE UNIT DEFAULT TEXT      an entry NEST reports but does not let one set
 *   recordables NAME...           what a multimeter may record
 *   constraint EXPRESSION | EXPLANATION
 *   include GROUP
 * end
 * kernel
 *   KEY VALUE                     default_resolution, max_delay_steps, spike_recorder_model, ...
 * end
 * </pre>
 *
 * Any entry may start with a family qualifier such as {@code {2.20}} or {@code {3.0-3.9,3.10+}}: it then only
 * applies to those families. TYPE is one of real, int, bool, string, reals, ints, strings. UNIT is one of
 * {@value #UNITS_TEXT}, where {@code 1} means dimensionless. DEFAULT is a number, {@code inf}, {@code -inf},
 * {@code DBL_MAX}, {@code -DBL_MAX}, {@code true}/{@code false}, a list such as {@code []}, a word, a quoted text
 * ({@code "10 × resolution"}: a default that is not a fixed number), or {@code -} for none.
 */
public final class CatalogParser {

    private static final String UNITS_TEXT = "mV, ms, pA, nS, pF, Hz, 1/s, deg, weight, 1";
    private static final Set<String> UNITS = Set.of("mV", "ms", "pA", "nS", "pF", "Hz", "1/s", "deg", "weight", "1");
    private static final Set<String> WEIGHT_UNITS = Set.of("pA", "nS", "mV", "none");
    private static final Map<String, ValueType> TYPES = Map.of("real", ValueType.REAL, "int", ValueType.INTEGER,
            "bool", ValueType.BOOLEAN, "string", ValueType.STRING, "reals", ValueType.REAL_LIST, "ints",
            ValueType.INTEGER_LIST, "strings", ValueType.STRING_LIST);
    private static final List<String> KERNEL_KEYS = List.of("default_resolution", "max_delay_steps",
            "spike_recorder_model", "synapse_model_key", "seed_key", "min_seed", "max_seed", "time_key",
            "tics_per_ms", "max_threads", "max_synapse_models", "default_threads", "noise_dt_steps");
    private static final List<String> KERNEL_WHOLE_NUMBERS = List.of("max_delay_steps", "min_seed", "max_seed",
            "tics_per_ms", "max_threads", "max_synapse_models", "default_threads", "noise_dt_steps");
    /** Compiled once: the catalog is read at start-up, where regex compilation would dominate. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Names that constraints may read without the model declaring them. */
    private static final Set<String> KERNEL_VARIABLES = Set.of("resolution");

    /**
     * One data line, with the families it applies to; {@code explicitlyQualified} marks a line of the model itself
     * that names its families, which must then be families of the model.
     */
    private record Entry(String source, int line, Set<NestFamily> families, String directive, String rest,
            boolean explicitlyQualified) {
    }

    private final Map<String, List<Entry>> groups = new HashMap<>();
    /** Where each model was defined, to report a second definition at its own line. */
    private final Map<String, String> modelDefinedAt = new HashMap<>();
    private final List<ModelSpec> models = new ArrayList<>();
    private final Map<NestFamily, Map<String, String>> kernel = new EnumMap<>(NestFamily.class);
    private boolean kernelSeen;

    /**
     * Reads one source and adds its models, groups and kernel facts.
     *
     * @param source a name for messages, e.g. the resource file name
     * @param reader the text
     * @throws CatalogFormatException when a line is malformed; the message names the source and line
     * @throws UncheckedIOException   when reading fails
     */
    public void parse(String source, BufferedReader reader) {
        List<String> lines;
        try {
            lines = reader.lines().collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read catalog source " + source, e.getCause());
        }
        String blockKind = null;
        String blockName = null;
        int blockLine = 0;
        List<Entry> block = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Set<NestFamily> families = EnumSet.allOf(NestFamily.class);
            boolean qualified = false;
            if (line.startsWith("{")) {
                int close = line.indexOf('}');
                if (close < 0) {
                    throw new CatalogFormatException(source, lineNo, "family qualifier '" + line
                            + "' has no closing '}'; write e.g. {2.20} or {3.0-3.9,3.10+}");
                }
                families = parseFamilies(source, lineNo, line.substring(1, close).split(","));
                qualified = true;
                line = line.substring(close + 1).strip();
            }
            String[] split = WHITESPACE.split(line, 2);
            String directive = split[0];
            String rest = split.length > 1 ? split[1].strip() : "";
            if (block == null) {
                if (qualified) {
                    throw new CatalogFormatException(source, lineNo,
                            "a family qualifier is only allowed on entries inside a block, not on '" + directive + "'");
                }
                switch (directive) {
                    case "group":
                    case "neuron":
                    case "synapse":
                    case "device":
                        if (!NAME.matcher(rest).matches()) {
                            throw new CatalogFormatException(source, lineNo, directive + " needs one name made of"
                                    + " letters, digits and '_', but got '" + rest + "'");
                        }
                        blockName = rest;
                        break;
                    case "kernel":
                        if (!rest.isEmpty()) {
                            throw new CatalogFormatException(source, lineNo,
                                    "kernel takes no name, but got '" + rest + "'");
                        }
                        break;
                    default:
                        throw new CatalogFormatException(source, lineNo, "unknown block '" + directive
                                + "'; expected group, neuron, synapse, device or kernel");
                }
                blockKind = directive;
                blockLine = lineNo;
                block = new ArrayList<>();
                continue;
            }
            if (directive.equals("end")) {
                if (qualified || !rest.isEmpty()) {
                    throw new CatalogFormatException(source, lineNo, "'end' stands alone on its line, but got '"
                            + lines.get(i).strip() + "'");
                }
                closeBlock(source, blockLine, blockKind, blockName, block);
                block = null;
                continue;
            }
            if (directive.equals("include")) {
                List<Entry> group = groups.get(rest);
                if (group == null) {
                    throw new CatalogFormatException(source, lineNo, "include names unknown group '" + rest
                            + "'; groups must be defined before use, known: "
                            + groups.keySet().stream().sorted().toList());
                }
                for (Entry entry : group) {
                    Set<NestFamily> both = EnumSet.copyOf(entry.families());
                    both.retainAll(families);
                    if (!both.isEmpty()) {
                        block.add(new Entry(entry.source(), entry.line(), both, entry.directive(), entry.rest(),
                                false));
                    }
                }
                continue;
            }
            block.add(new Entry(source, lineNo, families, directive, rest, qualified && !blockKind.equals("group")));
        }
        if (block != null) {
            throw new CatalogFormatException(source, blockLine, blockKind + (blockName == null ? "" : " " + blockName)
                    + " is not closed: add a line 'end'");
        }
    }

    private static Set<NestFamily> parseFamilies(String source, int line, String[] labels) {
        Set<NestFamily> families = EnumSet.noneOf(NestFamily.class);
        for (String label : labels) {
            NestFamily family = NestFamily.fromLabel(label.strip()).orElseThrow(() -> new CatalogFormatException(
                    source, line, "unknown NEST family '" + label.strip() + "'; valid: " + familyLabels()));
            families.add(family);
        }
        return families;
    }

    private static String familyLabels() {
        return Arrays.stream(NestFamily.values()).map(NestFamily::label).collect(Collectors.joining(", "));
    }

    private void closeBlock(String source, int line, String blockKind, String name, List<Entry> block) {
        switch (blockKind) {
            case "group":
                if (groups.containsKey(name)) {
                    throw new CatalogFormatException(source, line, "group '" + name + "' is defined twice");
                }
                groups.put(name, List.copyOf(block));
                break;
            case "kernel":
                readKernel(source, line, block);
                break;
            default:
                readModel(source, line, ModelKind.valueOf(blockKind.toUpperCase(Locale.ROOT)), name, block);
        }
    }

    private void readKernel(String source, int line, List<Entry> block) {
        if (kernelSeen) {
            throw new CatalogFormatException(source, line, "a second kernel block; the catalog has exactly one");
        }
        kernelSeen = true;
        for (NestFamily family : NestFamily.values()) {
            kernel.put(family, new HashMap<>());
        }
        for (Entry entry : block) {
            if (!KERNEL_KEYS.contains(entry.directive())) {
                throw new CatalogFormatException(entry.source(), entry.line(), "unknown kernel key '"
                        + entry.directive() + "'; valid: " + KERNEL_KEYS);
            }
            if (entry.rest().isEmpty() || entry.rest().contains(" ")) {
                throw new CatalogFormatException(entry.source(), entry.line(), "kernel key '" + entry.directive()
                        + "' needs one value without spaces, but got '" + entry.rest() + "'");
            }
            for (NestFamily family : entry.families()) {
                if (kernel.get(family).put(entry.directive(), entry.rest()) != null) {
                    throw new CatalogFormatException(entry.source(), entry.line(), "kernel key '" + entry.directive()
                            + "' is given twice for NEST " + family.label());
                }
            }
        }
        for (NestFamily family : NestFamily.values()) {
            for (String key : KERNEL_KEYS) {
                if (!kernel.get(family).containsKey(key)) {
                    throw new CatalogFormatException(source, line, "kernel block lacks '" + key + "' for NEST "
                            + family.label());
                }
            }
            String numberKey = null;
            try {
                numberKey = "default_resolution";
                Double.parseDouble(kernel.get(family).get(numberKey));
                for (String key : KERNEL_WHOLE_NUMBERS) {
                    numberKey = key;
                    Long.parseLong(kernel.get(family).get(key));
                }
            } catch (NumberFormatException e) {
                throw new CatalogFormatException(source, line, "kernel key '" + numberKey + "' for NEST "
                        + family.label() + " must be a number, but is '" + kernel.get(family).get(numberKey) + "'");
            }
        }
    }

    private void readModel(String source, int line, ModelKind kind, String name, List<Entry> block) {
        Set<NestFamily> modelFamilies = null;
        String doc = null;
        String weight = null;
        for (Entry entry : block) {
            switch (entry.directive()) {
                case "families":
                    if (modelFamilies != null) {
                        throw new CatalogFormatException(entry.source(), entry.line(),
                                "families is given twice for " + name);
                    }
                    if (entry.rest().isEmpty()) {
                        throw new CatalogFormatException(entry.source(), entry.line(), "families needs at least one of "
                                + familyLabels());
                    }
                    modelFamilies = parseFamilies(entry.source(), entry.line(), WHITESPACE.split(entry.rest()));
                    break;
                case "doc":
                    doc = entry.rest();
                    break;
                case "weight":
                    if (kind != ModelKind.NEURON) {
                        throw new CatalogFormatException(entry.source(), entry.line(), "only neurons have a weight"
                                + " unit, but " + name + " is a " + kind.name().toLowerCase(Locale.ROOT));
                    }
                    if (!WEIGHT_UNITS.contains(entry.rest())) {
                        throw new CatalogFormatException(entry.source(), entry.line(), "weight unit '" + entry.rest()
                                + "' is not one of " + new java.util.TreeSet<>(WEIGHT_UNITS));
                    }
                    weight = entry.rest();
                    break;
                default:
                    break;
            }
        }
        if (modelFamilies == null) {
            throw new CatalogFormatException(source, line, name + " lacks a 'families' line naming the NEST"
                    + " families that contain it (" + familyLabels() + ")");
        }
        for (NestFamily family : modelFamilies) {
            String earlier = modelDefinedAt.putIfAbsent(name + " " + family.label(), source + ":" + line);
            if (earlier != null) {
                throw new CatalogFormatException(source, line, name + " is already defined for NEST " + family.label()
                        + " at " + earlier);
            }
        }
        if (doc == null || doc.isEmpty()) {
            throw new CatalogFormatException(source, line, name + " lacks a 'doc' line with its one-line meaning");
        }
        if (kind == ModelKind.NEURON && weight == null) {
            throw new CatalogFormatException(source, line, "neuron " + name
                    + " lacks a 'weight' line (pA, nS, mV, or none when it ignores weights)");
        }
        for (Entry entry : block) {
            if (entry.explicitlyQualified() && !modelFamilies.containsAll(entry.families())) {
                throw new CatalogFormatException(entry.source(), entry.line(), "entry is qualified for a NEST family"
                        + " that " + name + " is not part of; " + name + " exists in " + labels(modelFamilies));
            }
        }
        // a parameter line means the same in every family: parse it once
        Map<Entry, ParameterSpec> parsed = new IdentityHashMap<>();
        for (NestFamily family : modelFamilies) {
            models.add(buildModel(kind, name, family, doc, "none".equals(weight) ? null : weight, block, parsed));
        }
    }

    private static String labels(Set<NestFamily> families) {
        return families.stream().map(NestFamily::label).collect(Collectors.joining(", "));
    }

    private static ModelSpec buildModel(ModelKind kind, String name, NestFamily family, String doc, String weight,
            List<Entry> block, Map<Entry, ParameterSpec> parsed) {
        Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
        List<String> recordables = new ArrayList<>();
        List<Entry> constraintEntries = new ArrayList<>();
        for (Entry entry : block) {
            if (!entry.families().contains(family)) {
                continue;
            }
            switch (entry.directive()) {
                case "families":
                case "doc":
                case "weight":
                    break;
                case "param":
                case "state":
                case "readonly": {
                    ParameterSpec parameter = parsed.computeIfAbsent(entry, CatalogParser::parseParameter);
                    if (parameters.put(parameter.name(), parameter) != null) {
                        throw new CatalogFormatException(entry.source(), entry.line(), "parameter '" + parameter.name()
                                + "' of " + name + " is declared twice for NEST " + family.label());
                    }
                    break;
                }
                case "recordables":
                    for (String recordable : WHITESPACE.split(entry.rest())) {
                        if (recordable.isEmpty() || recordables.contains(recordable)) {
                            throw new CatalogFormatException(entry.source(), entry.line(), "recordable '" + recordable
                                    + "' of " + name + " is empty or listed twice for NEST " + family.label());
                        }
                        recordables.add(recordable);
                    }
                    break;
                case "constraint":
                    constraintEntries.add(entry);
                    break;
                default:
                    throw new CatalogFormatException(entry.source(), entry.line(), "unknown entry '" + entry.directive()
                            + "'; expected families, doc, weight, param, state, readonly, recordables, constraint,"
                            + " include or end");
            }
        }
        List<Constraint> constraints = new ArrayList<>();
        for (Entry entry : constraintEntries) {
            constraints.add(parseConstraint(entry, name, family, parameters));
        }
        return new ModelSpec(name, kind, doc, weight, parameters, recordables, constraints, family);
    }

    private static Constraint parseConstraint(Entry entry, String model, NestFamily family,
            Map<String, ParameterSpec> parameters) {
        int bar = entry.rest().indexOf('|');
        if (bar < 0) {
            throw new CatalogFormatException(entry.source(), entry.line(),
                    "constraint needs 'EXPRESSION | EXPLANATION', but has no '|': '" + entry.rest() + "'");
        }
        String text = entry.rest().substring(0, bar).strip();
        String explanation = entry.rest().substring(bar + 1).strip();
        if (explanation.isEmpty()) {
            throw new CatalogFormatException(entry.source(), entry.line(), "constraint '" + text
                    + "' lacks an explanation after '|'");
        }
        ConstraintExpression expression;
        try {
            expression = ConstraintExpression.compile(text);
        } catch (IllegalArgumentException e) {
            throw new CatalogFormatException(entry.source(), entry.line(), e.getMessage());
        }
        List<String> lists = expression.listNames();
        for (String used : expression.names()) {
            ParameterSpec parameter = parameters.get(used);
            boolean wantsList = lists.contains(used);
            boolean fits = parameter == null ? !wantsList && KERNEL_VARIABLES.contains(used)
                    : wantsList ? parameter.type().isNumberList() : parameter.type().isScalarNumber();
            if (!fits) {
                throw new CatalogFormatException(entry.source(), entry.line(), "constraint '" + text + "' reads '"
                        + used + "', which " + model + " in NEST " + family.label() + " has not as a "
                        + (wantsList ? "list of numbers" : "number") + " parameter");
            }
        }
        return new Constraint(expression.toString(), expression.names(), explanation);
    }

    private static ParameterSpec parseParameter(Entry entry) {
        Tokens tokens = new Tokens(entry);
        String name = tokens.next("a parameter name");
        if (!NAME.matcher(name).matches()) {
            throw tokens.error("parameter name '" + name + "' must be letters, digits and '_'");
        }
        String typeWord = tokens.next("a type");
        ValueType type = TYPES.get(typeWord);
        if (type == null) {
            throw tokens.error("unknown type '" + typeWord + "'; valid: " + new java.util.TreeSet<>(TYPES.keySet()));
        }
        String unit = tokens.next("a unit");
        if (!UNITS.contains(unit)) {
            throw tokens.error("unknown unit '" + unit + "'; valid: " + UNITS_TEXT + " (1 = dimensionless)");
        }
        boolean numeric = type == ValueType.REAL || type == ValueType.INTEGER || type.isNumberList();
        if (!numeric && !unit.equals("1")) {
            throw tokens.error("a " + typeWord + " parameter has no unit: write 1, not '" + unit + "'");
        }
        String defaultToken = tokens.next("a default");
        boolean quoted = tokens.lastWasQuoted();
        String description = tokens.rest();
        if (description.isEmpty()) {
            throw tokens.error("parameter '" + name + "' lacks a one-line description after its default");
        }
        double value = Double.NaN;
        String text = defaultToken;
        if (quoted || defaultToken.equals("-")) {
            text = defaultToken.equals("-") && !quoted ? "" : defaultToken;
        } else {
            value = parseDefault(tokens, type, defaultToken);
            if (!Double.isNaN(value) && type != ValueType.BOOLEAN) {
                text = Numbers.format(value);
            }
        }
        return new ParameterSpec(name, unit.equals("1") ? "" : unit, value, description,
                entry.directive().equals("state"), entry.directive().equals("readonly"), type, text);
    }

    private static double parseDefault(Tokens tokens, ValueType type, String token) {
        switch (type) {
            case BOOLEAN:
                if (token.equals("true") || token.equals("false")) {
                    return token.equals("true") ? 1 : 0;
                }
                throw tokens.error("a bool default must be true or false, but is '" + token + "'");
            case REAL:
            case INTEGER:
                double value;
                switch (token) {
                    case "inf": value = Double.POSITIVE_INFINITY; break;
                    case "-inf": value = Double.NEGATIVE_INFINITY; break;
                    case "DBL_MAX": value = Double.MAX_VALUE; break;
                    case "-DBL_MAX": value = -Double.MAX_VALUE; break;
                    default:
                        try {
                            value = Double.parseDouble(token);
                        } catch (NumberFormatException e) {
                            throw tokens.error("default '" + token + "' is not a number; write a number, inf, -inf,"
                                    + " DBL_MAX, -DBL_MAX, a quoted text or -");
                        }
                }
                if (type == ValueType.INTEGER && value != Math.rint(value)) {
                    throw tokens.error("an int default must be a whole number, but is '" + token + "'");
                }
                return value;
            case REAL_LIST:
            case INTEGER_LIST:
            case STRING_LIST:
                if (!token.startsWith("[") || !token.endsWith("]")) {
                    throw tokens.error("a list default must be written [] or [a,b], but is '" + token + "'");
                }
                return Double.NaN;
            default:
                return Double.NaN;
        }
    }

    /** Splits an entry's text into whitespace-separated tokens; a token may be a "quoted text". */
    private static final class Tokens {
        private final Entry entry;
        private final String text;
        private int pos;
        private boolean quoted;

        Tokens(Entry entry) {
            this.entry = entry;
            this.text = entry.rest();
        }

        String next(String what) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                throw error(entry.directive() + " needs NAME TYPE UNIT DEFAULT DESCRIPTION, but " + what
                        + " is missing");
            }
            quoted = text.charAt(pos) == '"';
            if (quoted) {
                int close = text.indexOf('"', pos + 1);
                if (close < 0) {
                    throw error("a quoted text is not closed: add '\"'");
                }
                String token = text.substring(pos + 1, close);
                pos = close + 1;
                return token;
            }
            int start = pos;
            while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos);
        }

        boolean lastWasQuoted() {
            return quoted;
        }

        String rest() {
            return text.substring(pos).strip();
        }

        CatalogFormatException error(String problem) {
            return new CatalogFormatException(entry.source(), entry.line(), problem);
        }
    }

    /**
     * The models read so far, one per model and family.
     *
     * @return the models in reading order
     */
    public List<ModelSpec> models() {
        return List.copyOf(models);
    }

    /**
     * The kernel facts read, per family.
     *
     * @return the facts; empty when no source had a kernel block
     */
    public Map<NestFamily, KernelFacts> kernelFacts() {
        Map<NestFamily, KernelFacts> facts = new EnumMap<>(NestFamily.class);
        if (!kernelSeen) {
            return facts;
        }
        for (NestFamily family : NestFamily.values()) {
            Map<String, String> values = kernel.get(family);
            facts.put(family, new KernelFacts(family, Double.parseDouble(values.get("default_resolution")),
                    Long.parseLong(values.get("max_delay_steps")), values.get("spike_recorder_model"),
                    values.get("synapse_model_key"), values.get("seed_key"), Long.parseLong(values.get("min_seed")),
                    Long.parseLong(values.get("max_seed")), values.get("time_key"),
                    Long.parseLong(values.get("tics_per_ms")), Long.parseLong(values.get("max_threads")),
                    Long.parseLong(values.get("max_synapse_models")), Integer.parseInt(values.get("default_threads")),
                    Integer.parseInt(values.get("noise_dt_steps"))));
        }
        return facts;
    }
}
