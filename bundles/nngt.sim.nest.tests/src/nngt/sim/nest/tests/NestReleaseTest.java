package nngt.sim.nest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nngt.catalog.NestFamily;
import nngt.sim.nest.NestRelease;

/** NEST's version texts, as nest.__version__ and nest.version() report them, and their families. */
class NestReleaseTest {

    @ParameterizedTest
    @CsvSource({
        "3.6.0, 3.6.0, NEST_3",
        "NEST 2.20.2, 2.20.2, NEST_2_20",
        "nest-2.18.0, 2.18.0, NEST_2_20",
        "3.10.0-rc1, 3.10.0, NEST_3_10",
        "v3.4, 3.4.0, NEST_3",
        "3.stand-in, 3.0.0, NEST_3",
        "4.0, 4.0.0, NEST_3_10"
    })
    void versionTextsGiveNumbersAndFamily(String text, String numbers, NestFamily family) {
        NestRelease release = NestRelease.parse(text).orElseThrow();
        assertEquals(numbers, release.numbers());
        assertEquals(family, release.family());
        assertEquals(text, release.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"master@1a2b3c", "", "unknown"})
    void textsWithoutAVersionNumberGiveNothing(String text) {
        assertTrue(NestRelease.parse(text).isEmpty(), text);
    }
}
