package nngt.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.text.Document;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import nngt.dsl.ui.internal.NngtDocuments;
import nngt.dsl.ui.internal.NngtQuickFixes;
import nngt.dsl.ui.internal.TextFix;
import nngt.dsl.ui.wizards.ModelTemplate;
import nngt.dsl.validation.IssueCodes;

/**
 * Quick fixes computed from real validator issues and applied to the text: after the fix the issue
 * is gone. Also the guards: no fix on text that changed since validation.
 */
class NngtQuickFixesTest {

    private static final String VALID = ModelTemplate.forFile("fixes.nngt");

    @Test
    void misspeltParameterBecomesTheSuggestedOne() throws Exception {
        assertFixed(VALID.replace("iaf_psc_alpha", "iaf_psc_alpha { tau_mm = 10 ms }"), IssueCodes.UNKNOWN_PARAMETER,
                "Change 'tau_mm' to 'tau_m'", "iaf_psc_alpha { tau_m = 10 ms }");
    }

    @Test
    void misspeltGroupReferenceBecomesTheDeclaredGroup() throws Exception {
        assertFixed(VALID.replace("-> cells\n", "-> cels\n"), "nngt.unknownReference", "Change 'cels' to 'cells'",
                "-> cells\n");
    }

    @Test
    void wrongUnitBecomesTheExpectedUnit() throws Exception {
        assertFixed(VALID.replace("delay 1.5 ms", "delay 1.5 mV"), IssueCodes.WRONG_UNIT,
                "Change the unit mV to ms", "delay 1.5 ms");
    }

    @Test
    void missingUnitIsAdded() throws Exception {
        assertFixed(VALID.replace("simulate 1000 ms", "simulate 1000"), IssueCodes.MISSING_UNIT,
                "Add the unit ms after 1000", "simulate 1000 ms");
    }

    @Test
    void outOfRangeSeedBecomesTheNearestValidSeed() throws Exception {
        assertFixed(VALID.replace("seed 1\n", "seed 0\n"), IssueCodes.VALUE_OUT_OF_RANGE,
                "Change 0 to the nearest valid value 1", "seed 1\n");
    }

    @Test
    void noFixWhenTheTextChangedSinceValidation() {
        String text = VALID.replace("iaf_psc_alpha", "iaf_psc_alhpa");
        int offset = text.indexOf("iaf_psc_alhpa");
        String[] data = { "iaf_psc_alhpa", "iaf_psc_alpha" };
        assertEquals(1, NngtQuickFixes.fixes(IssueCodes.UNKNOWN_MODEL, data, offset, 13, text).size());
        String edited = text.replace("iaf_psc_alhpa", "iaf_psc_alxpa");
        assertEquals(List.of(), NngtQuickFixes.fixes(IssueCodes.UNKNOWN_MODEL, data, offset, 13, edited));
        assertEquals(List.of(), NngtQuickFixes.fixes(IssueCodes.UNKNOWN_MODEL, data, offset, 13, "short"));
        assertEquals(List.of(), NngtQuickFixes.fixes(IssueCodes.MISSING_SEED, null, 0, 1, text));
    }

    @Test
    void issueDataSurvivesTheMarkerAttributeEncoding() {
        String[] data = { "iaf_psc_alhpa", "iaf_psc_alpha", "iaf_psc_delta" };
        assertEquals(List.of(data), List.of(NngtQuickFixes.decode(NngtQuickFixes.encode(data))));
        assertEquals(0, NngtQuickFixes.decode(NngtQuickFixes.encode(null)).length);
    }

    /* Validates the text, applies the fix with the given label to the issue with the code, revalidates. */
    private static void assertFixed(String text, String code, String label, String expectedFragment)
            throws Exception {
        Issue issue = issue(text, code);
        List<TextFix> fixes = NngtQuickFixes.fixes(issue.getCode(), issue.getData(), issue.getOffset(),
                issue.getLength(), text);
        TextFix fix = fixes.stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no fix '" + label + "' among " + fixes));
        Document document = new Document(text);
        fix.apply(document);
        assertTrue(document.get().contains(expectedFragment), document.get());
        List<Issue> remaining = NngtDocuments.validate(document.get(), CheckMode.ALL, CancelIndicator.NullImpl)
                .issues().stream().filter(i -> code.equals(i.getCode())).toList();
        assertEquals(List.of(), remaining);
    }

    private static Issue issue(String text, String code) {
        List<Issue> issues = NngtDocuments.validate(text, CheckMode.ALL, CancelIndicator.NullImpl).issues().stream()
                .filter(i -> code.equals(i.getCode())).toList();
        assertEquals(1, issues.size(), issues::toString);
        return issues.get(0);
    }
}
