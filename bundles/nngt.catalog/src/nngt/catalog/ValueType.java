package nngt.catalog;

/** The type of value NEST expects for a parameter. */
public enum ValueType {
    /** A floating-point number (NEST {@code double}). */
    REAL,
    /** An integer (NEST {@code long}). */
    INTEGER,
    /** A boolean; the catalog stores its default as 1 (true) or 0 (false). */
    BOOLEAN,
    /** A text value such as a label or a backend name. */
    STRING,
    /** A list of floating-point numbers, such as spike times. */
    REAL_LIST,
    /** A list of integers, such as spike multiplicities. */
    INTEGER_LIST,
    /** A list of names, such as a multimeter's {@code record_from}. */
    STRING_LIST;

    /**
     * Whether values of this type are single numbers that constraints can compare.
     *
     * @return true for REAL, INTEGER and BOOLEAN
     */
    public boolean isScalarNumber() {
        return this == REAL || this == INTEGER || this == BOOLEAN;
    }

    /**
     * Whether values of this type are lists of numbers that the list functions of constraints accept.
     *
     * @return true for REAL_LIST and INTEGER_LIST
     */
    public boolean isNumberList() {
        return this == REAL_LIST || this == INTEGER_LIST;
    }
}
