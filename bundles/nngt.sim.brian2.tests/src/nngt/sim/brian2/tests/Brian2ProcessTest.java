package nngt.sim.brian2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nngt.sim.api.tests.support.ScriptProcessChecks;
import nngt.sim.brian2.Brian2Simulator;
import nngt.sim.embedded.bench.BrunelNetwork;

/**
 * The Brian2 process as the runner sees it (run for real): progress lines while Python runs, and
 * cancellation that ends Python and leaves no process behind ({@link ScriptProcessChecks}).
 */
class Brian2ProcessTest {

    @BeforeEach
    void requireBrian2() {
        Brian2Available.assumeInstalled();
    }

    @Test
    void theScriptReportsProgressFromTheStartToTheEnd() {
        List<double[]> calls = ScriptProcessChecks.progressCalls(new Brian2Simulator(),
                BrunelNetwork.request(50, 200.0, 7, 1));
        // Brian2 reports when its run starts and ends; the runner adds the end once the results are read
        assertTrue(calls.size() >= 3, "progress calls: " + calls.size());
        assertEquals(0.0, calls.get(0)[0], 1e-9, "the first report is at the start");
    }

    @Test
    void cancellingAtTheFirstReportEndsPythonAndLeavesNoChild() {
        // long enough that Brian2 is still running when the first report (at its start) arrives; Python's start-up
        // and Brian2's code generation take tens of seconds on a loaded machine, so the time counts from the
        // cancellation
        ScriptProcessChecks.cancellingAtTheFirstReportEndsTheProcess(new Brian2Simulator(),
                BrunelNetwork.request(100, 60_000.0, 7, 1));
    }
}
