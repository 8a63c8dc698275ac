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
import nngt.sim.embedded.benchmark.BrunelNetwork;
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
        SimulationPlan request = BrunelNetwork.request(50, 200.0, 7, 1);
        List<double[]> calls = new ArrayList<>();
        try (PreparedSimulation prepared = new Brian2Simulator().prepare(request)) {
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
        SimulationPlan request = BrunelNetwork.request(100, 60_000.0, 7, 1);
        CancellationToken cancel = new CancellationToken();
        long before = ProcessHandle.current().descendants().count();
        long start = System.nanoTime();
        try (PreparedSimulation prepared = new Brian2Simulator().prepare(request)) {
            assertThrows(SimulationCancelledException.class,
                    () -> prepared.run((simulated, total) -> cancel.cancel(), cancel));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 30, "cancelled within " + seconds + " s, not after the whole minute of simulated time");
        assertEquals(before, ProcessHandle.current().descendants().count(), "processes left behind");
    }
}
