package nngt.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nngt.catalog.CatalogFormatException;
import nngt.catalog.ModelKind;
import nngt.catalog.ModelSpec;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.catalog.ParameterSpec;
import nngt.catalog.ValueType;

/** The data format: what a well-formed text yields, and that every malformed line is reported with its place. */
class CatalogFormatTest {

    private static final String GOOD = String.join("\n",
            "# a comment",
            "group common",
            "  param tau_minus real ms 20.0 Trace time constant.",
            "  {2.20} param legacy bool 1 true Only in NEST 2.",
            "end",
            "",
            "neuron toy",
            "  families 2.20 3.10+",
            "  doc A toy neuron.",
            "  weight nS",
            "  param C_m real pF 250.0 Capacitance.",
            "  state V_m real mV -70.0 Membrane potential.",
            "  readonly t_spike real ms -1 Last spike.",
            "  {3.10+} param modern string 1 \"a text\" Only in 3.10+.",
            "  include common",
            "  recordables V_m",
            "  {2.20} recordables old_one",
            "  constraint C_m > 0 | Capacitance must be positive.",
            "end",
            "");

    @Test
    void wellFormedTextGivesOneModelPerFamily() {
        NestCatalog catalog = NestCatalog.parse(Map.of("good.nestcat", GOOD));
        assertEquals(EnumSet.of(NestFamily.NEST_2_20, NestFamily.NEST_3_10), catalog.familiesOf("toy"));
        ModelSpec nest2 = catalog.model("toy", ModelKind.NEURON, NestFamily.NEST_2_20).orElseThrow();
        ModelSpec nest310 = catalog.model("toy", NestFamily.NEST_3_10).orElseThrow();
        assertEquals(List.of("C_m", "V_m", "t_spike", "tau_minus", "legacy"), List.copyOf(nest2.parameters().keySet()));
        assertEquals(List.of("C_m", "V_m", "t_spike", "modern", "tau_minus"),
                List.copyOf(nest310.parameters().keySet()));
        assertEquals(List.of("V_m", "old_one"), nest2.recordables());
        assertEquals(List.of("V_m"), nest310.recordables());
        assertEquals("nS", nest2.weightUnit());
        assertEquals("A toy neuron.", nest2.description());
        assertEquals(new ParameterSpec("C_m", "pF", 250.0, "Capacitance.", false, false), nest2.parameter("C_m").get());
        ParameterSpec modern = nest310.parameter("modern").get();
        assertEquals(ValueType.STRING, modern.type());
        assertEquals("a text", modern.defaultText());
        assertTrue(Double.isNaN(modern.defaultValue()));
        assertTrue(nest2.parameter("V_m").get().state());
        assertTrue(nest2.parameter("t_spike").get().readOnly());
        assertEquals(1.0, nest2.parameter("legacy").get().defaultValue());
        assertEquals(1, nest2.constraints().size());
        assertThrows(IllegalStateException.class, () -> catalog.kernel(NestFamily.NEST_3));
    }

