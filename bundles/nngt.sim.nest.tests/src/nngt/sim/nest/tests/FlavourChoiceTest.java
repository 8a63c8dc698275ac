package nngt.sim.nest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nngt.catalog.NestFamily;
import nngt.generator.nest.NestGeneratorOptions.Flavour;
import nngt.sim.nest.NestRelease;
import nngt.sim.nest.NestSimulator;

/**
 * The project flavour follows the plan's NEST family (the model's nest line) when it is 2.20 or 3.10, and the
 * installed NEST when the model says {@code nest 3} or nothing (the language's default is NEST 3: the two give the
 * same plan).
 */
class FlavourChoiceTest {

    private static NestRelease release(String text) {
        return NestRelease.parse(text).orElseThrow();
    }

    private static NestFamily model(String nestLine) {
        return StandIn.dcModel(nestLine).request().family();
    }

    @Test
    void aModelWithoutNestLineOrWithNest3TakesTheInstalledApi() {
        for (String line : new String[] {"", "nest 3"}) {
            assertEquals(Flavour.NEST_2_20, NestSimulator.flavourFor(model(line), release("NEST 2.20.2")));
            assertEquals(Flavour.NEST_3, NestSimulator.flavourFor(model(line), release("3.6.0")));
            // the NEST 3 flavour adapts to 3.10 at run time
            assertEquals(Flavour.NEST_3, NestSimulator.flavourFor(model(line), release("3.10.0")));
        }
    }

    @Test
    void aModelThatNamesAFittingNestKeepsItsLine() {
        assertEquals(Flavour.FROM_MODEL, NestSimulator.flavourFor(model("nest 2.20"), release("NEST 2.20.2")));
        assertEquals(Flavour.FROM_MODEL, NestSimulator.flavourFor(model("nest 3.10"), release("3.10.1")));
    }

    @Test
    void aContradictionNamesTheModelsLineAndTheInstalledNest() {
        IllegalArgumentException twoOnThree = assertThrows(IllegalArgumentException.class,
                () -> NestSimulator.flavourFor(model("nest 2.20"), release("3.6.0")));
        assertEquals("model: the model declares 'nest 2.20' but the installed NEST is 3.6.0 (3.0-3.9); run it"
                + " with a NEST of that family or change the model's nest line", twoOnThree.getMessage());
        IllegalArgumentException tenOnTwo = assertThrows(IllegalArgumentException.class,
                () -> NestSimulator.flavourFor(model("nest 3.10"), release("NEST 2.20.2")));
        assertTrue(tenOnTwo.getMessage().contains("declares 'nest 3.10' but the installed NEST is NEST 2.20.2 (2.20)"),
                tenOnTwo.getMessage());
        IllegalArgumentException newerModel = assertThrows(IllegalArgumentException.class,
                () -> NestSimulator.flavourFor(model("nest 3.10"), release("3.9.0")));
        assertTrue(newerModel.getMessage().contains("declares 'nest 3.10' but the installed NEST is 3.9.0"),
                newerModel.getMessage());
    }
}
