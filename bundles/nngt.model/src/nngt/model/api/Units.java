package nngt.model.api;

import nngt.model.NngtFactory;
import nngt.model.Quantity;
import nngt.model.Unit;

/**
 * Units of the language and their conversion to the units NEST uses (ms, mV, pA, nS, pF, Hz) and
 * to micrometres for lengths, as NNGT does.
 */
public final class Units {

    private Units() {
    }

    /**
     * @param unit a unit of the model
     * @return its physical dimension; {@link Dimension#DIMENSIONLESS} for {@link Unit#NONE}
     */
    public static Dimension dimension(Unit unit) {
        return switch (unit) {
            case NONE -> Dimension.DIMENSIONLESS;
            case MILLISECOND, SECOND -> Dimension.TIME;
            case MILLIVOLT -> Dimension.VOLTAGE;
            case PICOAMPERE, NANOAMPERE -> Dimension.CURRENT;
            case NANOSIEMENS, MICROSIEMENS -> Dimension.CONDUCTANCE;
            case PICOFARAD -> Dimension.CAPACITANCE;
            case HERTZ -> Dimension.FREQUENCY;
            case MICROMETRE, MILLIMETRE -> Dimension.LENGTH;
        };
    }

    /**
     * @param unit a unit of the model
     * @return the factor that turns a magnitude in {@code unit} into the NEST unit of its dimension
     */
    public static double factorToNest(Unit unit) {
        return switch (unit) {
            case SECOND -> 1000.0;
            case NANOAMPERE -> 1000.0;
            case MICROSIEMENS -> 1000.0;
            case MILLIMETRE -> 1000.0;
            default -> 1.0;
        };
    }

    /**
     * @param quantity a quantity as written
     * @return its magnitude in the NEST unit of its dimension ({@code 1.5 s} gives 1500)
     * @throws IllegalArgumentException when {@code quantity} is null
     */
    public static double toNest(Quantity quantity) {
        if (quantity == null) {
            throw new IllegalArgumentException("Argument 'quantity' is null; a Quantity is required.");
        }
        return quantity.getMagnitude() * factorToNest(quantity.getUnit());
    }

    /**
     * Creates a quantity.
     *
     * @param magnitude the number, which must be finite
     * @param unit the unit it is written in
     * @return a new, uncontained {@link Quantity}
     * @throws IllegalArgumentException when {@code magnitude} is NaN or infinite, or {@code unit} is null
     */
    public static Quantity quantity(double magnitude, Unit unit) {
        if (!Double.isFinite(magnitude)) {
            throw new IllegalArgumentException(
                    "Argument 'magnitude' is " + magnitude + "; a finite number is required.");
        }
        if (unit == null) {
            throw new IllegalArgumentException(
                    "Argument 'unit' is null; use Unit.NONE for a dimensionless quantity.");
        }
        Quantity quantity = NngtFactory.eINSTANCE.createQuantity();
        quantity.setMagnitude(magnitude);
        quantity.setUnit(unit);
        return quantity;
    }

    /**
     * Creates a dimensionless quantity (or one already in NEST units).
     *
     * @param magnitude the number, which must be finite
     * @return a new {@link Quantity} with {@link Unit#NONE}
     */
    public static Quantity quantity(double magnitude) {
        return quantity(magnitude, Unit.NONE);
    }
}