    @Test
    void groupsFromEarlierSourcesCanBeIncluded() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("groups.nestcat", "group g\n param p real ms 1 A p.\nend\n");
        sources.put("models.nestcat", "synapse s\n families 3.0-3.9\n doc S.\n include g\nend\n");
        assertTrue(NestCatalog.parse(sources).model("s", NestFamily.NEST_3).orElseThrow().parameter("p").isPresent());
    }

    private static CatalogFormatException failure(String text) {
        return assertThrows(CatalogFormatException.class, () -> NestCatalog.parse(Map.of("bad.nestcat", text)));
    }

    private static String model(String... lines) {
        return "neuron n\n families 3.0-3.9\n doc N.\n weight pA\n" + String.join("\n", lines) + "\nend\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        "unknown unit;       param C_m real pf 250 Capacitance.;                 unknown unit 'pf'",
        "unknown type;       param C_m double pF 250 Capacitance.;               unknown type 'double'",
        "bad number;         param C_m real pF 25O Capacitance.;                 default '25O' is not a number",
        "bad bool;           param b bool 1 yes Flag.;                           a bool default must be true or false",
        "int not whole;      param n int 1 1.5 Count.;                           an int default must be a whole number",
        "bad list;           param t reals ms 1,2 Times.;                        a list default must be written []",
        "unit on text;       param s string mV x Text.;                          a string parameter has no unit",
        "no description;     param C_m real pF 250;                              lacks a one-line description",
        "missing default;    param C_m real pF;                                  a default is missing",
        "bad name;           param 1C real pF 1 Bad.;                            parameter name '1C'",
        "unknown entry;      parameter C_m real pF 250 Capacitance.;             unknown entry 'parameter'",
        "unknown group;      include nothing;                                    include names unknown group 'nothing'",
        "unknown family;     {4.0} param x real ms 1 X.;                         unknown NEST family '4.0'",
        "family of no model; {2.20} param x real ms 1 X.;                        qualified for a NEST family",
        "open qualifier;     {3.0-3.9 param x real ms 1 X.;                      has no closing '}'",
        "no bar;             constraint C_m > 0;                                 has no '|'",
        "no explanation;     constraint C_m > 0 |;                               lacks an explanation",
        "bad expression;     constraint C_m > > 0 | Why.;                        unexpected '>' at column",
        "no comparison;      constraint C_m + 1 | Why.;                          no comparison",
        "unknown function;   constraint sqrt(C_m) > 0 | Why.;                    unknown function 'sqrt'",
        "unclosed paren;     constraint (C_m > 0 | Why.;                         expected ')'",
        "unknown name;       constraint C_x > 0 | Why.;                          reads 'C_x'",
        "list as number;     param t reals ms [] T.\\n constraint t > 0 | Why.;     has not as a number parameter",
        "number as list;     param C_m real pF 1 C.\\n constraint len(C_m) > 0 | W.; has not as a list of numbers",
        "bad weight unit;    weight A;                                           weight unit 'A' is not one of",
        "duplicate name;     param C_m real pF 1 C.\\n param C_m real pF 2 C.;      declared twice",
        "duplicate rec;      recordables V_m V_m;                                listed twice",
        "unclosed quote;     param s string 1 \"abc Text.;                       quoted text is not closed"
    })
    void malformedModelLinesNameFileAndLine(String caseName, String lines, String expected) {
        CatalogFormatException error = failure(model(lines.replace("\\n", "\n")));
        assertEquals("bad.nestcat", error.source());
        int lastLine = 5 + (int) lines.chars().filter(c -> c == '\\').count();
        assertTrue(error.line() >= 5 && error.line() <= lastLine, caseName + ": line " + error.line());
        assertTrue(error.getMessage().startsWith("bad.nestcat:" + error.line() + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(expected), caseName + ": " + error.getMessage());
    }

    @Test
    void errorLineIsTheOffendingLine() {
        CatalogFormatException error = failure("# header\n\nneuron n\n families 3.0-3.9\n doc N.\n weight pA\n"
                + " param C_m real pF 250 Capacitance.\n param tau real sec 1 Bad unit.\nend\n");
        assertEquals(8, error.line());
        assertEquals("bad.nestcat:8: unknown unit 'sec'; valid: mV, ms, pA, nS, pF, Hz, 1/s, deg, weight, 1"
                + " (1 = dimensionless)", error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        "unknown block;         model x\\nend;                                         1; unknown block 'model'",
        "missing end;           neuron n\\n families 3.0-3.9\\n doc N.\\n weight pA;      1; is not closed",
        "stray qualifier;       {3.10+} neuron n;                                    1; only allowed on entries",
        "bad block name;        neuron two words\\nend;                               1; needs one name",
        "missing families;      neuron n\\n doc N.\\n weight pA\\nend;                  1; lacks a 'families' line",
        "missing doc;           neuron n\\n families 2.20\\n weight pA\\nend;           1; lacks a 'doc' line",
        "neuron without weight; neuron n\\n families 2.20\\n doc N.\\nend;              1; lacks a 'weight' line",
        "synapse with weight;   synapse s\\n families 2.20\\n doc S.\\n weight pA\\nend; 4; only neurons have a weight",
        "defined twice; device d\\n families 2.20\\n doc D.\\nend\\ndevice d\\n families 2.20 3.10+\\n doc D.\\nend;"
            + " 5; already defined for NEST 2.20 at bad.nestcat:1",
        "group twice;           group g\\nend\\ngroup g\\nend;                         3; group 'g' is defined twice",
        "end with text;         group g\\nend now;                                    2; 'end' stands alone",
        "kernel unknown key;    kernel\\n colour red\\nend;                            2; unknown kernel key 'colour'",
        "kernel missing key;    kernel\\n default_resolution 0.1\\nend;                 1; kernel block lacks",
        "kernel key twice;      kernel\\n min_seed 1\\n min_seed 2\\nend;              3; is given twice"
    })
    void malformedBlocksNameFileAndLine(String caseName, String text, int line, String expected) {
        CatalogFormatException error = failure(text.replace("\\n", "\n"));
        assertEquals(line, error.line(), caseName + ": " + error.getMessage());
        assertTrue(error.getMessage().startsWith("bad.nestcat:" + line + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(expected), caseName + ": " + error.getMessage());
    }

    @Test
    void kernelValuesMustBeNumbersWhereNumbersAreExpected() {
        String kernel = "kernel\n default_resolution 0.1\n max_delay_steps many\n spike_recorder_model r\n"
                + " synapse_model_key k\n seed_key s\n min_seed 1\n max_seed 2\n time_key t\n tics_per_ms 1000\n"
                + " max_threads 511\n max_synapse_models 511\n default_threads 1\n noise_dt_steps 10\nend\n";
        CatalogFormatException error = failure(kernel);
        assertTrue(error.getMessage().contains("'max_delay_steps' for NEST 2.20 must be a number, but is 'many'"),
                error.getMessage());
    }

    @Test
    void nullSourcesAreRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> NestCatalog.parse(null));
        assertTrue(error.getMessage().contains("sources"), error.getMessage());
        Map<String, String> withNull = new LinkedHashMap<>();
        withNull.put("empty.nestcat", null);
        IllegalArgumentException nullText = assertThrows(IllegalArgumentException.class,
                () -> NestCatalog.parse(withNull));
        assertTrue(nullText.getMessage().contains("empty.nestcat"), nullText.getMessage());
    }
}
