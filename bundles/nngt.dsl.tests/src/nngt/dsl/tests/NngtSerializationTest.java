package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.dsl.NngtDiagnostic;
import nngt.dsl.NngtLanguage;
import nngt.dsl.NngtLanguage.Conversion;
import nngt.dsl.NngtLanguage.LoadResult;
import nngt.dsl.validation.IssueCodes;
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
    void fromFileIsFormattedAndSurvivesTheRoundTrips() throws Exception {
        String messy = "network n{group a :4 excitatory iaf_psc_alpha connect a->a:from_file( \"fixtures/data/ring4.el\" )"
                + " delay 1 ms connect a->a:from_file(\"fixtures/data/ring4.el\",population=\"p\",edge_type=3)}";
        LoadResult parsed = language.parse(messy, "messy");
        String formatted = language.serialize(parsed.network());
        assertEquals("""
                network n {
                  group a: 4 excitatory iaf_psc_alpha
                  connect a -> a: from_file("fixtures/data/ring4.el") delay 1 ms
                  connect a -> a: from_file("fixtures/data/ring4.el", population = "p", edge_type = 3)
                }""", formatted);
        assertEquals(formatted, language.serialize(language.parse(formatted, "formatted").network()));

        Path source = folder.resolve("from_file.nngt");
        // valid, so that it converts: the file beside the model, no population for an .el file
        Files.writeString(source, formatted.replace("fixtures/data/ring4.el", "ring4.el")
                .replaceAll("\n  connect a -> a: from_file\\(\"ring4.el\", population.*", ""));
        Files.copy(Path.of("fixtures/data/ring4.el"), folder.resolve("ring4.el"));
        Path xmi = folder.resolve("from_file.xmi");
        assertFalse(language.toXmi(source, xmi).hasErrors(), () -> language.load(source).diagnostics().toString());
        Conversion back = language.fromXmi(xmi, folder.resolve("back.nngt"));
        assertTrue(back.written());
        assertTrue(EcoreUtil.equals(language.load(source).network(), language.load(folder.resolve("back.nngt")).network()));
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

    @Test
    void anXmiNetworkIsValidatedLikeTextWithDiagnosticsAtItsElements() throws Exception {
        Path source = folder.resolve("basic.nngt");
        Files.writeString(source, Fixtures.example("basic_exc_inh.nngt"));
        Path xmi = folder.resolve("basic.xmi");
        language.toXmi(source, xmi);
        assertEquals(List.of(), language.load(xmi).diagnostics());

        List<String> lines = new ArrayList<>(Files.readAllLines(xmi));
        int line = lines.indexOf(lines.stream().filter(l -> l.contains("<groups ")).findFirst().orElseThrow());
        lines.set(line, lines.get(line).replace("size=\"800\"", "size=\"0\""));
        Files.write(xmi, lines);
        LoadResult result = language.load(xmi);

        NngtDiagnostic empty = result.diagnostics().stream().filter(d -> IssueCodes.EMPTY_GROUP.equals(d.code()))
                .findFirst().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        assertEquals(xmi.toString(), empty.file());
        assertEquals(line + 1, empty.line(), "the line of the group's element");
    }

    @Test
    void fileProblemsAreDiagnosticsNotExceptions() throws Exception {
        Path missing = folder.resolve("missing.nngt");
        assertEquals(NngtLanguage.FILE_NOT_FOUND, language.load(missing).diagnostics().get(0).code());

        Path latin1 = folder.resolve("latin1.nngt");
        Files.write(latin1, "network l {\n  // \u00e9t\u00e9\n}\n".getBytes(StandardCharsets.ISO_8859_1));
        NngtDiagnostic encoding = language.load(latin1).diagnostics().get(0);
        assertEquals(latin1 + ":2:6: error: The file is not UTF-8: byte 0xE9 at byte offset 17 does not belong to a "
                + "UTF-8 character; save the file as UTF-8 (it may be in Latin-1 or Windows-1252).", encoding.toString());
        assertEquals(NngtLanguage.NOT_UTF8, encoding.code());

        Path marked = folder.resolve("marked.nngt");
        byte[] text = Fixtures.example("basic_exc_inh.nngt").getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Files.write(marked, withMark);
        assertEquals(List.of(), language.load(marked).diagnostics());

        Path broken = folder.resolve("broken.xmi");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<nngt:Network xmlns:nngt=\"http://nngt.workbench/model/1.0\"\n"
                + "  name=\"x\">\n  <population><groups></population>\n");
        NngtDiagnostic malformed = language.load(broken).diagnostics().get(0);
        assertEquals(NngtLanguage.MALFORMED_XMI, malformed.code());
        assertEquals(4, malformed.line());
    }

    @Test
    void everyExampleAndFixtureSurvivesXmiToNngtToXmiExactly() throws Exception {
        List<String[]> models = new ArrayList<>();
        Fixtures.exampleNames().forEach(n -> models.add(new String[] {n, Fixtures.example(n)}));
        Fixtures.fixtureNames("valid").forEach(n -> models.add(new String[] {n, Fixtures.fixture("valid", n)}));
        // the fixtures' from_file paths are relative to the model: their edge files travel with the copies
        Path data = Files.createDirectories(folder.resolve("fixtures/data"));
        try (var files = Files.list(Fixtures.fixturesFolder().resolve("data"))) {
            for (Path file : files.toList()) {
                Files.copy(file, data.resolve(file.getFileName().toString()));
            }
        }
        for (String[] model : models) {
            Path xmi = folder.resolve(model[0] + ".xmi");
            NetworkResources.save(parseClean(model[1], model[0]), xmi);
            Path text = folder.resolve(model[0] + ".back.nngt");
            Path again = folder.resolve(model[0] + ".again.xmi");
            assertTrue(language.fromXmi(xmi, text).written(), model[0]);
            assertFalse(language.toXmi(text, again).hasErrors(), model[0]);
            assertTrue(EcoreUtil.equals(NetworkResources.load(xmi), NetworkResources.load(again)),
                    model[0] + " changed in .xmi -> .nngt -> .xmi:\n" + Files.readString(text));
        }
    }

    @Test
    void aCraftedNameInXmiIsRefusedAtItsElementAndNothingIsWritten() throws Exception {
        Path source = folder.resolve("basic.nngt");
        Files.writeString(source, Fixtures.example("basic_exc_inh.nngt"));
        Path xmi = folder.resolve("basic.xmi");
        language.toXmi(source, xmi);
        List<String> lines = new ArrayList<>(Files.readAllLines(xmi));
        int line = lines.indexOf(lines.stream().filter(l -> l.contains("<groups ")).findFirst().orElseThrow());
        // A name that, written verbatim, would end the group and add a stimulus statement.
        lines.set(line, lines.get(line).replaceFirst("name=\"[^\"]*\"",
                "name=\"x: 1 excitatory iaf_psc_alpha&#10;  stimulate dc(amplitude = 5 nA) -> all&#10;  group y\""));
        Files.write(xmi, lines);
        Path text = folder.resolve("crafted.nngt");

        NngtLanguage.Conversion conversion = language.fromXmi(xmi, text);
        LoadResult result = conversion.source();
        assertFalse(conversion.written());

        NngtDiagnostic refused = result.diagnostics().stream().filter(d -> IssueCodes.INVALID_NAME.equals(d.code()))
                .findFirst().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        assertEquals(line + 1, refused.line(), "the line of the group's element");
        assertTrue(refused.message().contains("is 'x: 1 excitatory iaf_psc_alpha\\n  stimulate dc(amplitude = 5 nA)"),
                refused.message());
        assertFalse(Files.exists(text));
    }

    @Test
    void theWriterRefusesANameThatIsNotAnIdentifierAndEscapesKeywords() {
        Network network = parseClean("network n { group a: 10 excitatory iaf_psc_alpha }", "n");
        network.getPopulation().getGroups().get(0).setName("network");
        Network reparsed = parseClean(language.serialize(network), "keyword name");
        assertEquals("network", reparsed.getPopulation().getGroups().get(0).getName());
        network.getPopulation().getGroups().get(0).setName("a }\n group b");
        RuntimeException refused = assertThrows(RuntimeException.class, () -> language.serialize(network));
        assertTrue(String.valueOf(refused.getMessage()).contains("a }"), refused.getMessage());
    }

    private Network parseClean(String text, String name) {
        LoadResult result = language.parse(text, name);
        assertFalse(result.hasErrors(), () -> name + ": " + result.diagnostics());
        return result.network();
    }
}
