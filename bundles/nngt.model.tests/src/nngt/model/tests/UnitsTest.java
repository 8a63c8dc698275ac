package nngt.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nngt.model.Unit;
import nngt.model.api.Dimension;
import nngt.model.api.Units;

class UnitsTest {

    @ParameterizedTest
    @CsvSource({
            "1.5, SECOND, 1500, TIME", "0.1, MILLISECOND, 0.1, TIME", "0.2, NANOAMPERE, 200, CURRENT",
            "155, PICOAMPERE, 155, CURRENT", "0.01, MICROSIEMENS, 10, CONDUCTANCE", "1, NANOSIEMENS, 1, CONDUCTANCE",
            "2, MILLIMETRE, 2000, LENGTH", "250, PICOFARAD, 250, CAPACITANCE", "-65, MILLIVOLT, -65, VOLTAGE",
            "8, HERTZ, 8, FREQUENCY", "0.6, NONE, 0.6, DIMENSIONLESS" })
    void quantitiesConvertToNestUnits(double magnitude, Unit unit, double nestValue, Dimension dimension) {
        assertEquals(nestValue, Units.toNest(Units.quantity(magnitude, unit)), 1e-12);
        assertEquals(dimension, Units.dimension(unit));
    }

    @Test
    void everyUnitHasADimension() {
        for (Unit unit : Unit.VALUES) {
            Units.dimension(unit);
        }
        assertEquals("mV", Units.dimension(Unit.MILLIVOLT).nestUnit());
        assertEquals("um", Units.dimension(Unit.MILLIMETRE).nestUnit());
    }

    @Test
    void nonFiniteMagnitudesAreRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Units.quantity(Double.NaN, Unit.MILLIVOLT));
        assertEquals("Argument 'magnitude' is NaN; a finite number is required.", error.getMessage());
    }
}
