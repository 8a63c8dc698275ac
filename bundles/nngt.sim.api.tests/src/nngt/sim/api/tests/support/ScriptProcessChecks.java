package nngt.sim.api.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import nngt.sim.api.CancellationToken;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.SimulationCancelledException;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.Simulator;

/**
 * What every backend that runs a script in an external process must do, checked for real: progress reports that
 * never go back and reach the end, and cancellation that ends the process and its children quickly. The
 * backends' test bundles share it.
 */
public final class ScriptProcessChecks {

    /** How long a cancelled run may take to end, from the cancellation (s). */
    private static final double CANCELLATION_SECONDS = 10;

    private ScriptProcessChecks() {
    }

    /**
     * Runs a plan and checks its progress calls: each carries the plan's duration as the total, none goes back,
     * and the script's own last report (the one before the runner's final call) is the end.
     *
     * @param simulator the backend
     * @param plan      a plan it supports
     * @return the calls, {simulated ms, total ms} each, for the backend's own checks
     */
    public static List<double[]> progressCalls(Simulator simulator, SimulationPlan plan) {
        List<double[]> calls = new ArrayList<>();
        try (PreparedSimulation prepared = simulator.prepare(plan)) {
            prepared.run((simulated, total) -> calls.add(new double[] {simulated, total}), new CancellationToken());
        }
        double duration = plan.durationMs();
        for (int k = 0; k < calls.size(); k++) {
            assertEquals(duration, calls.get(k)[1], 1e-6, "total of call " + k);
            assertTrue(k == 0 || calls.get(k)[0] >= calls.get(k - 1)[0], "progress never goes back");
        }
        assertTrue(calls.size() >= 2, "progress calls: " + calls.size());
        assertEquals(duration, calls.get(calls.size() - 2)[0], 1e-6, "the script's own last report is the end");
        return calls;
    }

    /**
     * Cancels a long run at its first progress report and checks that it ends with a
     * {@link SimulationCancelledException} within {@value #CANCELLATION_SECONDS} s of the cancellation (measured
     * from it: start-up says nothing about how fast a cancellation ends the process), leaving no process behind.
     *
     * @param simulator the backend
     * @param plan      a plan whose run lasts far longer than the check allows
     */
    public static void cancellingAtTheFirstReportEndsTheProcess(Simulator simulator, SimulationPlan plan) {
        long before = ProcessHandle.current().descendants().count();
        CancellationToken cancel = new CancellationToken();
        long[] cancelledAt = {0};
        try (PreparedSimulation prepared = simulator.prepare(plan)) {
            assertThrows(SimulationCancelledException.class, () -> prepared.run((simulated, total) -> {
                if (cancelledAt[0] == 0) {
                    cancelledAt[0] = System.nanoTime();
                }
                cancel.cancel();
            }, cancel));
        }
        double seconds = (System.nanoTime() - cancelledAt[0]) / 1e9;
        assertTrue(seconds < CANCELLATION_SECONDS, "ended " + seconds + " s after the cancellation, not after the "
                + plan.durationMs() + " ms of simulated time");
        assertEquals(before, ProcessHandle.current().descendants().count(), "processes left behind");
    }
}
