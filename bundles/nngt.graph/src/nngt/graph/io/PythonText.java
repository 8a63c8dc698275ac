package nngt.graph.io;

import java.math.BigDecimal;
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
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String digits = decimal.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        String sign = value < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
        String plain = decimal.abs().toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }

    static double parseNumber(String text) {
        String t = text.trim();
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
