package nngt.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nngt.catalog.Constraint;
import nngt.catalog.ModelKind;
import nngt.catalog.ModelSpec;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.catalog.Violation;

/**
 * Constraint evaluation, one positive and one negative case for every kind of rule: a bound against 0, a bound
 * against another parameter, a range, arithmetic with a guard, list functions, the resolution, unknown values.
 */
class ConstraintTest {

    private static final NestCatalog CATALOG = NestCatalog.standard();

    private static ModelSpec model(String name) {
        return CATALOG.model(name, NestFamily.NEST_3).orElseThrow();
    }

    private static List<String> messages(List<Violation> violations) {
        return violations.stream().map(Violation::message).collect(Collectors.toList());
    }

    @Test
    void resetMustBeBelowThreshold() {
        ModelSpec iaf = model("iaf_psc_alpha");
        assertEquals(List.of("V_reset (-50 mV) must be below V_th (-55 mV)."),
                messages(iaf.check(Map.of("V_reset", -50.0))));
        assertEquals(List.of(), iaf.check(Map.of("V_reset", -56.0)));
        Violation violation = iaf.check(Map.of("V_reset", -50.0)).get(0);
        assertEquals("V_reset < V_th", violation.constraint().expression());
        assertEquals(List.of("V_reset", "V_th"), violation.constraint().parameters());
        assertEquals(Map.of("V_reset", -50.0, "V_th", -55.0), violation.values());
        assertEquals("NEST: Reset potential must be smaller than threshold.", violation.constraint().explanation());
    }

    @Test
    void setValuesAreMergedOverDefaultsOnBothSides() {
        // a threshold moved below the default reset is as wrong as a reset moved above the threshold
        assertEquals(List.of("V_reset (-70 mV) must be below V_th (-75 mV)."),
                messages(model("iaf_psc_alpha").check(Map.of("V_th", -75.0))));
        assertEquals(List.of(), model("iaf_psc_alpha").check(Map.of("V_th", -75.0, "V_reset", -80.0)));
    }

    @Test
    void strictlyPositiveAndNonNegativeBounds() {
        ModelSpec iaf = model("iaf_psc_alpha");
        assertEquals(List.of("C_m (0 pF) must be positive."), messages(iaf.check(Map.of("C_m", 0.0))));
        assertEquals(List.of("t_ref (-1 ms) must not be negative."), messages(iaf.check(Map.of("t_ref", -1.0))));
        assertEquals(List.of(), iaf.check(Map.of("C_m", 1e-3, "t_ref", 0.0)));
        assertEquals(List.of("tau_w (0 ms) must be positive."), messages(model("aeif_psc_alpha").check(
                Map.of("tau_w", 0.0))));
    }

    @Test
    void peakMustBeAtLeastThreshold() {
        ModelSpec aeif = model("aeif_cond_exp");
        assertEquals(List.of("V_peak (-52 mV) must be at least V_th (-50.4 mV)."),
                messages(aeif.check(Map.of("V_peak", -52.0, "V_reset", -60.0))));
        assertEquals(List.of(), aeif.check(Map.of("V_peak", -50.4)));
    }

    @Test
    void rangesAreReportedAsIntervals() {
        ModelSpec tsodyks2 = model("tsodyks2_synapse");
        assertEquals(List.of("U (1.5) must lie in [0, 1]."), messages(tsodyks2.check(Map.of("U", 1.5))));
        assertEquals(List.of("u (-0.1) must lie in [0, 1]."), messages(tsodyks2.check(Map.of("u", -0.1))));
        assertEquals(List.of(), tsodyks2.check(Map.of("U", 1.0, "u", 0.0)));
    }

    @Test
    void sumsAndProductsAreEvaluated() {
        ModelSpec tsodyks = model("tsodyks_synapse");
        assertEquals(List.of("x + y (= 1.2) must be at most 1."), messages(tsodyks.check(Map.of("x", 0.7, "y", 0.5))));
        assertEquals(List.of(), tsodyks.check(Map.of("x", 0.5, "y", 0.5)));
        ModelSpec stdp = model("stdp_synapse");
        assertEquals(List.of("weight * Wmax (= -100) must not be negative."),
                messages(stdp.check(Map.of("weight", -1.0))));
        assertEquals(List.of(), stdp.check(Map.of("weight", -1.0, "Wmax", -50.0)));
    }

