package nngt.graph.io;

import java.util.Arrays;

/**
 * One node or edge attribute column with NNGT's type name: {@code double} and {@code int} values are
 * held as doubles, {@code string} values as strings.
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
    private final String[] strings;

    private Attribute(String type, double[] numbers, String[] strings) {
        this.type = type;
        this.numbers = numbers;
        this.strings = strings;
    }

    /**
     * @param values one value per node or edge
     * @return a double attribute holding the array (no copy)
     */
    public static Attribute doubles(double[] values) {
        return new Attribute(DOUBLE, require(values), null);
    }

    /**
     * @param values one value per node or edge; the shortest decimal of each float is kept, so that
     *        text output reads as the float was written
     * @return a double attribute
     */
    public static Attribute floats(float[] values) {
        double[] numbers = new double[require(values).length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = Double.parseDouble(Float.toString(values[i]));
        }
        return new Attribute(DOUBLE, numbers, null);
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
        return new Attribute(INT, numbers, null);
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
        return new Attribute(STRING, null, values);
    }

    static Attribute of(String type, int size) {
        return switch (type) {
            case DOUBLE, INT -> new Attribute(type, new double[size], null);
            case STRING -> new Attribute(type, null, new String[size]);
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
     * @return NNGT's type name: double, int or string
     */
    public String type() {
        return type;
    }

    /**
     * @return number of values
     */
    public int size() {
        return numbers != null ? numbers.length : strings.length;
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
        return numbers[i];
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
        return type.equals(INT) ? Long.toString((long) numbers[i]) : PythonText.number(numbers[i]);
    }

    void parse(int i, String text) {
        if (strings != null) {
            strings[i] = text;
        } else {
            numbers[i] = PythonText.parseNumber(text);
        }
    }

    Attribute truncated(int size) {
        return new Attribute(type, numbers == null ? null : Arrays.copyOf(numbers, size),
                strings == null ? null : Arrays.copyOf(strings, size));
    }

    /**
     * @return the numeric values (no copy), or null for strings
     */
    public double[] numbers() {
        return numbers;
    }

    /**
     * @return the string values (no copy), or null for numbers
     */
    public String[] strings() {
        return strings;
    }
}
