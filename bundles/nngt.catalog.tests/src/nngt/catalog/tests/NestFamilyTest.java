package nngt.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nngt.catalog.NestFamily;

/** NEST versions map to the three families the catalog distinguishes. */
class NestFamilyTest {

    @Test
    void labels() {
        assertEquals("2.20", NestFamily.NEST_2_20.label());
        assertEquals("3.0-3.9", NestFamily.NEST_3.label());
        assertEquals("3.10+", NestFamily.NEST_3_10.label());
        assertEquals(Optional.of(NestFamily.NEST_3), NestFamily.fromLabel("3.0-3.9"));
        assertEquals(Optional.empty(), NestFamily.fromLabel("3"));
    }

    @ParameterizedTest
    @CsvSource({"2.20, NEST_2_20", "2.20.2, NEST_2_20", "3, NEST_3", "3.0, NEST_3", "3.3, NEST_3", "3.9.1, NEST_3",
        "3.10, NEST_3_10", "3.10.0, NEST_3_10", "3.11, NEST_3_10", "4.0, NEST_3_10"})
    void versionsMapToFamilies(String version, NestFamily family) {
        assertEquals(family, NestFamily.ofVersion(version));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.18", "1.0", "three", "3.", ""})
    void unsupportedVersionsAreRejectedWithTheValue(String version) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NestFamily.ofVersion(version));
        assertTrue(error.getMessage().contains("'" + version + "'"), error.getMessage());
    }
}
