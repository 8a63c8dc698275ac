package nngt.sim.neuron.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nngt.sim.api.CancellationToken;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.SimulationCancelledException;
import nngt.sim.api.SimulationPlan;
import nngt.sim.embedded.bench.BrunelNetwork;
import nngt.sim.neuron.NeuronSimulator;

/**
 * The PyNN process as the runner sees it (run for real): progress lines while NEURON runs, and cancellation that
 * ends Python and leaves no process behind.
 */
class NeuronProcessTest {

    @BeforeEach
    void requireNeuron() {
        NeuronAvailable.assumeInstalled();
    }

    @Test
    void theScriptReportsProgressUpToTheEnd() {
        SimulationPlan plan = BrunelNetwork.request(20, 200.0, 7, 1);
        List<double[]> calls = new ArrayList<>();
        try (PreparedSimulation prepared = new NeuronSimulator().prepare(plan)) {
            prepared.run((simulated, total) -> calls.add(new double[] {simulated, total}), new CancellationToken());
        }
        // 50 reports from the script, then the runner's own once the results are read
        assertEquals(51, calls.size(), "progress calls");
        assertEquals(4.0, calls.get(0)[0], 1e-9, "the first report after a fiftieth of the run");
        for (int k = 0; k < calls.size(); k++) {
            assertEquals(200.0, calls.get(k)[1], 1e-6, "total of call " + k);
            assertTrue(k == 0 || calls.get(k)[0] >= calls.get(k - 1)[0], "progress never goes back");
        }
        assertEquals(200.0, calls.get(calls.size() - 2)[0], 1e-6, "the script's last report is the end");
    }

    @Test
    void cancellingAtTheFirstReportEndsPythonAndLeavesNoChild() {
        long before = ProcessHandle.current().descendants().count();
        SimulationPlan plan = BrunelNetwork.request(20, 60_000.0, 7, 1);
        CancellationToken cancel = new CancellationToken();
        long[] cancelledAt = {0};
        try (PreparedSimulation prepared = new NeuronSimulator().prepare(plan)) {
            assertThrows(SimulationCancelledException.class, () -> prepared.run((simulated, total) -> {
                if (cancelledAt[0] == 0) {
                    cancelledAt[0] = System.nanoTime();
                }
                cancel.cancel();
            }, cancel));
        }
        // measured from the cancellation: Python's and NEURON's start-up say nothing about how fast it ends
        double seconds = (System.nanoTime() - cancelledAt[0]) / 1e9;
        assertTrue(seconds < 10, "ended " + seconds + " s after the cancellation, not after the simulated minute");
        assertEquals(before, ProcessHandle.current().descendants().count(), "processes left behind");
    }
}
