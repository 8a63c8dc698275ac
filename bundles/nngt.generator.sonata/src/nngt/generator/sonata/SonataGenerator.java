package nngt.generator.sonata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nngt.catalog.NestCatalog;
import nngt.sim.api.Capabilities;
import nngt.sim.api.GeneratedProject;
import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlan.DcInput;
import nngt.sim.api.SimulationPlan.Multimeter;
import nngt.sim.api.SimulationPlan.SpikeRecorder;
import nngt.sim.api.SimulationPlan.StepCurrentInput;
import nngt.sim.api.SimulationPlan.Stimulus;
import nngt.sim.api.io.Json;
import nngt.sim.api.io.ResultsFolder;

/**
 * The {@code sonata} generator service: a plan as a SONATA circuit and simulation ({@code nngt generate MODEL
 * --target sonata --out DIR}, {@code nngt convert MODEL.nngt DIR/}). The circuit is {@link SonataCircuit}'s; this
 * class adds {@value #SIMULATION_CONFIG} and {@value #NODE_SETS}:
 * <ul>
 * <li>{@code run}: {@code tstop} and {@code dt} (ms), and {@code nngt_seed}, the model's seed;</li>
 * <li>{@code inputs}: spike trains as a {@code spikes} input of the virtual population (the circuit's
 * {@value SonataCircuit#SPIKE_TRAINS}); DC and step currents as {@code current_clamp} inputs ({@code IClamp},
 * {@code amp} in nA, {@code delay} and {@code duration} in ms; a step current is one clamp per step);</li>
 * <li>{@code output}: {@code spikes.h5} in {@code output/} when spikes are recorded (SONATA records every node;
 * each spike recorder's neurons are a node set named after it);</li>
 * <li>{@code reports}: one {@code multimeter_report} per multimeter and recordable ({@code variable_name} the NEST
 * recordable, {@code dt} its interval, {@code cells} the multimeter's node set).</li>
 * </ul>
 * SONATA has no Poisson or noise generator: a plan with one is refused by its {@link #capabilities()} (the
 * message lists them) and nothing is written. The NEST project generator's {@code nest.connections=sonata} mode
 * ships the circuit alone and keeps NEST's devices. {@code simulation_config.json} names
 * {@code target_simulator} NEST: {@code nest.SonataNetwork("circuit_config.json",
 * sim_config="simulation_config.json").BuildNetwork()} builds the network.
 */
public class SonataGenerator implements ProjectGenerator {

    /** The id users select this generator with. */
    public static final String ID = "sonata";
    /** The generator version, in the manifest of the folder. */
    public static final String VERSION = "0.1.0";
    /** The simulation configuration. */
    public static final String SIMULATION_CONFIG = "simulation_config.json";
    /** The node sets of the inputs and recorders. */
    public static final String NODE_SETS = "node_sets.json";

    /** The devices SONATA expresses (see the class comment). */
    private static final List<String> DEVICES = List.of("spike_generator", "dc_generator",
            "step_current_generator", "spike_recorder", "multimeter");
    /** pA to SONATA's nA. */
    private static final double NANOAMPERES_PER_PICOAMPERE = 1e-3;

