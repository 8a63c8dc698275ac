package nngt.sim.brian2;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nngt.sim.api.Capabilities;
import nngt.sim.api.InterpreterOption;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.Simulator;
import nngt.sim.api.SupportLevel;
import nngt.sim.api.script.PythonScriptRun;
import nngt.sim.brian2.internal.Brian2Run;
import nngt.sim.brian2.internal.NeuronModelTemplate;
import nngt.sim.brian2.internal.ScriptWriter;

/**
 * The {@code brian2} simulator: writes a Brian2 script with NEST's equations and defaults (NEST's
 * refractory clamp, reset, threshold, update order and weight units), runs it with a Python 3 that
 * imports brian2 (Debian's python3-brian; see {@link Brian2Installation} for choosing the interpreter) and
 * reads the spikes back in NNGT ids. Runs are single-threaded and use Brian2's numpy code generation, so
 * no compiler is needed.
 */
public final class Brian2Simulator implements Simulator {

    /** The id users select this simulator with. */
    public static final String ID = "brian2";
    /** The simulator option naming the python3 that imports brian2 ({@link Brian2Installation}). */
    public static final String PYTHON_OPTION = "brian2.python";

    /** Creates the simulator; Python is only started by {@link #version()} and {@link #prepare}. */
    public Brian2Simulator() {
        // the Declarative Services runtime and ServiceLoader need a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * @return {@value #PYTHON_OPTION}: the python3 that imports brian2
     */
    @Override
    public Optional<InterpreterOption> interpreterOption() {
        return Optional.of(new InterpreterOption(PYTHON_OPTION, "Brian2", "-D" + Brian2Installation.PYTHON_PROPERTY
                + ", else $" + Brian2Installation.PYTHON_VARIABLE + ", else " + Brian2Installation.DEFAULT_PYTHON));
    }

    /**
     * The Brian2 version the configured interpreter imports.
     *
     * @return e.g. {@code brian2 2.5.1}, or {@code brian2 (not installed)}
     */
    @Override
    public String version() {
        return "brian2 " + Brian2Installation.detect().version().orElse("(not installed)");
    }

    /**
     * What the backend implements: iaf_psc_alpha, iaf_psc_exp, iaf_psc_delta, iaf_cond_exp, aeif_psc_alpha,
     * aeif_psc_exp, aeif_cond_alpha, aeif_cond_exp, izhikevich, static_synapse, tsodyks2_synapse,
     * poisson_generator, noise_generator, dc_generator, step_current_generator, spike_generator,
     * spike_recorder and multimeter (V_m, the synaptic currents or conductances, w, U_m), all
     * {@link SupportLevel#APPROXIMATE}: the equations, update order and event timing are NEST's, but the
     * propagators come from Brian2's symbolic exact integrator (equal to NEST's up to rounding),
     * iaf_cond_exp is integrated with fixed-step RK4 at the resolution and the aeif models with RK4 at
     * {@link NeuronModelTemplate#AEIF_INTERNAL_STEP_MS} instead of NEST's adaptive RKF45, izhikevich's
     * explicit scheme is NEST's up to rounding (SI units), and Poisson counts and noise currents come from
     * numpy's generator instead of NEST's. Everything else (other models, plastic synapses, spike_weights,
     * which the plan cannot carry) is unsupported.
     *
     * @return the capabilities
     */
    @Override
    public Capabilities capabilities() {
        Map<String, SupportLevel> neurons = new LinkedHashMap<>();
        for (String model : NeuronModelTemplate.modelNames()) {
            neurons.put(model, SupportLevel.APPROXIMATE);
        }
        Map<String, SupportLevel> synapses = Map.of("static_synapse", SupportLevel.APPROXIMATE, "tsodyks2_synapse",
                SupportLevel.APPROXIMATE);
        Map<String, SupportLevel> devices = new LinkedHashMap<>();
        devices.put("poisson_generator", SupportLevel.APPROXIMATE);
        devices.put("noise_generator", SupportLevel.APPROXIMATE);
        devices.put("dc_generator", SupportLevel.APPROXIMATE);
        devices.put("step_current_generator", SupportLevel.APPROXIMATE);
        devices.put("spike_generator", SupportLevel.APPROXIMATE);
        devices.put("spike_recorder", SupportLevel.APPROXIMATE);
        devices.put("multimeter", SupportLevel.APPROXIMATE);
        return new Capabilities(neurons, synapses, devices);
    }

    /**
     * Writes the Brian2 script of a plan and its data files without running them: the project that
     * {@link Brian2ProjectGenerator} ships. Run it with {@code python3 run_brian2.py} from the
     * folder.
     *
     * @param plan   the network, devices and settings
     * @param folder an existing, empty folder
     * @return the script's path
     * @throws IllegalArgumentException when the plan uses parts this backend does not support (all
     *         are listed) or a parameter value it cannot reproduce
     */
    public Path writeScript(SimulationPlan plan, Path folder) {
        capabilities().requireSupported(ID, plan);
        return ScriptWriter.write(plan, folder);
    }

    /**
     * Checks the plan against {@link #capabilities()}, writes the script and its data into a fresh
     * temporary folder and checks that brian2 is importable; nothing runs yet.
     *
     * @param plan the network, stimuli, recorders and settings
     * @return the prepared run; close it to delete its folder
     * @throws IllegalArgumentException when the plan uses an unsupported model, synapse or device (all
     *                                  are listed) or a parameter value the backend cannot reproduce
     * @throws IllegalStateException    when the configured Python cannot import brian2 (checked after the
     *                                  plan); the message says how to install it
     * @throws UncheckedIOException     when the work folder cannot be written
     */
    @Override
    public PreparedSimulation prepare(SimulationPlan plan) {
        capabilities().requireSupported(ID, plan);
        return PythonScriptRun.prepare(Brian2Run.ENGINE, plan, ScriptWriter::write,
                () -> Brian2Installation.detect(plan.options()),
                Brian2Installation.INSTALL_HINT, (installation, work) -> new Brian2Run(plan, installation, work));
    }
}
