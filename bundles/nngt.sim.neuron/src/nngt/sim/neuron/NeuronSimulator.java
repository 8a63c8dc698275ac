package nngt.sim.neuron;

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
import nngt.sim.neuron.internal.NeuronRun;
import nngt.sim.neuron.internal.PynnCell;
import nngt.sim.neuron.internal.PynnScriptWriter;
import nngt.sim.neuron.internal.PynnSynapse;

/**
 * The {@code neuron} simulator: writes a PyNN 0.10 script in which every NEST model of the plan runs as the
 * PyNN standard cell that stands for it ({@link PynnCell}: iaf_psc_alpha as IF_curr_alpha, iaf_psc_exp as
 * IF_curr_exp, iaf_cond_exp as IF_cond_exp, iaf_cond_alpha as IF_cond_alpha, izhikevich as Izhikevich,
 * hh_cond_exp_traub as HH_cond_exp, aeif_cond_alpha as EIF_cond_alpha_isfa_ista, with NEST's parameters in
 * PyNN's units) and every synapse model as the PyNN synapse type that computes the same efficacies
 * ({@link PynnSynapse}), runs it on
 * {@code pyNN.neuron} with a Python 3 that imports PyNN and NEURON (see {@link PynnInstallation}) and reads the
 * spikes and traces back in NNGT ids and NEST's units. Runs are single-process.
 */
public final class NeuronSimulator implements Simulator {

    /** The id users select this simulator with. */
    public static final String ID = "neuron";
    /** The simulator option naming the python3 that imports pyNN and neuron ({@link PynnInstallation}). */
    public static final String PYTHON_OPTION = "neuron.python";

    /** Creates the simulator; Python is only started by {@link #version()} and {@link #prepare}. */
    public NeuronSimulator() {
        // the Declarative Services runtime and ServiceLoader need a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * @return {@value #PYTHON_OPTION}: the python3 that imports pyNN and neuron
     */
    @Override
    public Optional<InterpreterOption> interpreterOption() {
        return Optional.of(new InterpreterOption(PYTHON_OPTION, "NEURON (PyNN)", "-D" + PynnInstallation.PYTHON_PROPERTY
                + ", else $" + PynnInstallation.PYTHON_VARIABLE + ", else " + PynnInstallation.DEFAULT_PYTHON));
    }

    /**
     * The PyNN and NEURON versions the configured interpreter imports.
     *
     * @return e.g. {@code PyNN 0.10.1, NEURON 8.2.2}, or {@code PyNN/NEURON (not installed)}
     */
    @Override
    public String version() {
        return PynnInstallation.detect().version().orElse("PyNN/NEURON (not installed)");
    }

    /**
     * What the backend implements, all {@link SupportLevel#APPROXIMATE}: NEURON integrates the cells with its
     * own fixed-step Crank-Nicolson scheme instead of NEST's exact propagators or adaptive RKF45, detects spikes by
     * threshold crossing in its own way and draws Poisson trains and noise from its own generators (seeded from
     * the plan's seed). Neuron models: iaf_psc_alpha, iaf_psc_exp, iaf_cond_exp, iaf_cond_alpha, izhikevich,
     * hh_cond_exp_traub, aeif_cond_alpha. Synapses: static_synapse, tsodyks_synapse and tsodyks2_synapse (PyNN's
     * TsodyksMarkramSynapse), stdp_synapse with NEST's additive rule (STDPMechanism); {@link PynnSynapse} says
     * which of their values are equivalent, and the others are refused when the script is written. Devices:
     * poisson_generator, dc_generator, step_current_generator, noise_generator (one independent PyNN
     * NoisyCurrentSource per target), spike_generator, spike_recorder and multimeter (V_m, g_ex, g_in, U_m, w
     * where the cell has them).
     * Everything else is unsupported and refused with the list.
     *
     * @return the capabilities
     */
    @Override
    public Capabilities capabilities() {
        Map<String, SupportLevel> neurons = new LinkedHashMap<>();
        for (String model : PynnCell.nestModels()) {
            neurons.put(model, SupportLevel.APPROXIMATE);
        }
        Map<String, SupportLevel> synapses = new LinkedHashMap<>();
        for (String model : PynnSynapse.NEST_MODELS) {
            synapses.put(model, SupportLevel.APPROXIMATE);
        }
        Map<String, SupportLevel> devices = new LinkedHashMap<>();
        for (String device : new String[] {"poisson_generator", "dc_generator", "step_current_generator",
            "noise_generator", "spike_generator", "spike_recorder", "multimeter"}) {
            devices.put(device, SupportLevel.APPROXIMATE);
        }
        return new Capabilities(neurons, synapses, devices);
    }

    /**
     * Writes the PyNN script of a plan and its data files without running them: the project that
     * {@link PynnProjectGenerator} ships. Run it with {@code python3 run.py} from the folder.
     *
     * @param plan   the network, devices and settings
     * @param folder an existing, empty folder
     * @return the script's path
     * @throws IllegalArgumentException when the plan uses parts this backend does not support (all are listed) or
     *                                  a parameter value PyNN cannot represent
     */
    public Path writeScript(SimulationPlan plan, Path folder) {
        capabilities().requireSupported(ID, plan);
        return PynnScriptWriter.write(plan, folder);
    }

    /**
     * Checks the plan against {@link #capabilities()}, writes the script and its data into a fresh temporary
     * folder and checks that pyNN.neuron is importable (compiling PyNN's mechanisms into the per-user cache the
     * first time); nothing runs yet.
     *
     * @param plan the network, stimuli, recorders and settings
     * @return the prepared run; close it to delete its folder
     * @throws IllegalArgumentException when the plan uses an unsupported model, synapse or device (all are
     *                                  listed) or a parameter value PyNN cannot represent
     * @throws IllegalStateException    when pyNN.neuron cannot be used (checked after the plan); the message says
     *                                  what is missing and how to install it
     * @throws UncheckedIOException     when the work folder cannot be written
     */
    @Override
    public PreparedSimulation prepare(SimulationPlan plan) {
        capabilities().requireSupported(ID, plan);
        return PythonScriptRun.prepare(NeuronRun.ENGINE, plan, PynnScriptWriter::write,
                () -> PynnInstallation.detect(plan.options()),
                PynnInstallation.INSTALL_HINT, (installation, work) -> new NeuronRun(plan, installation, work));
    }
}
