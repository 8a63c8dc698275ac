package nngt.sim.brian2;

import java.nio.file.Path;

import nngt.sim.api.Capabilities;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.script.ScriptProjectGenerator;
import nngt.sim.brian2.internal.ScriptWriter;

/**
 * The {@code brian2} project generator: the Brian2 script of a plan with its data files (what
 * {@link Brian2Simulator} runs), written atomically into a folder for people to run with
 * {@code python3 run_brian2.py}. Registered as an OSGi Declarative Services component
 * ({@code OSGI-INF/nngt.sim.brian2.generator.xml}) and through {@link java.util.ServiceLoader}.
 */
public final class Brian2ProjectGenerator extends ScriptProjectGenerator {

    /** The id users select this generator with. */
    public static final String ID = "brian2";

    /** Creates the generator (public no-argument constructor for ServiceLoader and Declarative Services). */
    public Brian2ProjectGenerator() {
        super(ScriptWriter.SCRIPT, "Brian2 script");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Brian2 script with its data files (python3 with brian2, numpy code generation)";
    }

    /**
     * What the script can express: the same as the {@code brian2} simulator's.
     *
     * @return {@link Brian2Simulator#capabilities()}
     */
    @Override
    public Capabilities capabilities() {
        return new Brian2Simulator().capabilities();
    }

    @Override
    protected void writeScript(SimulationPlan plan, Path folder) {
        new Brian2Simulator().writeScript(plan, folder);
    }
}