    @Test
    void guardedOverflowRuleOnlyAppliesWithExponentialTerm() {
        ModelSpec aeif = model("aeif_psc_alpha");
        // (0 - (-50.4)) / 0.05 = 1008 exceeds ln(DBL_MAX / 1e20) = 663.73
        assertEquals(List.of("(V_peak - V_th) / Delta_T (= 1008) must be below 663.731 when Delta_T > 0."),
                messages(aeif.check(Map.of("Delta_T", 0.05))));
        assertEquals(List.of(), aeif.check(Map.of("Delta_T", 0.1)), "50.4 / 0.1 = 504 is fine");
        // Delta_T = 0 turns the exponential off: the guard is false, nothing is divided by zero
        assertEquals(List.of(), aeif.check(Map.of("Delta_T", 0.0)));
        assertEquals(List.of("Delta_T (-1 mV) must not be negative."), messages(aeif.check(Map.of("Delta_T", -1.0))));
    }

    @Test
    void listLengthsMustMatch() {
        ModelSpec step = model("step_current_generator");
        assertEquals(List.of("The number of amplitude_values (1) must equal the number of amplitude_times (2)."),
                messages(step.check(Map.of(), Map.of("amplitude_times", new double[] {1, 2}, "amplitude_values",
                        new double[] {5}))));
        assertEquals(List.of(), step.check(Map.of(), Map.of("amplitude_times", new double[] {1, 2},
                "amplitude_values", new double[] {5, 0})));
    }

    @Test
    void stepTimesMustBePositiveAndStrictlyIncreasing() {
        ModelSpec step = model("step_current_generator");
        assertEquals(List.of("The smallest step between consecutive amplitude_times (-1 ms) must be positive."),
                messages(step.check(Map.of(), Map.of("amplitude_times", new double[] {1, 3, 2}, "amplitude_values",
                        new double[] {1, 2, 3}))));
        assertEquals(List.of("The smallest of amplitude_times (0 ms) must be positive."),
                messages(step.check(Map.of(), Map.of("amplitude_times", new double[] {0, 3}, "amplitude_values",
                        new double[] {1, 2}))));
    }

    @Test
    void guardOnListLengthAllowsEmptyWeights() {
        ModelSpec generator = model("spike_generator");
        Map<String, double[]> lists = new LinkedHashMap<>();
        lists.put("spike_times", new double[] {1, 2, 2});
        assertEquals(List.of(), generator.check(Map.of(), lists), "empty spike_weights are allowed");
        lists.put("spike_weights", new double[] {1});
        assertEquals(List.of("The number of spike_weights (1) must equal the number of spike_times (3) when"
                + " len(spike_weights) > 0."), messages(generator.check(Map.of(), lists)));
        lists.put("spike_times", new double[] {2, 1});
        lists.put("spike_weights", new double[] {1, 1});
        assertEquals(List.of("The smallest step between consecutive spike_times (-1 ms) must not be negative."),
                messages(generator.check(Map.of(), lists)));
    }

    @Test
    void rateTimesMayBeEmptyButOtherwiseMatchTheRates() {
        ModelSpec generator = model("inhomogeneous_poisson_generator");
        assertEquals(List.of(), generator.check(Map.of(), Map.of("rate_values", new double[] {10})),
                "NEST ignores values without times");
        assertEquals(List.of("The number of rate_values (1) must equal the number of rate_times (2) when"
                + " len(rate_times) > 0."), messages(generator.check(Map.of(), Map.of("rate_times",
                        new double[] {1, 2}, "rate_values", new double[] {10}))));
        assertEquals(List.of(), generator.check(Map.of(), Map.of("rate_times", new double[] {1, 2}, "rate_values",
                new double[] {10, 0})));
    }

    @Test
    void booleansCombineAsNumbers() {
        ModelSpec generator = model("spike_generator");
        assertEquals(List.of("precise_times + allow_offgrid_times (= 2) must be at most 1."),
                messages(generator.check(Map.of("precise_times", 1.0, "allow_offgrid_times", 1.0))));
        assertEquals(List.of(), generator.check(Map.of("precise_times", 1.0)));
    }

    @Test
    void resolutionRulesNeedTheResolution() {
        ModelSpec multimeter = model("multimeter");
        assertEquals(List.of(), multimeter.check(Map.of("interval", 0.01)), "skipped without a resolution");
        assertEquals(List.of("interval (0.01 ms) must be at least resolution (0.1 ms)."),
                messages(multimeter.check(Map.of("interval", 0.01, "resolution", 0.1))));
        assertEquals(List.of(), multimeter.check(Map.of("interval", 0.01, "resolution", 0.01)));
        assertEquals(List.of("delay (0.05 ms) must be at least resolution (0.1 ms)."),
                messages(model("static_synapse").check(Map.of("delay", 0.05, "resolution", 0.1))));
    }

