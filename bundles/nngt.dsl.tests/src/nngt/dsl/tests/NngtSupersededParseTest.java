package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nngt.dsl.NngtDiagnostic;
import nngt.dsl.NngtLanguage;
import nngt.dsl.NngtLanguage.LoadResult;
import nngt.dsl.validation.IssueCodes;

/**
 * {@link NngtLanguage#parse(String, String, java.util.function.BooleanSupplier)}, what the network diagram
 * runs on each typing pause: the full validation, which stops as soon as newer text has come.
 */
class NngtSupersededParseTest {

    private static final NngtLanguage LANGUAGE = NngtLanguage.standalone();

    /* A degree of 1000 from 10 neurons: a whole-network check (CheckType.NORMAL) rejects it. */
    private static final String IMPOSSIBLE_DEGREE = String.join("\n",
            "network typed {",
            "  seed 1",
            "  group exc: 10 excitatory iaf_psc_alpha",
            "  connect exc -> exc: fixed_degree(degree = 1000) weight 10 pA delay 1.5 ms",
            "  simulate 100 ms",
            "}",
            "");

    @Test
    void unlessSupersededItFindsWhatTheFullValidationFinds() {
        LoadResult full = LANGUAGE.parse(IMPOSSIBLE_DEGREE, "typed.nngt");
        LoadResult followed = LANGUAGE.parse(IMPOSSIBLE_DEGREE, "typed.nngt", () -> false).orElseThrow();
        assertEquals(List.of(IssueCodes.IMPOSSIBLE_DEGREE), codesOfErrors(full));
        assertEquals(full.diagnostics(), followed.diagnostics(), "the whole-network checks run too");
        assertEquals("exc", followed.network().getPopulation().getGroups().get(0).getName());

        String fixed = IMPOSSIBLE_DEGREE.replace("degree = 1000", "degree = 5");
        assertEquals(List.of(), codesOfErrors(LANGUAGE.parse(fixed, "typed.nngt", () -> false).orElseThrow()));
    }

    @Test
    void newerTextStopsTheWork() {
        String model = NngtValidationPerformanceTest.largeModel();
        assertTrue(LANGUAGE.parse(model, "large.nngt", () -> true).isEmpty(), "superseded before it began");
        AtomicInteger polls = new AtomicInteger();
        assertTrue(LANGUAGE.parse(model, "large.nngt", () -> polls.incrementAndGet() > 3).isEmpty(),
                "superseded while validating");
        assertTrue(polls.get() > 3, "the question was asked while validating");
    }

    @Test
    void aSupersededValidationCostsLessThanAWholeOne() {
        String model = NngtValidationPerformanceTest.largeModel();
        long whole = medianCpuMillis(() -> assertFalse(LANGUAGE.parse(model, "large.nngt").hasErrors()));
        // Superseded at the first question after parsing: what a pause followed by more typing costs.
        long superseded = medianCpuMillis(() -> {
            AtomicInteger polls = new AtomicInteger();
            assertTrue(LANGUAGE.parse(model, "large.nngt", () -> polls.incrementAndGet() > 1).isEmpty());
        });
        System.out.println("[benchmark] " + NngtValidationPerformanceTest.GROUPS + " groups, "
                + NngtValidationPerformanceTest.CONNECTIONS + " connections: median CPU whole validation " + whole
                + " ms, superseded after parsing " + superseded + " ms");
        // CPU time of this thread: robust against other processes competing for the cores.
        assertTrue(superseded < whole, "superseded " + superseded + " ms, whole " + whole + " ms");
    }

    private static long medianCpuMillis(Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        work.run();
        long[] cpu = new long[5];
        for (int run = 0; run < cpu.length; run++) {
            long start = threads.getCurrentThreadCpuTime();
            work.run();
            cpu[run] = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        }
        Arrays.sort(cpu);
        return cpu[2];
    }

    private static List<String> codesOfErrors(LoadResult result) {
        return result.diagnostics().stream().filter(d -> d.severity() == NngtDiagnostic.Severity.ERROR)
                .map(NngtDiagnostic::code).toList();
    }
}
