package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

import nngt.dsl.validation.IssueCodes;
import nngt.model.Network;
import nngt.model.NngtPackage;
import nngt.model.api.NetworkFootprint;

/**
 * The inputs of issue 15 that crashed the validator, were accepted although no simulator can run them,
 * or leaked internals: each now gives a diagnostic that names the offender and the limit.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NngtInjectorProvider.class)
class NngtRobustValidationTest {

    private static final String TOO_LARGE = "The number 1e309 is too large: numbers must lie between "
            + "-1.7976931348623157e308 and 1.7976931348623157e308.";

    @Inject
    private ParseHelper<Network> parseHelper;

    private final ValidationTestHelper validation = new ValidationTestHelper(ValidationTestHelper.Mode.EXACT);

    @Test
    void halfTypedParameterGivesASyntaxErrorAndNoCrash() throws Exception {
        List<Issue> issues = issues("group g: 1 excitatory iaf_psc_alpha { C_m = 250 pF, = 0 mV }");
        assertTrue(issues.stream().anyMatch(i -> i.isSyntaxError()), issues::toString);
        assertReadable(issues);
    }

    @ParameterizedTest
    @ValueSource(strings = { "simulate 100 ms resolution 1e309 ms", "group h: 1 excitatory iaf_psc_alpha { C_m = 1e309 pF }",
        "stimulate dc(amplitude = 1e309 pA) -> all" })
    void infiniteNumberIsOneErrorAtTheNumber(String statement) throws Exception {
        Network network = parse("group g: 1 excitatory iaf_psc_alpha\n  " + statement);
        validation.assertError(network, NngtPackage.Literals.QUANTITY, IssueCodes.VALUE_OUT_OF_RANGE, TOO_LARGE);
        assertEquals(1, validation.validate(network).size(), () -> validation.validate(network).toString());
    }

    @Test
    void finiteTwinHasNoIssue() throws Exception {
        validation.assertNoIssues(parse("group g: 1 excitatory iaf_psc_alpha { C_m = 250 pF }\n"
                + "  stimulate dc(amplitude = 100 pA) -> all\n  simulate 100 ms resolution 0.1 ms"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "connect all -> all: fixed_degree(degree = 1) weight 1e300 pA",
        "connect all -> all: fixed_degree(degree = 1) weight 20 pA delay 1e300 ms",
        "group h: 1 excitatory iaf_psc_alpha { I_e = 1e300 pA }", "stimulate dc(amplitude = 2e12 pA) -> all",
        "stimulate dc(amplitude = 5 pA) -> all start 1e300 ms", "simulate 1e13 ms" })
    void aValueBeyondTheLargestMagnitudeIsOneErrorAtTheValue(String statement) throws Exception {
        Network network = parse("group g: 10 excitatory iaf_psc_alpha\n  " + statement);
        List<Issue> issues = validation.validate(network);
        assertEquals(1, issues.size(), issues::toString);
        assertEquals(IssueCodes.VALUE_OUT_OF_RANGE, issues.get(0).getCode());
        assertTrue(issues.get(0).getMessage().contains("is beyond the largest magnitude the simulators take, "
                + "1000000000000 "),
                issues.get(0).getMessage());
    }

    @Test
    void largeButTakenValuesHaveNoIssue() throws Exception {
        validation.assertNoIssues(parse("group g: 10 excitatory iaf_psc_alpha { I_e = 1e6 pA }\n"
                + "  connect all -> all: fixed_degree(degree = 1) weight 1e12 pA delay 1000 ms\n"
                + "  stimulate dc(amplitude = 5 pA) -> all start 1e8 ms\n  simulate 100 ms resolution 0.1 ms"));
    }

    @Test
    void deviceTimesBeyondTheLongestSimulationAreErrorsWithTheLimit() throws Exception {
        Network network = parse("group g: 1 excitatory iaf_psc_alpha\n"
                + "  stimulate dc(amplitude = 5 pA) -> all start 1e9 ms\n"
                + "  stimulate spikes(times = [1 ms, 2e9 ms]) -> all");
        List<Issue> issues = validation.validate(network);
        assertEquals(2, issues.size(), issues::toString);
        assertTrue(issues.stream().anyMatch(i -> i.getMessage().equals("The start time 1e9 ms lies beyond the longest "
                + "simulation, 107374182.3 ms (1073741823 steps of 0.1 ms).")), issues::toString);
        assertTrue(issues.stream().anyMatch(i -> i.getMessage().contains("Spike times must lie within the longest "
                + "simulation, 107374182.3 ms; entry 1 is 2e9 ms.")), issues::toString);
    }

    @Test
    void groupSizesThatOverflowAnIntAreAnErrorAtTheSize() throws Exception {
        Network network = parse("group big: 2147483647 excitatory iaf_psc_alpha\n"
                + "  group more: 1 excitatory iaf_psc_alpha\n  connect all -> all: fixed_degree(degree = 1)");
        validation.assertError(network, NngtPackage.Literals.NEURAL_GROUP, IssueCodes.NETWORK_TOO_LARGE,
                "Group 'big' brings the population to 2147483647 neurons; a network holds at most 2147483639, the ids its "
                        + "arrays can index.");
        assertReadable(validation.validate(network));
    }

    @Test
    void integerBeyondIntIsASyntaxErrorWithTheLimit() throws Exception {
        List<Issue> issues = issues("group g: 99999999999999999999 excitatory iaf_psc_alpha");
        assertEquals(1, issues.size(), issues::toString);
        assertEquals("The whole number 99999999999999999999 is too large; sizes, ids, degrees and counts written here "
                + "are at most 2147483647.", issues.get(0).getMessage());
        assertReadable(issues);
    }

    @Test
    void poissonRateAboveTheSimulatorsCeilingNamesTheStimulusAndTheLimit() throws Exception {
        Network network = parse("group g: 1 excitatory iaf_psc_alpha\n"
                + "  stimulate poisson(rate = 1e12 Hz, weight = 20 pA) -> all as drive");
        validation.assertError(network, NngtPackage.Literals.QUANTITY, IssueCodes.VALUE_OUT_OF_RANGE,
                "The rate 1e12 Hz of Poisson input 'drive' on line 4 is above the largest rate the simulators take, "
                        + "10000000000 Hz at a resolution of 0.1 ms (1000000 spikes per step).");
    }

    @Test
    void manyBadNeuronIdsGiveOneMessagePerRunQuickly() throws Exception {
        StringBuilder ids = new StringBuilder("0");
        for (int id = 1; id <= 16000; id++) {
            ids.append(", ").append(id);
        }
        long start = System.nanoTime();
        Network network = parse("group g: 1 excitatory iaf_psc_alpha\n  record spikes from neurons [" + ids + "]");
        List<Issue> issues = validation.validate(network);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, issues.size(), issues::toString);
        validation.assertError(network, NngtPackage.Literals.NEURON_SELECTION, IssueCodes.NEURON_ID_OUT_OF_RANGE,
                "Neuron ids 1 to 16000 are outside the population; ids run from 0 to 0.");
        assertTrue(millis < 5000, "16,000 bad ids took " + millis + " ms");
    }

    @Test
    void scatteredBadNeuronIdsAreCountedAfterTwentyMessages() throws Exception {
        StringBuilder ids = new StringBuilder("0");
        for (int id = 1; id <= 2000; id++) {
            ids.append(", ").append(id % 2 == 0 ? 0 : id);
        }
        Network network = parse("group g: 1 excitatory iaf_psc_alpha\n  record spikes from neurons [" + ids + "]");
        List<Issue> issues = validation.validate(network);
        assertEquals(21, issues.size());
        validation.assertError(network, NngtPackage.Literals.NEURON_SELECTION, IssueCodes.NEURON_ID_OUT_OF_RANGE,
                "980 more neuron ids from entry 41 on are outside the population; ids run from 0 to 0.");
    }

    @Test
    void billionNeuronsSayUpFrontThatTheyDoNotFitInMemory() throws Exception {
        Network network = parse("group big: 1000000000 excitatory iaf_psc_alpha { C_m = 250 pF, V_th = -50 mV }\n"
                + "  connect all -> all: fixed_degree(degree = 2)");
        long needed = 1_000_000_000L * (2 * 8 + 2 * 4 + 2 * 14);
        Assumptions.assumeTrue(NetworkFootprint.availableBytes() < needed, "this machine's heap holds " + needed);
        assertMemoryRefusal(network, "This network cannot be built in this machine's memory: it needs at least 52.0 GB "
                + "(2,000,000,000 edges at 14 bytes, 2,000,000,000 neuron parameter values at 8 bytes, 2,000,000,000 "
                + "selected neuron ids at 4 bytes), but this Java process may use at most ");
    }

    @Test
    void billionAndAHalfEdgesSayUpFrontThatTheyDoNotFitInMemory() throws Exception {
        Network network = parse("group g: 100000 excitatory iaf_psc_alpha\n"
                + "  connect all -> all: fixed_degree(degree = 15000) multigraph");
        Assumptions.assumeTrue(NetworkFootprint.availableBytes() < 21_000_000_000L, "this machine's heap holds 21 GB");
        assertMemoryRefusal(network, "This network cannot be built in this machine's memory: it needs at least 21.0 GB "
                + "(1,500,000,000 edges at 14 bytes, 200,000 selected neuron ids at 4 bytes), but this Java process may "
                + "use at most ");
    }

    @Test
    void missingRequiredFeatureOfAModelWithoutSyntaxErrorsIsNamedForPeople() throws Exception {
        Network network = parse("group g: 2 excitatory iaf_psc_alpha\n  connect g -> g: all_to_all");
        network.getConnections().get(0).setRule(null);
        List<Issue> issues = validation.validate(network);
        assertTrue(issues.stream().anyMatch(i -> i.getMessage().equals("The connection on line 4 has no rule; it must be "
                + "given.")), issues::toString);
        assertReadable(issues);
    }

    /* The one diagnostic is the memory refusal at the network; its end names this machine's heap. */
    private void assertMemoryRefusal(Network network, String start) {
        List<Issue> issues = validation.validate(network);
        assertEquals(1, issues.size(), issues::toString);
        assertEquals(IssueCodes.NETWORK_BEYOND_MEMORY, issues.get(0).getCode());
        assertTrue(issues.get(0).getMessage().startsWith(start), issues.get(0)::getMessage);
        assertTrue(issues.get(0).getMessage().endsWith(" GB (raise the limit with nngt's --max-memory or the JVM's -Xmx, or make "
                + "the network smaller)."),
                issues.get(0)::getMessage);
    }

    private Network parse(String body) throws Exception {
        return parseHelper.parse("network t {\n  seed 1\n  " + body + "\n}\n");
    }

    private List<Issue> issues(String body) throws Exception {
        return validation.validate(parse(body));
    }

    /* Every diagnostic has a position and no internals; none is an internal error. */
    private static void assertReadable(List<Issue> issues) {
        assertFalse(issues.isEmpty());
        for (Issue issue : issues) {
            assertTrue(issue.getLineNumber() != null && issue.getColumn() != null, issue::toString);
            assertFalse(IssueCodes.INTERNAL_ERROR.equals(issue.getCode()), issue::toString);
            assertFalse(issue.getMessage().matches("(?s).*(Impl@|'null'|For input string|Exception).*"), issue::toString);
            assertTrue(issue.getSeverity() != Severity.IGNORE);
        }
    }
}