    @Test
    void guardWithInequalityOfZero() {
        ModelSpec multimeter = model("multimeter");
        assertEquals(List.of(), multimeter.check(Map.of("offset", 0.0, "resolution", 0.1)), "offset 0 is allowed");
        assertEquals(List.of("offset (0.05 ms) must be at least resolution (0.1 ms) when offset != 0."),
                messages(multimeter.check(Map.of("offset", 0.05, "resolution", 0.1))));
    }

    @Test
    void unknownValuesSkipTheRule() {
        // noise_generator dt has no fixed default in NEST 3; unknown names in the set values are ignored
        ModelSpec noise = model("noise_generator");
        assertEquals(List.of(), noise.check(Map.of("no_such_parameter", -1.0)));
        assertEquals(List.of("std_mod (5 pA) must be at most std (2 pA)."),
                messages(noise.check(Map.of("std", 2.0, "std_mod", 5.0))));
    }

    @Test
    void everyViolatedRuleIsReportedInDataOrder() {
        List<Violation> violations = model("iaf_psc_alpha").check(Map.of("C_m", -1.0, "tau_m", 0.0, "V_reset", 0.0));
        assertEquals(List.of("V_reset < V_th", "C_m > 0", "tau_m > 0"),
                violations.stream().map(v -> v.constraint().expression()).collect(Collectors.toList()));
    }

    @Test
    void constraintsOnAParameterAreListedForHovers() {
        List<String> onVth = model("aeif_psc_alpha").constraintsOn("V_th").stream().map(Constraint::expression)
                .collect(Collectors.toList());
        assertEquals(List.of("(V_peak - V_th) / Delta_T < 663.731 when Delta_T > 0", "V_peak >= V_th"), onVth);
    }

    @Test
    void checkRejectsNullMaps() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> model("iaf_psc_alpha").check(null));
        assertTrue(bad.getMessage().contains("setValues"), bad.getMessage());
    }

    // --- the expression language on its own, through small in-memory catalogs ---------------------------

    private static ModelSpec oneModel(String constraint) {
        String text = "device probe\n families 3.0-3.9\n doc A test device.\n"
                + " param a real mV 1.0 First.\n param b real mV 2.0 Second.\n param c real 1 3.0 Third.\n"
                + " constraint " + constraint + " | Test rule.\nend\n";
        return NestCatalog.parse(Map.of("probe.nestcat", text)).model("probe", ModelKind.DEVICE, NestFamily.NEST_3)
                .orElseThrow();
    }

    @Test
    void precedenceAndParenthesesFollowArithmetic() {
        assertEquals(List.of(), oneModel("a + b * c == 7").check(Map.of()));
        assertEquals(List.of(), oneModel("(a + b) * c == 9").check(Map.of()));
        assertEquals(List.of(), oneModel("a - b - c == -4").check(Map.of()), "left associative");
        assertEquals(List.of(), oneModel("-a + 2 == 1").check(Map.of()));
        assertEquals(List.of(), oneModel("c / b / a == 1.5").check(Map.of()));
        assertEquals(List.of(), oneModel("a < b < c").check(Map.of()));
        assertEquals(List.of("b (5 mV) must be below c (3)."), messages(oneModel("a < b < c").check(Map.of("b", 5.0))));
        assertEquals(List.of("a (2 mV) must differ from b (2 mV)."),
                messages(oneModel("a != b").check(Map.of("a", 2.0))));
        assertEquals(List.of(), oneModel("a <= 1e3").check(Map.of()));
        assertEquals(List.of(), oneModel("a < inf").check(Map.of()));
    }

    @Test
    void numberOnTheLeftIsReadFromTheParametersSide() {
        assertEquals(List.of("a (-1 mV) must be positive."), messages(oneModel("0 < a").check(Map.of("a", -1.0))));
        assertEquals(List.of("c (0.5) must be at least 1."), messages(oneModel("1 <= c").check(Map.of("c", 0.5))));
    }

    @Test
    void openIntervalsUseParentheses() {
        assertEquals(List.of("c (1) must lie in (0, 1)."), messages(oneModel("0 < c < 1").check(Map.of("c", 1.0))));
        assertEquals(List.of("c (0) must lie in (0, 1]."), messages(oneModel("0 < c <= 1").check(Map.of("c", 0.0))));
    }

    @Test
    void descendingChainsAreReportedPairwise() {
        assertEquals(List.of("c (2) must be at most 1."), messages(oneModel("1 >= c >= 0").check(Map.of("c", 2.0))));
        assertEquals(List.of("c (-1) must not be negative."),
                messages(oneModel("1 >= c >= 0").check(Map.of("c", -1.0))));
    }

    @Test
    void divisionByZeroMakesTheRuleUncheckable() {
        assertEquals(List.of(), oneModel("a / c < 1").check(Map.of("c", 0.0)));
    }
}
