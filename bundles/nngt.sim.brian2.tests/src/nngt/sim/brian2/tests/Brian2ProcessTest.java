package nngt.sim.brian2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.SimulationCancelledException;
import nngt.sim.api.SimulationPlan;
import nngt.sim.brian2.Brian2Simulator;
import nngt.sim.embedded.bench.BrunelNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Brian2 process as the runner sees it (run for real): progress lines while Python runs, and
 * cancellation that ends Python and leaves no process behind.
 */
class Brian2ProcessTest {

    @BeforeEach
    void requireBrian2() {
        Brian2Available.assumeInstalled();
    }

    @Test
    void theScriptReportsProgressFromTheStartToTheEnd() {
        SimulationPlan plan = BrunelNetwork.request(50, 200.0, 7, 1);
        List<double[]> calls = new ArrayList<>();
        try (PreparedSimulation prepared = new Brian2Simulator().prepare(plan)) {
            prepared.run((simulated, total) -> calls.add(new double[] {simulated, total}), new CancellationToken());
        }
        // Brian2 reports when its run starts and ends; the runner adds the end once the results are read
        assertTrue(calls.size() >= 3, "progress calls: " + calls.size());
        assertEquals(0.0, calls.get(0)[0], 1e-9, "the first report is at the start");
        for (int k = 0; k < calls.size(); k++) {
            assertEquals(200.0, calls.get(k)[1], 1e-6, "total of call " + k);
            assertTrue(k == 0 || calls.get(k)[0] >= calls.get(k - 1)[0], "progress never goes back");
        }
        assertEquals(200.0, calls.get(calls.size() - 2)[0], 1e-6, "Brian2's own last report is the end");
    }

    @Test
    void cancellingAtTheFirstReportEndsPythonAndLeavesNoChild() {
        // long enough that Brian2 is still running when the first report (at its start) arrives
        SimulationPlan plan = BrunelNetwork.request(100, 60_000.0, 7, 1);
        CancellationToken cancel = new CancellationToken();
        long before = ProcessHandle.current().descendants().count();
        long[] cancelledAt = {0};
        try (PreparedSimulation prepared = new Brian2Simulator().prepare(plan)) {
            assertThrows(SimulationCancelledException.class, () -> prepared.run((simulated, total) -> {
                if (cancelledAt[0] == 0) {
                    cancelledAt[0] = System.nanoTime();
                }
                cancel.cancel();
            }, cancel));
        }
        // measured from the cancellation, not from the start: Python's start-up and Brian2's code generation
        // take tens of seconds on a loaded machine and say nothing about how fast a cancellation ends Python
        double seconds = (System.nanoTime() - cancelledAt[0]) / 1e9;
        assertTrue(seconds < 10, "ended " + seconds + " s after the cancellation, not after the whole minute of "
                + "simulated time");
        assertEquals(before, ProcessHandle.current().descendants().count(), "processes left behind");
    }
}
