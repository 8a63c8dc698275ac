package nngt.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nngt.catalog.ModelKind;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;

/** "Did you mean": Damerau-Levenshtein, case-insensitive, at most three close names, best first. */
class SuggestionsTest {

    private static final NestCatalog CATALOG = NestCatalog.standard();

    @Test
    void misspeltModelSuggestsTheIntendedOneFirst() {
        List<String> neurons = CATALOG.modelNames(ModelKind.NEURON, NestFamily.NEST_3);
        List<String> suggestions = NestCatalog.suggestions("iaf_psc_alfa", neurons);
        assertEquals("iaf_psc_alpha", suggestions.get(0));
        assertTrue(suggestions.size() <= 3);
    }

    @Test
    void parameterPrefixSuggestsBothSynapticTimeConstants() {
        List<String> parameters = new ArrayList<>(CATALOG.model("iaf_psc_alpha", NestFamily.NEST_3).orElseThrow()
                .parameters().keySet());
        assertEquals(List.of("tau_syn_ex", "tau_syn_in"), NestCatalog.suggestions("tau_syn", parameters));
    }

    @Test
    void transpositionCountsAsOneEdit() {
        // "alpah" is one transposition from "alpha"; plain Levenshtein would need two edits
        assertEquals(List.of("iaf_psc_alpha"), NestCatalog.suggestions("iaf_psc_alpah",
                List.of("iaf_psc_alpha", "iaf_psc_exp")));
        assertEquals(List.of("ab"), NestCatalog.suggestions("ba", List.of("ab", "xy")));
    }

    @Test
    void caseIsIgnoredAndExactCaseMismatchComesFirst() {
        assertEquals(List.of("V_m"), NestCatalog.suggestions("v_M", List.of("V_th", "V_m", "tau_m")));
        assertEquals(List.of("tau_m", "tau_w"), NestCatalog.suggestions("TAU_M", List.of("tau_w", "tau_m", "C_m")));
    }

    @Test
    void farNamesAreNotSuggested() {
        assertEquals(List.of(), NestCatalog.suggestions("hodgkin", CATALOG.allModelNames()));
        assertEquals(List.of(), NestCatalog.suggestions("xyz", List.of("V_m", "C_m")));
    }

    @Test
    void atMostThreeBestFirst() {
        // all five are one edit or less away; the exact match first, ties alphabetical
        assertEquals(List.of("x", "a", "b"), NestCatalog.suggestions("x", List.of("d", "b", "x", "c", "a")));
        assertEquals(List.of("aeif_psc_alpha", "aeif_psc_exp"), NestCatalog.suggestions("aeif_psc_alph",
                CATALOG.allModelNames()));
    }

    @Test
    void spikeDetectorSpeltForNest3PointsAtTheRecorderThroughFamilies() {
        // a 2.20 name used with NEST 3: not a typo, the validator uses familiesOf to explain
        assertTrue(CATALOG.model("spike_detector", NestFamily.NEST_3).isEmpty());
        assertEquals(List.of(NestFamily.NEST_2_20), List.copyOf(CATALOG.familiesOf("spike_detector")));
        assertTrue(CATALOG.allModelNames().contains("spike_detector"));
    }

    @Test
    void nullArgumentsAreRejected() {
        IllegalArgumentException noName = assertThrows(IllegalArgumentException.class,
                () -> NestCatalog.suggestions(null, List.of("a")));
        assertTrue(noName.getMessage().contains("unknown"), noName.getMessage());
        IllegalArgumentException noCandidates = assertThrows(IllegalArgumentException.class,
                () -> NestCatalog.suggestions("a", null));
        assertTrue(noCandidates.getMessage().contains("candidates"), noCandidates.getMessage());
    }
}
