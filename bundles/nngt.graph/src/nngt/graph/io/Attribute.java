package nngt.graph.io;

/**
 * One node or edge attribute column with NNGT's type name: {@code double} and {@code int} values are
 * held as doubles, or as the network's own floats (4 bytes a value, read as the shortest decimal of
 * each float), {@code string} values as strings.
 */
public final class Attribute {

    /** NNGT's type name of floating-point attributes. */
    public static final String DOUBLE = "double";
    /** NNGT's type name of integer attributes. */
    public static final String INT = "int";
    /** NNGT's type name of string attributes. */
    public static final String STRING = "string";

    private final String type;
    private final double[] numbers;
    private final float[] floats;
    private final String[] strings;

    private Attribute(String type, double[] numbers, float[] floats, String[] strings) {
        this.type = type;
        this.numbers = numbers;
        this.floats = floats;
        this.strings = strings;
    }

    /**
     * @param values one value per node or edge
     * @return a double attribute holding the array (no copy)
     */
    public static Attribute doubles(double[] values) {
        return new Attribute(DOUBLE, require(values), null, null);
    }

    /**
     * @param values one value per node or edge; each reads as its float's shortest decimal (so that text
     *        output reads as the float was written)
     * @return a double attribute holding the array (no copy)
     */
    public static Attribute floats(float[] values) {
        return new Attribute(DOUBLE, null, require(values), null);
    }

    /**
     * @param values one integer value per node or edge
     * @return an int attribute
     */
    public static Attribute ints(long[] values) {
        double[] numbers = new double[require(values).length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = values[i];
        }
        return new Attribute(INT, numbers, null, null);
    }

    /**
     * @param values one string per node or edge, none null
     * @return a string attribute holding the array (no copy)
     */
    public static Attribute strings(String[] values) {
        for (int i = 0; i < require(values).length; i++) {
            if (values[i] == null) {
                throw new IllegalArgumentException("Argument 'values' holds null at index " + i + "; strings may be empty but not null.");
            }
        }
        return new Attribute(STRING, null, null, values);
    }

    static Attribute numbers(String type, double[] values) {
        return new Attribute(type, values, null, null);
    }

    static Attribute of(String type, int size) {
        return switch (type) {
            case DOUBLE, INT -> new Attribute(type, new double[size], null, null);
            case STRING -> new Attribute(type, null, null, new String[size]);
            default -> throw new IllegalArgumentException("Attribute type '" + type + "' is not supported; valid types are "
                    + DOUBLE + ", " + INT + " and " + STRING + ".");
        };
    }

    private static <T> T require(T values) {
        if (values == null) {
            throw new IllegalArgumentException("Argument 'values' is null; give one value per node or edge.");
        }
        return values;
    }

    /**
     * @param places for every value its index in the result, a permutation of the indices
     * @return a column of the same type whose value {@code places[i]} is this column's value i
     */
    Attribute scattered(int[] places) {
        if (floats != null) {
            float[] moved = new float[floats.length];
            for (int i = 0; i < moved.length; i++) {
                moved[places[i]] = floats[i];
            }
            return new Attribute(type, null, moved, null);
        }
        if (numbers != null) {
            double[] moved = new double[numbers.length];
            for (int i = 0; i < moved.length; i++) {
                moved[places[i]] = numbers[i];
            }
            return new Attribute(type, moved, null, null);
        }
        String[] moved = new String[strings.length];
        for (int i = 0; i < moved.length; i++) {
            moved[places[i]] = strings[i];
        }
        return new Attribute(type, null, null, moved);
    }

    /**
     * @return NNGT's type name: double, int or string
     */
    public String type() {
        return type;
    }

    /**
     * @return number of values
     */
    public int size() {
        return numbers != null ? numbers.length : floats != null ? floats.length : strings.length;
    }

    /**
     * @return whether the values are strings
     */
    public boolean isString() {
        return strings != null;
    }

    /**
     * @param i index
     * @return value i of a numeric attribute
     */
    public double number(int i) {
        return floats != null ? Double.parseDouble(Float.toString(floats[i])) : numbers[i];
    }

    /**
     * @param i index
     * @return value i of a numeric attribute as a float: the float itself for a float column
     */
    float floatValue(int i) {
        return floats != null ? floats[i] : (float) numbers[i];
    }

    /** A key that equal values share and different values do not: their bits. */
    long bits(int i) {
        return floats != null ? Float.floatToRawIntBits(floats[i]) : Double.doubleToRawLongBits(numbers[i]);
    }

    /**
     * @param i index
     * @return value i of a string attribute
     */
    public String string(int i) {
        return strings[i];
    }

    /**
     * @param i index
     * @return value i as NNGT writes it ({@code str()} of the Python value)
     */
    public String text(int i) {
        if (strings != null) {
            return strings[i];
        }
        if (type.equals(INT)) {
            return Long.toString((long) numbers[i]);
        }
        // a float's shortest decimal is the shortest decimal of the double it reads as (checked for every
        // float on Java 17), so its own digits are laid out directly
        return floats == null ? PythonText.number(numbers[i])
                : Float.isFinite(floats[i]) && floats[i] != 0 ? PythonText.fromJava(Float.toString(floats[i]))
                        : PythonText.number(floats[i]);
    }

    /**
     * @param i index
     * @return value i as Java writes it ({@code toString} of the long or double): the form of GraphML
     *         and GML
     */
    String javaText(int i) {
        if (strings != null) {
            return strings[i];
        }
        if (type.equals(INT)) {
            return Long.toString((long) numbers[i]);
        }
        return floats != null ? Float.toString(floats[i]) : Double.toString(numbers[i]);
    }

    /** Only columns made by {@link #of} are parsed into, and those hold doubles or strings. */
    void parse(int i, String text) {
        if (strings != null) {
            strings[i] = text;
        } else {
            numbers[i] = PythonText.parseNumber(text);
        }
    }

    /**
     * @return the numeric values (no copy; a new array of the shortest decimals for a float column), or
     *         null for strings
     */
    public double[] numbers() {
        if (floats == null) {
            return numbers;
        }
        double[] values = new double[floats.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(i);
        }
        return values;
    }

    /**
     * @return the string values (no copy), or null for numbers
     */
    public String[] strings() {
        return strings;
    }
}
