package nngt.catalog.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A compiled constraint of the catalog's small expression language.
 *
 * <pre>
 * constraint := chain ( "when" chain )?
 * chain      := sum ( relop sum )+            relop: &lt; &lt;= &gt; &gt;= == !=
 * sum        := product ( ("+" | "-") product )*
 * product    := unary ( ("*" | "/") unary )*
 * unary      := "-" unary | primary
 * primary    := number | "inf" | name | function "(" name ")" | "(" sum ")"
 * function   := len | min | max | min_step      (of a list parameter)
 * </pre>
 *
 * A chain such as {@code 0 <= U <= 1} holds when every adjacent comparison holds. The part after
 * {@code when} is a guard: the constraint is only checked when the guard holds. A value that is unknown
 * (NaN, e.g. no default and not set, or the minimum of an empty list) makes the constraint not checkable,
 * so it reports nothing: NEST itself only checks values it has.
 */
public final class ConstraintExpression {

    /** The values and units a constraint is evaluated against. */
    public interface Environment {
        /**
         * The value of a scalar name.
         *
         * @param name a parameter name
         * @return its value, NaN when unknown
         */
        double scalar(String name);

        /**
         * The value of a list parameter.
         *
         * @param name a list parameter name
         * @return its elements, null when unknown
         */
        double[] list(String name);

        /**
         * The unit of a name, for messages.
         *
         * @param name a parameter name
         * @return NEST's unit symbol, "" when dimensionless or unknown
         */
        String unit(String name);
    }

    private static final Map<String, ConstraintExpression> CACHE = new ConcurrentHashMap<>();

    private final String text;
    private final List<Expr> operands;
    private final List<String> relations;
    private final ConstraintExpression guard;

    private ConstraintExpression(String text, List<Expr> operands, List<String> relations,
            ConstraintExpression guard) {
        this.text = text;
        this.operands = operands;
        this.relations = relations;
        this.guard = guard;
    }

    /**
     * Parses a constraint, reusing an earlier compilation of the same text.
     *
     * @param text the constraint as written in the data, e.g. {@code "V_reset < V_th"}
     * @return the compiled constraint
     * @throws IllegalArgumentException when text is null or not a constraint of the language; the message
     *                                  names the text, the column and what was expected
     */
    public static ConstraintExpression compile(String text) {
        if (text == null) {
            throw new IllegalArgumentException("constraint text must not be null");
        }
        ConstraintExpression known = CACHE.get(text);
        if (known != null) {
            return known;
        }
        ConstraintExpression parsed = new Parser(text).parseConstraint();
        CACHE.putIfAbsent(text, parsed);
        return parsed;
    }

    /**
     * The scalar names and list names the constraint reads, in order of first appearance, guard included.
     *
     * @return the names; list names appear as themselves
     */
    public List<String> names() {
        Set<String> names = new LinkedHashSet<>();
        collectNames(names, false);
        return List.copyOf(names);
    }

    /**
     * The names the constraint applies a list function to.
     *
     * @return the list names, in order of first appearance
     */
    public List<String> listNames() {
        Set<String> names = new LinkedHashSet<>();
        collectNames(names, true);
        return List.copyOf(names);
    }

    private void collectNames(Set<String> names, boolean listsOnly) {
        for (Expr operand : operands) {
            operand.collect(names, listsOnly);
        }
        if (guard != null) {
            guard.collectNames(names, listsOnly);
        }
    }

