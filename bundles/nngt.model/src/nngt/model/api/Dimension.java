package nngt.model.api;

/**
 * Physical dimension of a quantity, with the unit NEST expects for it.
 */
public enum Dimension {
    /** A pure number. */
    DIMENSIONLESS(""),
    /** Time, in ms for NEST. */
    TIME("ms"),
    /** Membrane potential, in mV for NEST. */
    VOLTAGE("mV"),
    /** Current, in pA for NEST. */
    CURRENT("pA"),
    /** Conductance, in nS for NEST. */
    CONDUCTANCE("nS"),
    /** Capacitance, in pF for NEST. */
    CAPACITANCE("pF"),
    /** Rate, in Hz for NEST. */
    FREQUENCY("Hz"),
    /** Length, in micrometres (NNGT's spatial unit). */
    LENGTH("um");

    private final String nestUnit;

    Dimension(String nestUnit) {
        this.nestUnit = nestUnit;
    }

    /**
     * @return the symbol of the unit in which NEST (or NNGT, for lengths) takes this dimension
     */
    public String nestUnit() {
        return nestUnit;
    }
}
