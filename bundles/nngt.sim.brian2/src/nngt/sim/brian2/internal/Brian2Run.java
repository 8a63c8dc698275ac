package nngt.sim.brian2.internal;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.script.PythonScriptRun;
import nngt.sim.brian2.Brian2Installation;
import nngt.sim.brian2.Brian2Simulator;

/**
 * A written Brian2 script, run once in a Python process; its progress lines are Brian2's report, about once a
 * second of wall time. The folder with the script and its data is deleted on {@link #close()}.
 */
public final class Brian2Run extends PythonScriptRun<Brian2Installation> {

    /** How this backend is named in the metadata and messages. */
    public static final Engine ENGINE = new Engine(Brian2Simulator.ID, "Brian2", "Brian2");

    /**
     * Creates the run.
     *
     * @param plan         the plan the script was written for
     * @param installation the Python interpreter with brian2
     * @param work         the written script, whose folder this run owns
     */
    public Brian2Run(SimulationPlan plan, Brian2Installation installation, Work work) {
        super(ENGINE, plan, installation, work);
    }

    @Override
    protected String spikeIdsFile() {
        return ScriptWriter.SPIKE_IDS;
    }

    @Override
    protected String spikeTimesFile() {
        return ScriptWriter.SPIKE_TIMES;
    }

    @Override
    protected String traceFile(int multimeter, int range, String recordable) {
        return ScriptWriter.traceFile(multimeter, range, recordable);
    }

    @Override
    protected int samplingSteps(SimulationPlan.Multimeter multimeter, double resolutionMs) {
        return ScriptWriter.samplingSteps(multimeter, resolutionMs);
    }

    /** @return e.g. {@code brian2 2.5.1} */
    @Override
    protected String engineVersion() {
        return "brian2 " + installation().version().orElse("?");
    }
}