    private static final Capabilities CAPABILITIES = Capabilities.everyCatalogModel(NestCatalog.standard(),
            DEVICES);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "SONATA circuit and simulation (HDF5 + CSV + JSON), loadable by nest.SonataNetwork";
    }

    /**
     * @return every catalogued neuron and synapse model (the files name NEST models), and the spike, DC and
     *         step-current generators, spike recorder and multimeter
     */
    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    /**
     * Writes the circuit, {@value #SIMULATION_CONFIG} and {@value #NODE_SETS}; the folder is a
     * {@link ResultsFolder} (the user's own files in it stay).
     *
     * @throws IllegalArgumentException when the plan has a stimulus SONATA cannot express (the message lists them)
     *                                  or an empty network; nothing is written then
     */
    @Override
    public GeneratedProject generate(SimulationPlan plan, Path folder) throws IOException {
        List<String> unsupported = CAPABILITIES.unsupportedParts(plan);
        if (!unsupported.isEmpty()) {
            throw new IllegalArgumentException("plan: SONATA cannot express " + String.join(", ", unsupported)
                    + " (its inputs are spike trains and current clamps); nothing was written. To run the circuit "
                    + "with NEST's devices, generate a NEST project with the option nest.connections=sonata.");
        }
        try (ResultsFolder output = ResultsFolder.create(folder.toAbsolutePath().normalize(),
                ResultsFolder.Foreign.KEEP, "choose another folder")) {
            Path staging = output.folder();
            TreeSet<String> files = new TreeSet<>(SonataCircuit.write(plan, staging, true));
            Map<String, Object> nodeSets = new LinkedHashMap<>();
            String population = SonataCircuit.population(plan);
            Map<String, Object> config = SonataCircuit.simulationConfig(plan);
            config.put("inputs", inputs(plan, population, nodeSets));
            if (plan.spikeRecorded().length > 0) {
                for (SpikeRecorder recorder : plan.spikeRecorders()) {
                    nodeSets.put(recorder.label(), nodeSet(population, recorder.neurons()));
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("output_dir", "$BASE_DIR/output");
                out.put("spikes_file", "spikes.h5");
                out.put("spikes_sort_order", "time");
                config.put("output", out);
            }
            config.put("reports", reports(plan, population, nodeSets));
            config.put("node_sets_file", "$BASE_DIR/" + NODE_SETS);
            SonataCircuit.writeText(staging, NODE_SETS, Json.writeExact(nodeSets) + "\n", files);
            SonataCircuit.writeText(staging, SIMULATION_CONFIG, Json.writeExact(config) + "\n", files);
            List<String> written = new ArrayList<>(files);
            written.add(ResultsFolder.MANIFEST);
            output.commit();
            return new GeneratedProject(output.destination(), List.copyOf(written),
                    "python3 -c \"import nest; nest.SonataNetwork('" + SonataCircuit.CIRCUIT_CONFIG
                            + "', sim_config='" + SIMULATION_CONFIG + "').BuildNetwork()\"",
                    "SONATA circuit of " + plan.neuronCount() + " nodes and " + plan.sources().length + " edges");
        }
    }

    private static Map<String, Object> inputs(SimulationPlan plan, String population, Map<String, Object> nodeSets) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        if (!SonataCircuit.spikeTrains(plan).isEmpty()) {
            String virtual = population + "_inputs";
            Map<String, Object> spikes = new LinkedHashMap<>();
            spikes.put("input_type", "spikes");
            spikes.put("module", "h5");
            spikes.put("input_file", "$BASE_DIR/" + SonataCircuit.SPIKE_TRAINS);
            spikes.put("node_set", virtual);
            inputs.put("spike_trains", spikes);
            nodeSets.put(virtual, Map.of("population", virtual));
        }
        List<Stimulus> stimuli = plan.stimuli();
        for (int s = 0; s < stimuli.size(); s++) {
            if (stimuli.get(s) instanceof DcInput dc) {
                String name = "stimulus_" + s;
                nodeSets.put(name, nodeSet(population, dc.targets()));
                double stop = Math.min(dc.stopMs(), plan.durationMs());
                inputs.put(name, clamp(name, dc.amplitudePa(), dc.startMs(), stop - dc.startMs()));
            } else if (stimuli.get(s) instanceof StepCurrentInput step) {
                String name = "stimulus_" + s;
                nodeSets.put(name, nodeSet(population, step.targets()));
                double[] times = step.timesMs();
                for (int k = 0; k < times.length; k++) {
                    double end = k + 1 < times.length ? times[k + 1] : plan.durationMs();
                    if (step.valuesPa()[k] != 0 && end > times[k]) {
                        inputs.put(name + "_step_" + k, clamp(name, step.valuesPa()[k], times[k], end - times[k]));
                    }
                }
            }
        }
        return inputs;
    }

    private static Map<String, Object> clamp(String nodeSet, double amplitudePa, double delayMs, double durationMs) {
        Map<String, Object> clamp = new LinkedHashMap<>();
        clamp.put("input_type", "current_clamp");
        clamp.put("module", "IClamp");
        clamp.put("node_set", nodeSet);
        clamp.put("amp", amplitudePa * NANOAMPERES_PER_PICOAMPERE);
        clamp.put("delay", delayMs);
        clamp.put("duration", durationMs);
        return clamp;
    }

    private static Map<String, Object> reports(SimulationPlan plan, String population, Map<String, Object> nodeSets) {
        Map<String, Object> reports = new LinkedHashMap<>();
        for (Multimeter multimeter : plan.multimeters()) {
            nodeSets.put(multimeter.label(), nodeSet(population, multimeter.neurons()));
            for (String variable : multimeter.recordFrom()) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("cells", multimeter.label());
                report.put("variable_name", variable);
                report.put("module", "multimeter_report");
                report.put("sections", "soma");
                report.put("dt", multimeter.intervalMs());
                report.put("start_time", 0.0);
                report.put("end_time", plan.durationMs());
                report.put("file_name", multimeter.label() + "_" + variable + ".h5");
                reports.put(multimeter.label() + "_" + variable, report);
            }
        }
        return reports;
    }

    private static Map<String, Object> nodeSet(String population, int[] neurons) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("population", population);
        List<Integer> ids = new ArrayList<>(neurons.length);
        for (int neuron : neurons) {
            ids.add(neuron);
        }
        set.put("node_id", ids);
        return set;
    }
}
