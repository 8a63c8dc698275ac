package nngt.generator.nest.internal;

/**
 * JSON string and number literals for model.json.
 */
public final class Json {

    private Json() {
    }

    /**
     * @param value any string
     * @return a JSON string literal, pure ASCII
     */
    public static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }

    /**
     * @param value a finite double
     * @return its JSON form; non-finite values become null, which JSON has no number for
     */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        return Double.toString(value).replace('E', 'e');
    }
}
