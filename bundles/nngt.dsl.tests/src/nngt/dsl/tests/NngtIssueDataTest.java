package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import nngt.dsl.linking.NngtLinkingDiagnostics;
import nngt.dsl.validation.IssueCodes;
import nngt.model.Network;

/**
 * The issue data that quick fixes read: the unknown name followed by the suggested names, and the
 * nearest valid value of an out-of-range number; plus the "did you mean" of unresolved group references.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NngtInjectorProvider.class)
class NngtIssueDataTest {

    @Inject
    private ParseHelper<Network> parseHelper;

    private final ValidationTestHelper validation = new ValidationTestHelper();

    @Test
    void unknownModelCarriesTheNameAndTheSuggestions() throws Exception {
        Issue issue = only(IssueCodes.UNKNOWN_MODEL, """
                network t {
                  seed 1
                  group a: 10 excitatory iaf_psc_alhpa
                }""");
        assertArrayEquals(new String[] { "iaf_psc_alhpa", "iaf_psc_alpha" }, issue.getData());
    }

    @Test
    void unknownParameterCarriesTheNameAndTheSuggestions() throws Exception {
        Issue issue = only(IssueCodes.UNKNOWN_PARAMETER, """
                network t {
                  seed 1
                  group a: 10 excitatory iaf_psc_alpha { tau_mm = 10 ms }
                }""");
        assertEquals("tau_mm", issue.getData()[0]);
        assertEquals("tau_m", issue.getData()[1]);
    }

    @Test
    void outOfRangeProbabilityCarriesTheNearestValidValue() throws Exception {
        Issue issue = only(IssueCodes.VALUE_OUT_OF_RANGE, """
                network t {
                  seed 1
                  group a: 10 excitatory iaf_psc_alpha
                  connect a -> a: erdos_renyi(density = 1.5)
                }""");
        assertArrayEquals(new String[] { "1" }, issue.getData());
    }

    @Test
    void unresolvedGroupReferenceSuggestsTheDeclaredGroup() throws Exception {
        Network network = parseHelper.parse("""
                network t {
                  seed 1
                  group cells: 10 excitatory iaf_psc_alpha
                  connect cels -> cells: erdos_renyi(density = 0.1)
                }""");
        List<Issue> issues = validation.validate(network).stream()
                .filter(i -> NngtLinkingDiagnostics.UNKNOWN_REFERENCE.equals(i.getCode())).toList();
        assertEquals(1, issues.size(), () -> issues.toString());
        assertEquals("Couldn't resolve reference to Group 'cels'; did you mean cells?", issues.get(0).getMessage());
        assertArrayEquals(new String[] { "cels", "cells" }, issues.get(0).getData());
    }

    private Issue only(String code, String text) throws Exception {
        List<Issue> issues = validation.validate(parseHelper.parse(text)).stream()
                .filter(i -> code.equals(i.getCode())).toList();
        assertEquals(1, issues.size(), () -> issues.toString());
        return issues.get(0);
    }
}
