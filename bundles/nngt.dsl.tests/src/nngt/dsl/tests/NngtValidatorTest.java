package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import nngt.dsl.validation.IssueCodes;
import nngt.model.Network;
import nngt.model.NngtPackage;

/**
 * Every validation rule has a pair of fixtures: {@code invalid/<Rule>.nngt} declares the diagnostics it
 * must produce in header lines {@code // expect: <error|warning> <code> <EClass> <exact message>}, and
 * no other diagnostic may appear; {@code valid/<Rule>.nngt} is its corrected twin and has no issue.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NngtInjectorProvider.class)
class NngtValidatorTest {

    private static final Pattern EXPECTATION = Pattern.compile("^// expect: (error|warning) (\\S+) (\\S+) (.+)$");

    @Inject
    private ParseHelper<Network> parseHelper;

    private final ValidationTestHelper validation = new ValidationTestHelper(ValidationTestHelper.Mode.EXACT);

    static Stream<String> invalidFixtures() {
        return Fixtures.fixtureNames("invalid").stream();
    }

    static Stream<String> validFixtures() {
        return Fixtures.fixtureNames("valid").stream();
    }

    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void invalidFixtureGivesExactlyTheDeclaredDiagnostics(String name) throws Exception {
        String text = Fixtures.fixture("invalid", name);
        List<String[]> expectations = expectations(text);
        assertFalse(expectations.isEmpty(), name + " declares no '// expect:' line");
        Network network = parseHelper.parse(text);
        assertTrue(network.eResource().getErrors().isEmpty(), () -> name + " must parse: " + network.eResource().getErrors());

        for (String[] expected : expectations) {
            EClass eClass = (EClass) NngtPackage.eINSTANCE.getEClassifier(expected[2]);
            String code = IssueCodes.PREFIX + expected[1];
            if (expected[0].equals("error")) {
                validation.assertError(network, eClass, code, expected[3]);
            } else {
                validation.assertWarning(network, eClass, code, expected[3]);
            }
        }
        List<Issue> issues = validation.validate(network);
        assertEquals(expectations.size(), issues.size(), () -> name + " gives other diagnostics too: " + issues);
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void validTwinHasNoIssue(String name) throws Exception {
        Network network = parseHelper.parse(Fixtures.fixture("valid", name));
        validation.assertNoIssues(network);
    }

    @Test
    void everyInvalidFixtureHasAValidTwinAndEveryCodeIsCovered() {
        assertEquals(Fixtures.fixtureNames("invalid"), Fixtures.fixtureNames("valid"));
        List<String> uncovered = new ArrayList<>();
        String all = String.join("\n", Fixtures.fixtureNames("invalid").stream().map(n -> Fixtures.fixture("invalid", n))
                .toList());
        for (var field : IssueCodes.class.getFields()) {
            try {
                String code = (String) field.get(null);
                // an internal error is a defect, not a rule: NngtValidatorBoundaryTest provokes one; a name that is
                // not an identifier cannot be written in text: NngtSerializationTest reads one from XMI; the memory
                // refusal names this machine's heap, so no fixture can hold its exact text: NngtRobustValidationTest
                // checks it
                if (!code.equals(IssueCodes.PREFIX) && !code.equals(IssueCodes.INTERNAL_ERROR)
                        && !code.equals(IssueCodes.INVALID_NAME) && !code.equals(IssueCodes.NETWORK_BEYOND_MEMORY)
                        && !all.contains(" " + code.substring(IssueCodes.PREFIX.length()) + " ")) {
                    uncovered.add(code);
                }
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        assertEquals(List.of(), uncovered, "issue codes without an invalid fixture");
    }

    @Test
    void everyExampleValidatesWithoutErrors() throws Exception {
        for (String example : Fixtures.exampleNames()) {
            Network network = parseHelper.parse(Fixtures.example(example));
            List<Issue> errors = validation.validate(network).stream()
                    .filter(i -> i.getSeverity() == Severity.ERROR).toList();
            assertEquals(List.of(), errors, example);
        }
    }

    private static List<String[]> expectations(String text) {
        List<String[]> expectations = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher matcher = EXPECTATION.matcher(line.strip());
            if (matcher.matches()) {
                expectations.add(new String[] { matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4) });
            }
        }
        return expectations;
    }
}