    /**
     * The values of the constraint's terms under an environment: scalar names by name, list functions by
     * their call text such as {@code "len(spike_times)"}.
     *
     * @param env the values
     * @return the values in order of appearance; NaN where unknown
     */
    public Map<String, Double> values(Environment env) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Expr operand : operands) {
            operand.collectValues(values, env);
        }
        if (guard != null) {
            values.putAll(guard.values(env));
        }
        return Collections.unmodifiableMap(values);
    }

    /**
     * Evaluates the constraint.
     *
     * @param env the values to check
     * @return a full-sentence message when the constraint is violated; empty when it holds, when its guard
     *         does not hold, or when a value it needs is unknown
     */
    public Optional<String> violation(Environment env) {
        if (guard != null && !guard.holds(env)) {
            return Optional.empty();
        }
        double[] values = new double[operands.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = operands.get(i).eval(env);
            if (Double.isNaN(values[i])) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < relations.size(); i++) {
            if (!compare(values[i], relations.get(i), values[i + 1])) {
                return Optional.of(message(env, values, i));
            }
        }
        return Optional.empty();
    }

    /** True when the chain holds and every value is known; used for guards. */
    private boolean holds(Environment env) {
        double previous = operands.get(0).eval(env);
        for (int i = 0; i < relations.size(); i++) {
            double next = operands.get(i + 1).eval(env);
            if (Double.isNaN(previous) || Double.isNaN(next) || !compare(previous, relations.get(i), next)) {
                return false;
            }
            previous = next;
        }
        return true;
    }

    private static boolean compare(double left, String relation, double right) {
        switch (relation) {
            case "<": return left < right;
            case "<=": return left <= right;
            case ">": return left > right;
            case ">=": return left >= right;
            case "==": return left == right;
            case "!=": return left != right;
            default: throw new IllegalStateException("relation " + relation + " was accepted by the parser");
        }
    }

    private String message(Environment env, double[] values, int failing) {
        StringBuilder sentence = new StringBuilder();
        if (operands.size() == 3 && operands.get(0) instanceof Num && operands.get(2) instanceof Num
                && relations.get(0).startsWith("<") && relations.get(1).startsWith("<")) {
            // a range such as 0 <= U <= 1 reads best as an interval
            Expr subject = operands.get(1);
            sentence.append(subject.describe(env, values[1])).append(" must lie in ")
                    .append(relations.get(0).equals("<=") ? "[" : "(")
                    .append(Numbers.format(values[0])).append(", ").append(Numbers.format(values[2]))
                    .append(relations.get(1).equals("<=") ? "]" : ")");
        } else {
            Expr left = operands.get(failing);
            Expr right = operands.get(failing + 1);
            String relation = relations.get(failing);
            if (left instanceof Num && !(right instanceof Num)) {
                // "0 < x" reads as "x must be above 0"
                Expr swap = left;
                left = right;
                right = swap;
                relation = mirror(relation);
                double swapValue = values[failing];
                values = values.clone();
                values[failing] = values[failing + 1];
                values[failing + 1] = swapValue;
            }
            sentence.append(left.describe(env, values[failing])).append(' ');
            if (right instanceof Num && values[failing + 1] == 0 && relation.equals(">")) {
                sentence.append("must be positive");
            } else if (right instanceof Num && values[failing + 1] == 0 && relation.equals(">=")) {
                sentence.append("must not be negative");
            } else {
                sentence.append(verb(relation)).append(' ');
                if (right instanceof Num) {
                    String unit = left.unit(env);
                    sentence.append(Numbers.format(values[failing + 1])).append(unit.isEmpty() ? "" : " " + unit);
                } else {
                    sentence.append(right.describe(env, values[failing + 1]));
                }
            }
        }
        if (guard != null) {
            sentence.append(" when ").append(guard.text);
        }
        sentence.append('.');
        // list functions start the sentence with "the"; parameter names keep NEST's case
        if (sentence.indexOf("the ") == 0) {
            sentence.setCharAt(0, 'T');
        }
        return sentence.toString();
    }

    private static String mirror(String relation) {
        switch (relation) {
            case "<": return ">";
            case "<=": return ">=";
            case ">": return "<";
            case ">=": return "<=";
            default: return relation;
        }
    }

    private static String verb(String relation) {
        switch (relation) {
            case "<": return "must be below";
            case "<=": return "must be at most";
            case ">": return "must be above";
            case ">=": return "must be at least";
            case "==": return "must equal";
            default: return "must differ from";
        }
    }

    @Override
    public String toString() {
        return text;
    }

    // ----------------------------------------------------------------------------------------------------
    // expression trees

    private interface Expr {
        double eval(Environment env);

        /** Canonical text, with the parentheses that precedence needs. */
        String render();

        int precedence();

        void collect(Set<String> names, boolean listsOnly);

        void collectValues(Map<String, Double> values, Environment env);

        /** How a message names this term and its value. */
        default String describe(Environment env, double value) {
            return render() + " (= " + Numbers.format(value) + ")";
        }

        default String unit(Environment env) {
            return "";
        }
    }

    private record Num(double value, String text) implements Expr {
        public double eval(Environment env) {
            return value;
        }

        public String render() {
            return text;
        }

        public int precedence() {
            return 3;
        }

        public void collect(Set<String> names, boolean listsOnly) {
        }

        public void collectValues(Map<String, Double> values, Environment env) {
        }

        @Override
        public String describe(Environment env, double v) {
            return text;
        }
    }

    private record Ref(String name) implements Expr {
        public double eval(Environment env) {
            return env.scalar(name);
        }

        public String render() {
            return name;
        }

        public int precedence() {
            return 3;
        }

        public void collect(Set<String> names, boolean listsOnly) {
            if (!listsOnly) {
                names.add(name);
            }
        }

        public void collectValues(Map<String, Double> values, Environment env) {
            values.put(name, env.scalar(name));
        }

        @Override
        public String describe(Environment env, double value) {
            String unit = env.unit(name);
            return name + " (" + Numbers.format(value) + (unit.isEmpty() ? "" : " " + unit) + ")";
        }

        @Override
        public String unit(Environment env) {
            return env.unit(name);
        }
    }

    private record Call(String function, String list) implements Expr {
        public double eval(Environment env) {
            double[] elements = env.list(list);
            if (elements == null) {
                return Double.NaN;
            }
            switch (function) {
                case "len":
                    return elements.length;
                case "min":
                    return java.util.Arrays.stream(elements).min().orElse(Double.NaN);
                case "max":
                    return java.util.Arrays.stream(elements).max().orElse(Double.NaN);
                default: {
                    double smallest = Double.NaN;
                    for (int i = 1; i < elements.length; i++) {
                        double step = elements[i] - elements[i - 1];
                        smallest = Double.isNaN(smallest) ? step : Math.min(smallest, step);
                    }
                    return smallest;
                }
            }
        }

        public String render() {
            return function + "(" + list + ")";
        }

        public int precedence() {
            return 3;
        }

        public void collect(Set<String> names, boolean listsOnly) {
            names.add(list);
        }

        public void collectValues(Map<String, Double> values, Environment env) {
            values.put(render(), eval(env));
        }

        @Override
        public String describe(Environment env, double value) {
            String phrase;
            switch (function) {
                case "len": phrase = "the number of " + list; break;
                case "min": phrase = "the smallest of " + list; break;
                case "max": phrase = "the largest of " + list; break;
                default: phrase = "the smallest step between consecutive " + list; break;
            }
            String unit = unit(env);
            return phrase + " (" + Numbers.format(value) + (unit.isEmpty() ? "" : " " + unit) + ")";
        }

        @Override
        public String unit(Environment env) {
            return function.equals("len") ? "" : env.unit(list);
        }
    }

    private record Neg(Expr operand) implements Expr {
        public double eval(Environment env) {
            return -operand.eval(env);
        }

        public String render() {
            return "-" + (operand.precedence() < 3 ? "(" + operand.render() + ")" : operand.render());
        }

        public int precedence() {
            return 3;
        }

        public void collect(Set<String> names, boolean listsOnly) {
            operand.collect(names, listsOnly);
        }

        public void collectValues(Map<String, Double> values, Environment env) {
            operand.collectValues(values, env);
        }
    }

    private record Bin(char operator, Expr left, Expr right) implements Expr {
        public double eval(Environment env) {
            double l = left.eval(env);
            double r = right.eval(env);
            switch (operator) {
                case '+': return l + r;
                case '-': return l - r;
                case '*': return l * r;
                default: return r == 0 ? Double.NaN : l / r;
            }
        }

        public String render() {
            String l = left.precedence() < precedence() ? "(" + left.render() + ")" : left.render();
            // the right operand of - and / needs parentheses at equal precedence too: a - (b - c)
            String r = right.precedence() < precedence()
                    || (right.precedence() == precedence() && (operator == '-' || operator == '/'))
                            ? "(" + right.render() + ")" : right.render();
            return l + " " + operator + " " + r;
        }

        public int precedence() {
            return operator == '+' || operator == '-' ? 1 : 2;
        }

        public void collect(Set<String> names, boolean listsOnly) {
            left.collect(names, listsOnly);
            right.collect(names, listsOnly);
        }

        public void collectValues(Map<String, Double> values, Environment env) {
            left.collectValues(values, env);
            right.collectValues(values, env);
        }
    }

    // ----------------------------------------------------------------------------------------------------
    // parser

    private static final Set<String> FUNCTIONS = Set.of("len", "min", "max", "min_step");

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        ConstraintExpression parseConstraint() {
            int guardAt = findKeyword("when");
            String mainText = guardAt < 0 ? text : text.substring(0, guardAt);
            ConstraintExpression main = parseChain(mainText.strip(), 0, guardAt < 0 ? text.length() : guardAt);
            if (guardAt < 0) {
                return main;
            }
            String guardText = text.substring(guardAt + "when".length()).strip();
            ConstraintExpression guard = parseChain(guardText, guardAt + "when".length(), text.length());
            return new ConstraintExpression(text.strip(), main.operands, main.relations, guard);
        }

        /** Position of a keyword as a whole word, or -1. */
        private int findKeyword(String keyword) {
            int at = text.indexOf(keyword);
            while (at >= 0) {
                boolean startOk = at == 0 || !isNameChar(text.charAt(at - 1));
                int end = at + keyword.length();
                boolean endOk = end == text.length() || !isNameChar(text.charAt(end));
                if (startOk && endOk) {
                    return at;
                }
                at = text.indexOf(keyword, at + 1);
            }
            return -1;
        }

        private ConstraintExpression parseChain(String chainText, int from, int to) {
            pos = from;
            List<Expr> operands = new ArrayList<>();
            List<String> relations = new ArrayList<>();
            operands.add(sum(to));
            while (true) {
                skipSpaces(to);
                String relation = relation(to);
                if (relation == null) {
                    break;
                }
                relations.add(relation);
                operands.add(sum(to));
            }
            skipSpaces(to);
            if (pos < to) {
                throw error("unexpected '" + text.charAt(pos) + "'", "a comparison operator or the end");
            }
            if (relations.isEmpty()) {
                throw error("no comparison", "a comparison such as 'C_m > 0'");
            }
            return new ConstraintExpression(chainText, List.copyOf(operands), List.copyOf(relations), null);
        }

        private String relation(int to) {
            for (String candidate : new String[] {"<=", ">=", "==", "!=", "<", ">"}) {
                if (text.startsWith(candidate, pos) && pos + candidate.length() <= to) {
                    pos += candidate.length();
                    return candidate;
                }
            }
            return null;
        }

        private Expr sum(int to) {
            Expr left = product(to);
            while (true) {
                skipSpaces(to);
                if (pos < to && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                    char operator = text.charAt(pos++);
                    left = new Bin(operator, left, product(to));
                } else {
                    return left;
                }
            }
        }

        private Expr product(int to) {
            Expr left = unary(to);
            while (true) {
                skipSpaces(to);
                if (pos < to && (text.charAt(pos) == '*' || text.charAt(pos) == '/')) {
                    char operator = text.charAt(pos++);
                    left = new Bin(operator, left, unary(to));
                } else {
                    return left;
                }
            }
        }

        private Expr unary(int to) {
            skipSpaces(to);
            if (pos < to && text.charAt(pos) == '-') {
                pos++;
                Expr operand = unary(to);
                if (operand instanceof Num number) {
                    return new Num(-number.value(), "-" + number.text());
                }
                return new Neg(operand);
            }
            return primary(to);
        }

        private Expr primary(int to) {
            skipSpaces(to);
            if (pos >= to) {
                throw error("the expression ends early", "a number, a name or '('");
            }
            char c = text.charAt(pos);
            if (c == '(') {
                pos++;
                Expr inner = sum(to);
                skipSpaces(to);
                expect(')', to);
                return inner;
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < to && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                if (pos < to && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                    pos++;
                    if (pos < to && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
                        pos++;
                    }
                    while (pos < to && Character.isDigit(text.charAt(pos))) {
                        pos++;
                    }
                }
                String number = text.substring(start, pos);
                try {
                    return new Num(Double.parseDouble(number), number);
                } catch (NumberFormatException e) {
                    pos = start;
                    throw error("'" + number + "' is not a number", "a decimal number");
                }
            }
            if (isNameStart(c)) {
                int start = pos;
                while (pos < to && isNameChar(text.charAt(pos))) {
                    pos++;
                }
                String name = text.substring(start, pos);
                if (name.equals("inf")) {
                    return new Num(Double.POSITIVE_INFINITY, "inf");
                }
                skipSpaces(to);
                if (pos < to && text.charAt(pos) == '(') {
                    if (!FUNCTIONS.contains(name)) {
                        pos = start;
                        throw error("unknown function '" + name + "'", "one of " + new java.util.TreeSet<>(FUNCTIONS));
                    }
                    pos++;
                    skipSpaces(to);
                    int argStart = pos;
                    while (pos < to && isNameChar(text.charAt(pos))) {
                        pos++;
                    }
                    if (argStart == pos) {
                        throw error("missing list name", "the name of a list parameter");
                    }
                    String list = text.substring(argStart, pos);
                    skipSpaces(to);
                    expect(')', to);
                    return new Call(name, list);
                }
                return new Ref(name);
            }
            throw error("unexpected '" + c + "'", "a number, a name or '('");
        }

        private void expect(char wanted, int to) {
            if (pos >= to || text.charAt(pos) != wanted) {
                throw error(pos >= to ? "the expression ends early" : "unexpected '" + text.charAt(pos) + "'",
                        "'" + wanted + "'");
            }
            pos++;
        }

        private void skipSpaces(int to) {
            while (pos < to && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private IllegalArgumentException error(String problem, String expected) {
            return new IllegalArgumentException("constraint '" + text + "': " + problem + " at column " + (pos + 1)
                    + "; expected " + expected);
        }

        private static boolean isNameStart(char c) {
            return Character.isLetter(c) || c == '_';
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }
    }
}
