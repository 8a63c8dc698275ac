package nngt.sim.neuron;

import java.nio.file.Path;

import nngt.sim.api.Capabilities;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.script.ScriptProjectGenerator;
import nngt.sim.neuron.internal.PynnScriptWriter;

/**
 * The {@code pynn} project generator: the PyNN 0.10 script of a plan with its data files (what
 * {@link NeuronSimulator} runs), written atomically into a folder for people to run on pyNN.neuron with
 * {@code python3 run.py}. Registered as an OSGi Declarative Services component
 * ({@code OSGI-INF/nngt.sim.neuron.generator.xml}) and through {@link java.util.ServiceLoader}.
 */
public final class PynnProjectGenerator extends ScriptProjectGenerator {

    /** The id users select this generator with. */
    public static final String ID = "pynn";

    /** Creates the generator (public no-argument constructor for ServiceLoader and Declarative Services). */
    public PynnProjectGenerator() {
        super(PynnScriptWriter.SCRIPT, "PyNN script");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "PyNN 0.10 script with its data files, for pyNN.neuron (NEURON)";
    }

    /**
     * What the script can express: the same as the {@code neuron} simulator's.
     *
     * @return {@link NeuronSimulator#capabilities()}
     */
    @Override
    public Capabilities capabilities() {
        return new NeuronSimulator().capabilities();
    }

    @Override
    protected void writeScript(SimulationPlan plan, Path folder) {
        new NeuronSimulator().writeScript(plan, folder);
    }
}
