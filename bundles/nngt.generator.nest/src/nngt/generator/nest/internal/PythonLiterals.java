package nngt.generator.nest.internal;

import java.util.List;

/**
 * The one way a value from the model reaches generated Python: every string goes through
 * {@link #string(String)}, every number through {@link #number(double)}. Nothing from the model is ever
 * pasted into Python source unescaped, so a hostile name cannot become code.
 */
public final class PythonLiterals {

    private PythonLiterals() {
    }

    /**
     * Quotes a string as a Python literal in double quotes. Backslash, quote and every character
     * outside printable ASCII are escaped ({@code \n}, {@code \xNN}, {@code \\uNNNN}), so the literal
     * stays on one line, is pure ASCII and cannot end early.
     *
     * @param value any string
     * @return the Python literal, e.g. {@code "exc"}
     * @throws IllegalArgumentException when value is null
     */
    public static String string(String value) {
        if (value == null) {
            throw new IllegalArgumentException("Argument 'value' is null; a string is required.");
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append(c);
                    } else if (c < 0x100) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Writes a double as a Python float literal that reads back to the same value.
     *
     * @param value any double
     * @return e.g. {@code 250.0}, {@code 1e-05}, {@code float("inf")}
     */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "float(\"nan\")";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "float(\"inf\")" : "-float(\"inf\")";
        }
        return Double.toString(value).replace('E', 'e');
    }

    /**
     * @param values strings
     * @return a Python list of escaped string literals on one line
     */
    public static String stringList(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(string(values.get(i)));
        }
        return out.append(']').toString();
    }

    /**
     * Formats already-escaped items as a Python list, wrapped so that no line exceeds 79 characters.
     *
     * @param items literals (numbers or escaped strings)
     * @param indent the indentation of the line that opens the list
     * @param prefix what precedes the opening bracket on the first line (e.g. {@code "ids": })
     * @return the list, possibly over several lines, without a trailing newline
     */
    public static String wrappedList(List<String> items, String indent, String prefix) {
        String oneLine = indent + prefix + "[" + String.join(", ", items) + "]";
        if (oneLine.length() <= 79) {
            return oneLine;
        }
        StringBuilder out = new StringBuilder(indent).append(prefix).append("[\n");
        String inner = indent + "    ";
        StringBuilder line = new StringBuilder(inner);
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + ",";
            if (line.length() > inner.length() && line.length() + 1 + item.length() > 79) {
                out.append(line).append('\n');
                line = new StringBuilder(inner);
            }
            if (line.length() > inner.length()) {
                line.append(' ');
            }
            line.append(item);
        }
        out.append(line).append('\n').append(indent).append(']');
        return out.toString();
    }

    /**
     * Formats a Python dict from escaped keys' raw names to already-formatted value literals: on one line
     * when it fits in 79 characters, otherwise one entry per line, each followed by its comment if any.
     *
     * @param entries raw key (escaped here) to value literal
     * @param comments raw key to a comment (units), or an empty map
     * @param indent the indentation of the opening line
     * @param prefix what precedes the opening brace on the first line
     * @param suffix what follows the closing brace (e.g. a comma)
     * @return the dict, without a trailing newline
     */
    public static String dict(java.util.Map<String, String> entries, java.util.Map<String, String> comments,
            String indent, String prefix, String suffix) {
        StringBuilder line = new StringBuilder(indent).append(prefix).append('{');
        boolean first = true;
        for (java.util.Map.Entry<String, String> entry : entries.entrySet()) {
            line.append(first ? "" : ", ").append(string(entry.getKey())).append(": ").append(entry.getValue());
            first = false;
        }
        line.append('}').append(suffix);
        if (line.length() <= 79 && comments.isEmpty()) {
            return line.toString();
        }
        StringBuilder out = new StringBuilder(indent).append(prefix).append("{\n");
        for (java.util.Map.Entry<String, String> entry : entries.entrySet()) {
            out.append(indent).append("    ").append(string(entry.getKey())).append(": ").append(entry.getValue())
                    .append(',');
            String comment = comments.get(entry.getKey());
            if (comment != null && !comment.isEmpty()) {
                out.append("  # ").append(comment);
            }
            out.append('\n');
        }
        return out.append(indent).append('}').append(suffix).toString();
    }

    /**
     * Turns a model name into a file-name fragment: letters, digits, '-' and '_' are kept, anything else
     * becomes '_'; the result is never empty and at most 48 characters long.
     *
     * @param name a name from the model
     * @return a safe file-name fragment
     */
    public static String fileFragment(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length() && out.length() < 48; i++) {
            char c = name.charAt(i);
            out.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                    ? c : '_');
        }
        return out.length() == 0 ? "_" : out.toString();
    }
}
