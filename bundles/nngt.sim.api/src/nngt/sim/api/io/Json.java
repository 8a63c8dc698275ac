package nngt.sim.api.io;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON from maps (fields in insertion order), lists, strings, numbers and booleans, indented by two spaces:
 * the one writer of {@code summary.json}, {@code nngt compare --json}, the command line's other reports and
 * generated parameter files. Reports ({@link #write}) round numbers to six significant digits; files a simulator
 * reads ({@link #writeExact}) keep every digit. A number that is not finite becomes {@code null} (JSON has no NaN).
 */
public final class Json {

    private Json() {
    }

    /**
     * @param value a map, list, string, number, boolean or null
     * @return its JSON text
     */
    public static String write(Object value) {
        StringBuilder text = new StringBuilder();
        write(value, 0, text, false);
        return text.toString();
    }

    /**
     * As {@link #write}, with every number written so that it reads back as the same double (model parameters
     * for a simulator: six digits would change them).
     *
     * @param value a map, list, string, number, boolean or null
     * @return its JSON text
     */
    public static String writeExact(Object value) {
        StringBuilder text = new StringBuilder();
        write(value, 0, text, true);
        return text.toString();
    }

    private static void write(Object value, int depth, StringBuilder text, boolean exact) {
        if (value instanceof Map<?, ?> map) {
            writeEntries(map.entrySet().iterator(), map.isEmpty(), '{', '}', depth, text, true, exact);
        } else if (value instanceof List<?> list) {
            writeEntries(list.iterator(), list.isEmpty(), '[', ']', depth, text, false, exact);
        } else if (value instanceof double[] numbers) {
            writeEntries(java.util.Arrays.stream(numbers).boxed().iterator(), numbers.length == 0, '[', ']', depth,
                    text, false, exact);
        } else if (value instanceof Double number) {
            text.append(Double.isFinite(number) ? format(number, exact) : "null");
        } else if (value instanceof Float number) {
            text.append(Float.isFinite(number) ? format(number.doubleValue(), exact) : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            text.append(value);
        } else if (value == null) {
            text.append("null");
        } else {
            text.append(ResultWriters.quote(value.toString()));
        }
    }

    private static void writeEntries(Iterator<?> entries, boolean empty, char open, char close, int depth,
            StringBuilder text, boolean named, boolean exact) {
        text.append(open);
        if (empty) {
            text.append(close);
            return;
        }
        String indent = "  ".repeat(depth + 1);
        while (entries.hasNext()) {
            Object entry = entries.next();
            text.append('\n').append(indent);
            if (named) {
                Map.Entry<?, ?> field = (Map.Entry<?, ?>) entry;
                text.append(ResultWriters.quote(field.getKey().toString())).append(": ");
                write(field.getValue(), depth + 1, text, exact);
            } else {
                write(entry, depth + 1, text, exact);
            }
            if (entries.hasNext()) {
                text.append(',');
            }
        }
        text.append('\n').append("  ".repeat(depth)).append(close);
    }

    /* Six significant digits, no trailing zeros: rates and times stay readable and stable; or every digit. */
    private static String format(double number, boolean exact) {
        if (exact) {
            return Double.toString(number).replace('E', 'e');
        }
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        String text = String.format(Locale.ROOT, "%.6g", number);
        if (text.contains("e")) {
            return text.replaceAll("\\.?0+e", "e");
        }
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
