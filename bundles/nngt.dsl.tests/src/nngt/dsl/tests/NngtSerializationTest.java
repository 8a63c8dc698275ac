package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.dsl.NngtLanguage;
import nngt.dsl.NngtLanguage.LoadResult;
import nngt.model.Network;
import nngt.model.api.NetworkResources;

/**
 * The serializer, the formatter and the .nngt/XMI conversions: parse, write and parse again gives an
 * equal model.
 */
class NngtSerializationTest {

    private static final NngtLanguage language = NngtLanguage.standalone();

    @TempDir
    Path folder;

    @Test
    void everyExampleSurvivesParseSerializeParse() {
        for (String example : Fixtures.exampleNames()) {
            Network parsed = parseClean(Fixtures.example(example), example);
            String written = language.serialize(parsed);
            Network reparsed = parseClean(written, example + " (serialized)");
            assertTrue(EcoreUtil.equals(parsed, reparsed), example + " changed in a round trip:\n" + written);
        }
    }

    @Test
    void everyValidFixtureSurvivesParseSerializeParse() {
        for (String fixture : Fixtures.fixtureNames("valid")) {
            Network parsed = parseClean(Fixtures.fixture("valid", fixture), fixture);
            Network reparsed = parseClean(language.serialize(parsed), fixture + " (serialized)");
            assertTrue(EcoreUtil.equals(parsed, reparsed), fixture);
        }
    }

    @Test
    void formatterLaysOutOneStatementPerLineAndIsStable() {
        String messy = "network   n{seed 3 group a :10 excitatory iaf_psc_alpha{V_th=-50 mV,C_m  =  250 pF}"
                + " synapse default :static_synapse connect a->a:fixed_degree( degree=2 )weight 10 pA delay 1.5 ms"
                + " record spikes from a simulate 100 ms resolution 0.1 ms}";
        String formatted = language.serialize(parseClean(messy, "messy"));
        assertEquals("""
                network n {
                  seed 3
                  group a: 10 excitatory iaf_psc_alpha { V_th = -50 mV, C_m = 250 pF }
                  synapse default: static_synapse
                  connect a -> a: fixed_degree(degree = 2) weight 10 pA delay 1.5 ms
                  record spikes from a
                  simulate 100 ms resolution 0.1 ms
                }""", formatted);
        assertEquals(formatted, language.serialize(parseClean(formatted, "formatted")));
    }

    @Test
    void convertsBetweenNngtAndXmi() throws Exception {
        Path source = folder.resolve("oscillating_groups.nngt");
        Files.writeString(source, Fixtures.example("oscillating_groups.nngt"));
        Path xmi = folder.resolve("oscillating_groups.xmi");
        Path back = folder.resolve("back.nngt");

        LoadResult converted = language.toXmi(source, xmi);
        language.fromXmi(xmi, back);

        assertFalse(converted.hasErrors());
        Network original = language.load(source).network();
        assertTrue(EcoreUtil.equals(original, NetworkResources.load(xmi)));
        assertTrue(EcoreUtil.equals(original, language.load(back).network()));
    }

    @Test
    void aModelWithErrorsIsNotConvertedAndNothingIsWritten() throws Exception {
        Path source = folder.resolve("broken.nngt");
        Files.writeString(source, "network b {\n  seed 1\n  group a: 0 excitatory iaf_psc_alpha\n}\n");
        Path xmi = folder.resolve("broken.xmi");

        LoadResult result = language.toXmi(source, xmi);

        assertTrue(result.hasErrors());
        assertEquals(source + ":3:12: error: Group 'a' has 0 neurons; a group needs at least 1.",
                result.diagnostics().get(0).toString());
        assertFalse(Files.exists(xmi));
    }

    private Network parseClean(String text, String name) {
        LoadResult result = language.parse(text, name);
        assertFalse(result.hasErrors(), () -> name + ": " + result.diagnostics());
        return result.network();
    }
}
