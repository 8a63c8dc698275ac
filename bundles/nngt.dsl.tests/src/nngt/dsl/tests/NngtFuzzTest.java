package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Injector;

/**
 * The seeded mutation fuzzer ({@link NngtFuzzer}) over the examples and the fixtures: no exception
 * escapes, nothing is logged at ERROR, no check fails internally, every diagnostic has a line and a
 * column and reads as a sentence for people, and no case takes more than the time limit. The system
 * property {@code nngt.fuzz.cases} raises the count (default 3,000), {@code nngt.fuzz.seed} changes the
 * seed (default 20261206).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NngtInjectorProvider.class)
class NngtFuzzTest {

    /** Per case; generous, since CI machines are shared. The slowest case takes well under a second. */
    private static final long TIME_LIMIT_MILLIS = 10_000;

    @com.google.inject.Inject
    private Injector injector;

    @Test
    void mutatedModelsNeverCrashHangOrLeakInternals() {
        int cases = Integer.getInteger("nngt.fuzz.cases", 3000);
        long seed = Long.getLong("nngt.fuzz.seed", 20261206L);
        NngtFuzzer.Report report = new NngtFuzzer(injector, TIME_LIMIT_MILLIS).run(cases, seed, NngtFuzzer.corpus(), null);
        System.out.println("[fuzz] " + report.summary());
        assertEquals(List.of(), report.failures().stream().limit(5).map(Object::toString).toList(), report::summary);
        assertEquals(cases, report.cases());
        assertTrue(report.byMutation().size() >= 9, () -> "every mutation kind ran: " + report.byMutation());
    }
}
