package nngt.catalog;

import nngt.catalog.internal.Numbers;

/**
 * One parameter or state variable of a NEST model, as NEST's status dictionary names it.
 *
 * @param name         the dictionary key, e.g. {@code "C_m"}
 * @param unit         NEST's unit symbol ("mV", "ms", "pA", "nS", "pF", "Hz", "1/s", "deg"), "" when
 *                     dimensionless or not a number, or {@value #TARGET_WEIGHT_UNIT} for synapse values that
 *                     carry the unit of the target neuron's weights (weight, Wmax)
 * @param defaultValue NEST's default as a number (booleans as 1 or 0); NaN when there is none or it is not a
 *                     number (strings, lists, defaults that depend on the resolution)
 * @param description  a one-line meaning for hovers and completion
 * @param state        true for a state variable (V_m, w, U_m...), which may be set or randomized per neuron
 * @param readOnly     true when NEST reports the entry but rejects setting it
 * @param type         the type of value NEST expects
 * @param defaultText  the default as a person reads it ("250", "memory", "[]", "10 × resolution"); "" when none
 */
public record ParameterSpec(String name, String unit, double defaultValue, String description, boolean state,
        boolean readOnly, ValueType type, String defaultText) {

    /** The unit of synapse parameters that have the unit of the target neuron's weights. */
    public static final String TARGET_WEIGHT_UNIT = "weight";

    /**
     * Creates a real-valued parameter whose default text is derived from the default value.
     *
     * @param name         the dictionary key
     * @param unit         NEST's unit symbol, "" when dimensionless
     * @param defaultValue the default, NaN when none
     * @param description  a one-line meaning
     * @param state        whether it is a state variable
     * @param readOnly     whether NEST rejects setting it
     */
    public ParameterSpec(String name, String unit, double defaultValue, String description, boolean state,
            boolean readOnly) {
        this(name, unit, defaultValue, description, state, readOnly, ValueType.REAL,
                Double.isNaN(defaultValue) ? "" : Numbers.format(defaultValue));
    }

    /**
     * Whether the model has a numeric default for this parameter.
     *
     * @return true when {@link #defaultValue()} is not NaN
     */
    public boolean hasNumericDefault() {
        return !Double.isNaN(defaultValue);
    }

    /**
     * Whether this value carries the unit of the target neuron's weights (pA, nS or mV by target model).
     *
     * @return true when {@link #unit()} is {@value #TARGET_WEIGHT_UNIT}
     */
    public boolean hasTargetWeightUnit() {
        return TARGET_WEIGHT_UNIT.equals(unit);
    }

    /**
     * Whether a user may set or randomize this entry per node: a state variable that is not read-only.
     *
     * @return true for settable state variables such as V_m or w
     */
    public boolean isRandomizable() {
        return state && !readOnly && type.isScalarNumber();
    }

    /**
     * The default with its unit, for hovers: "250 pF", "memory", "[]", or "none".
     *
     * @return a short text for the default
     */
    public String defaultWithUnit() {
        if (defaultText.isEmpty()) {
            return "none";
        }
        if (hasNumericDefault() && type != ValueType.BOOLEAN && !unit.isEmpty() && !hasTargetWeightUnit()) {
            return defaultText + " " + unit;
        }
        return defaultText;
    }
}
