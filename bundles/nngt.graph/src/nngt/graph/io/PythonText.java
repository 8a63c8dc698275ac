package nngt.graph.io;

import java.util.ArrayList;
import java.util.List;

/** Python's text forms, as NNGT writes them: {@code repr} of floats, strings and lists. */
final class PythonText {

    private PythonText() {
    }

    /** Python's {@code repr(float)}: shortest digits, exponent form below 1e-4 and from 1e16. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        return fromJava(Double.toString(value));
    }

    /**
     * Python's {@code repr} of a finite non-zero number from Java's {@code toString} of it
     * ({@code [-]digits.digits} or {@code [-]d.digitsE[-]n}): the same digits, trailing zeros dropped,
     * laid out as Python lays them out.
     */
    static String fromJava(String java) {
        boolean negative = java.charAt(0) == '-';
        int exponentAt = java.indexOf('E');
        int end = exponentAt < 0 ? java.length() : exponentAt;
        StringBuilder digits = new StringBuilder(24);
        int point = 0;
        for (int i = negative ? 1 : 0; i < end; i++) {
            char c = java.charAt(i);
            if (c == '.') {
                point = digits.length();
            } else {
                digits.append(c);
            }
        }
        if (exponentAt >= 0) {
            point += Integer.parseInt(java, exponentAt + 1, java.length(), 10);
        }
        int leading = 0;
        while (digits.charAt(leading) == '0') {
            leading++;
        }
        int trailing = digits.length();
        while (digits.charAt(trailing - 1) == '0') {
            trailing--;
        }
        String significant = digits.substring(leading, trailing);
        point -= leading;
        // the exponent of the first significant digit
        int exponent = point - 1;
        StringBuilder text = new StringBuilder(32).append(negative ? "-" : "");
        if (exponent < -4 || exponent >= 16) {
            text.append(significant.charAt(0));
            if (significant.length() > 1) {
                text.append('.').append(significant, 1, significant.length());
            }
            int magnitude = Math.abs(exponent);
            return text.append('e').append(exponent < 0 ? '-' : '+').append(magnitude < 10 ? "0" : "").append(magnitude)
                    .toString();
        }
        if (point <= 0) {
            text.append("0.").append("0".repeat(-point)).append(significant);
        } else if (point >= significant.length()) {
            text.append(significant).append("0".repeat(point - significant.length())).append(".0");
        } else {
            text.append(significant, 0, point).append('.').append(significant, point, significant.length());
        }
        return text.toString();
    }

    static double parseNumber(String text) {
        return parseNumber(text.toCharArray(), 0, text.length());
    }

    /**
     * A number as NNGT writes it (Python's float text, {@code nan}, {@code inf}, {@code True}...), from a
     * range of characters, blanks around it ignored; the same value as {@link Double#parseDouble}.
     *
     * @throws NumberFormatException when the text is not a number
     */
    static double parseNumber(char[] text, int from, int to) {
        while (from < to && text[from] <= ' ') {
            from++;
        }
        while (to > from && text[to - 1] <= ' ') {
            to--;
        }
        double decimal = plainDecimal(text, from, to);
        if (!Double.isNaN(decimal)) {
            return decimal;
        }
        String t = new String(text, from, to - from);
        switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf":
            case "+inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "true":
                return 1;
            case "false":
                return 0;
            default:
                return Double.parseDouble(t);
        }
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * Clinger's fast path: a decimal {@code [-+]digits[.digits][e[-+]digits]} of at most 15 significant
     * digits and a power of ten up to 22 is an exact double times or over an exact power of ten, so one
     * rounded operation gives the correctly rounded value, as {@link Double#parseDouble} does. NaN for
     * any other text (which the caller then reads the general way).
     */
    private static double plainDecimal(char[] text, int from, int to) {
        int i = from;
        boolean negative = i < to && text[i] == '-';
        if (i < to && (text[i] == '-' || text[i] == '+')) {
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int scale = 0;
        boolean digits = false;
        boolean fraction = false;
        for (; i < to; i++) {
            char c = text[i];
            if (c == '.' && !fraction) {
                fraction = true;
                continue;
            }
            if (c < '0' || c > '9') {
                break;
            }
            digits = true;
            if (mantissa != 0 || c != '0') {
                if (++significant > 15) {
                    return Double.NaN;
                }
            }
            mantissa = mantissa * 10 + (c - '0');
            scale += fraction ? 1 : 0;
        }
        if (!digits) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < to && (text[i] == 'e' || text[i] == 'E')) {
            i++;
            boolean negativeExponent = i < to && text[i] == '-';
            if (i < to && (text[i] == '-' || text[i] == '+')) {
                i++;
            }
            int first = i;
            for (; i < to && text[i] >= '0' && text[i] <= '9' && i - first < 4; i++) {
                exponent = exponent * 10 + (text[i] - '0');
            }
            if (i == first) {
                return Double.NaN;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return Double.NaN;
        }
        int power = exponent - scale;
        double value;
        if (mantissa == 0) {
            value = 0;
        } else if (power >= 0 && power < POWERS_OF_TEN.length) {
            value = mantissa * POWERS_OF_TEN[power];
        } else if (power < 0 && -power < POWERS_OF_TEN.length) {
            value = mantissa / POWERS_OF_TEN[-power];
        } else {
            return Double.NaN;
        }
        return negative ? -value : value;
    }

    /** Python's {@code repr(str)}. */
    static String string(String value) {
        char quote = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder text = new StringBuilder().append(quote);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c == quote) {
                        text.append('\\');
                    }
                    text.append(c);
                }
            }
        }
        return text.append(quote).toString();
    }

    /** Python's {@code repr(list)} of strings. */
    static String stringList(List<String> values) {
        List<String> quoted = new ArrayList<>();
        values.forEach(v -> quoted.add(string(v)));
        return "[" + String.join(", ", quoted) + "]";
    }

    /** Python's {@code repr(list)} of ints. */
    static String intList(int[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return text.append(']').toString();
    }

    /**
     * Splits a sequence of Python literals (quoted strings or bare words) separated by {@code separators};
     * brackets around the whole are removed first.
     */
    static List<String> items(String text, String separators) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        List<String> items = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (separators.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            StringBuilder item = new StringBuilder();
            if (c == '\'' || c == '"') {
                i++;
                while (i < t.length() && t.charAt(i) != c) {
                    char d = t.charAt(i);
                    if (d == '\\' && i + 1 < t.length()) {
                        char e = t.charAt(++i);
                        item.append(switch (e) {
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            case 't' -> '\t';
                            default -> e;
                        });
                    } else {
                        item.append(d);
                    }
                    i++;
                }
                if (i >= t.length()) {
                    throw new IllegalArgumentException("Unterminated string in '" + text + "'.");
                }
                i++;
            } else {
                while (i < t.length() && separators.indexOf(t.charAt(i)) < 0 && !Character.isWhitespace(t.charAt(i))) {
                    item.append(t.charAt(i++));
                }
            }
            items.add(item.toString());
        }
        return items;
    }
}
