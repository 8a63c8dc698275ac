package nngt.sim.neuron.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nngt.sim.api.tests.support.ScriptProcessChecks;
import nngt.sim.embedded.bench.BrunelNetwork;
import nngt.sim.neuron.NeuronSimulator;

/**
 * The PyNN process as the runner sees it (run for real): progress lines while NEURON runs, and cancellation that
 * ends Python and leaves no process behind ({@link ScriptProcessChecks}).
 */
class NeuronProcessTest {

    @BeforeEach
    void requireNeuron() {
        NeuronAvailable.assumeInstalled();
    }

    @Test
    void theScriptReportsProgressUpToTheEnd() {
        List<double[]> calls = ScriptProcessChecks.progressCalls(new NeuronSimulator(),
                BrunelNetwork.request(20, 200.0, 7, 1));
        // 50 reports from the script, then the runner's own once the results are read
        assertEquals(51, calls.size(), "progress calls");
        assertEquals(4.0, calls.get(0)[0], 1e-9, "the first report after a fiftieth of the run");
    }

    @Test
    void cancellingAtTheFirstReportEndsPythonAndLeavesNoChild() {
        ScriptProcessChecks.cancellingAtTheFirstReportEndsTheProcess(new NeuronSimulator(),
                BrunelNetwork.request(20, 60_000.0, 7, 1));
    }
}
