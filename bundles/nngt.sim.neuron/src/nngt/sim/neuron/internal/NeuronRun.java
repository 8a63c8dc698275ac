package nngt.sim.neuron.internal;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.script.PythonScriptRun;
import nngt.sim.neuron.NeuronSimulator;
import nngt.sim.neuron.PynnInstallation;

/**
 * A written PyNN script, run once on pyNN.neuron in a Python process (with the installation's {@code PYTHONPATH}
 * to the compiled mechanisms); its progress lines come 50 per run. The folder with the script and its data is
 * deleted on {@link #close()}.
 */
public final class NeuronRun extends PythonScriptRun<PynnInstallation> {

    /** How this backend is named in the metadata and messages. */
    public static final Engine ENGINE = new Engine(NeuronSimulator.ID, "NEURON", "PyNN/NEURON");

    /**
     * Creates the run.
     *
     * @param plan         the plan the script was written for
     * @param installation the Python interpreter with PyNN and NEURON
     * @param work         the written script, whose folder this run owns
     */
    public NeuronRun(SimulationPlan plan, PynnInstallation installation, Work work) {
        super(ENGINE, plan, installation, work);
    }

    @Override
    protected String spikeIdsFile() {
        return PynnScriptWriter.SPIKE_IDS;
    }

    @Override
    protected String spikeTimesFile() {
        return PynnScriptWriter.SPIKE_TIMES;
    }

    @Override
    protected String traceFile(int multimeter, int range, String recordable) {
        return PynnScriptWriter.traceFile(multimeter, range, recordable);
    }

    @Override
    protected int samplingSteps(SimulationPlan.Multimeter multimeter, double resolutionMs) {
        return PynnScriptWriter.samplingSteps(multimeter, resolutionMs);
    }

    /** @return e.g. {@code PyNN 0.10.1, NEURON 8.2.2} */
    @Override
    protected String engineVersion() {
        return installation().version().orElse("?");
    }
}
