package nngt.generator.sonata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlan.NeuronRange;
import nngt.sim.api.SimulationPlan.SpikeTrainInput;
import nngt.sim.api.SimulationPlan.SynapseModel;
import nngt.sim.api.io.Json;

/**
 * Writes a plan's network as a SONATA circuit (SONATA 0.1, Dai et al. 2020, PLoS Comput Biol 16:e1007696) in the
 * form NEST's native loader reads ({@code nest.SonataNetwork(config).BuildNetwork()}, NEST ≥ 3.5; see NEST's
 * "NEST SONATA guide"). The one writer of SONATA files: the {@code sonata} generator and the NEST project
 * generator's SONATA connection mode both call it.
 *
 * <p>What it writes, relative to the folder:
 * <ul>
 * <li>{@value #NODES}: one population (see {@link #population}) with {@code node_type_id} (one node type per plan
 * range, in range order), {@code node_group_id} (the range) and {@code node_group_index} (the index inside the
 * range); node group {@code k} holds range k's per-neuron values ({@code dynamics_params/<name>}, NEST names and
 * units) and, for spatial networks, {@code x} and {@code y} in micrometres. Every node group carries the attribute
 * {@code nngt_group} (its group name).</li>
 * <li>{@value #NODE_TYPES}: space separated, {@code node_type_id model_type model_template dynamics_params pop_name
 * ei}, {@code model_type} {@code point_neuron}, {@code model_template} {@code nest:<model>}, {@code ei} {@code e}
 * or {@code i}; the JSON files in {@value #CELL_MODELS} hold the values the model sets for all of a range (NEST
 * names and units; what the model leaves unset keeps NEST's default).</li>
 * <li>{@value #EDGES} (only when the network has edges): one population {@code <population>_to_<population>},
 * edges sorted by target node id (in plan order within a target), {@code source_node_id} and {@code
 * target_node_id} (int64, attribute {@code node_population}), {@code edge_type_id} and {@code edge_group_id}
 * (int32, all 0) and {@code edge_group_index}; edge group {@code 0} holds {@code syn_weight} (float32, in the target model's
 * unit, negative for inhibitory sources as NEST wants), {@code delay} (float32, ms) and, per synapse parameter drawn
 * per edge, {@code dynamics_params/<name>} (NaN for edges whose model does not draw it); {@code indices/
 * target_to_source} and {@code indices/source_to_target} (left out beyond {@value #MAX_SOURCE_RANGES} ranges),
 * each with {@code node_id_to_range} (one row per node: the half-open rows of {@code range_to_edge_id} that list
 * its edges) and {@code range_to_edge_id} (half-open edge id ranges).</li>
 * <li>{@value #EDGE_TYPES}: {@code edge_type_id model_template dynamics_params}, one edge type per synapse model
 * of the plan (id k + 1 for synapse model k) and id 0 for static synapses; the JSON files in
 * {@value #SYNAPTIC_MODELS} hold each model's constant parameters (and {@code receptor_type} when not 0).</li>
 * <li>With {@code spike trains}: the plan's spike trains as a virtual population {@code <population>_inputs}
 * (one node per spike train) in {@value #INPUT_NODES} and {@value #INPUT_NODE_TYPES} (NEST wants one model type
 * per node types file), its edges to the network in {@value #INPUT_EDGES} and {@value #INPUT_EDGE_TYPES} (weight
 * and delay of each train), and the spike times in {@value #SPIKE_TRAINS} ({@code spikes/<population>_inputs/
 * timestamps} and {@code node_ids}, by time).</li>
 * <li>{@value #CIRCUIT_CONFIG}: the manifest ({@code $BASE_DIR} is the folder), the components folders and the
 * node and edge files.</li>
 * </ul>
 * The HDF5 files come from jHDF, which writes no time stamp: the same plan gives the same bytes.
 */
public final class SonataCircuit {

    /** The node file. */
    public static final String NODES = "nodes.h5";
    /** The node types file. */
    public static final String NODE_TYPES = "node_types.csv";
    /** The edge file. */
    public static final String EDGES = "edges.h5";
    /** The edge types file. */
    public static final String EDGE_TYPES = "edge_types.csv";
    /** The virtual nodes of the spike-train inputs. */
    public static final String INPUT_NODES = "input_nodes.h5";
    /** The node types file of the virtual nodes. */
    public static final String INPUT_NODE_TYPES = "input_node_types.csv";
    /** The edges from the virtual nodes to the network. */
    public static final String INPUT_EDGES = "input_edges.h5";
    /** The edge types file of the input edges. */
    public static final String INPUT_EDGE_TYPES = "input_edge_types.csv";
    /** The spike times of the virtual nodes. */
    public static final String SPIKE_TRAINS = "inputs/spike_trains.h5";
    /** The folder of the neuron parameter files. */
    public static final String CELL_MODELS = "components/cell_models";
    /** The folder of the synapse parameter files. */
    public static final String SYNAPTIC_MODELS = "components/synaptic_models";
    /** The circuit configuration. */
    public static final String CIRCUIT_CONFIG = "circuit_config.json";

    /** SONATA's magic number, a root attribute of every SONATA HDF5 file. */
    private static final int MAGIC = 0x0A7A;
    /** The SONATA version the files follow, major and minor. */
    private static final int[] VERSION = {0, 1};
    /** The most ranges of a {@code source_to_target} index that is written (see {@code writeIndices}). */
    public static final int MAX_SOURCE_RANGES = 1 << 20;
    /** The edge type of static synapses (synapse model k has type k + 1). */
    private static final int STATIC_EDGE_TYPE = 0;

    private SonataCircuit() {
    }

    /**
     * The node population name of a plan: its network name when that is a plain identifier, else {@code network}.
     *
     * @param plan the plan
     * @return the population name
     */
    public static String population(SimulationPlan plan) {
        return plan.name().matches("[A-Za-z_][A-Za-z0-9_]*") ? plan.name() : "network";
    }

    /**
     * Writes the circuit into a folder (a staging folder: the caller makes the output atomic).
     *
     * @param plan        the plan
     * @param folder      an existing folder
     * @param spikeTrains whether the plan's spike trains become virtual nodes with their edges
     * @return the files written, relative to the folder, sorted
     * @throws IOException when writing fails
     */
    public static List<String> write(SimulationPlan plan, Path folder, boolean spikeTrains) throws IOException {
        if (plan.neuronCount() == 0) {
            throw new IllegalArgumentException("plan: the network has no neuron; a SONATA circuit needs one at least");
        }
        List<SpikeTrainInput> trains = spikeTrains ? spikeTrains(plan) : List.of();
        if (!trains.isEmpty() && trains.stream().allMatch(train -> train.timesMs().length == 0)) {
            // jHDF cannot write an empty dataset
            throw new IllegalArgumentException("stimuli: the model's spike trains have no spike; SONATA's spikes "
                    + "file cannot hold them (give at least one spike time)");
        }
        String population = population(plan);
        TreeSet<String> files = new TreeSet<>();
        Files.createDirectories(folder.resolve(CELL_MODELS));
        writeNodes(plan, folder, population, files);
        List<Map<String, Object>> nodeFiles = new ArrayList<>();
        nodeFiles.add(files(NODES, "nodes_file", NODE_TYPES, "node_types_file"));
        List<Map<String, Object>> edgeFiles = new ArrayList<>();
        if (plan.sources().length > 0) {
            Files.createDirectories(folder.resolve(SYNAPTIC_MODELS));
            writeEdges(plan, folder, population, files);
            edgeFiles.add(files(EDGES, "edges_file", EDGE_TYPES, "edge_types_file"));
        }
        if (!trains.isEmpty()) {
            Files.createDirectories(folder.resolve(SYNAPTIC_MODELS));
            Files.createDirectories(folder.resolve(SPIKE_TRAINS).getParent());
            writeSpikeTrains(trains, folder, population, files);
            nodeFiles.add(files(INPUT_NODES, "nodes_file", INPUT_NODE_TYPES, "node_types_file"));
            edgeFiles.add(files(INPUT_EDGES, "edges_file", INPUT_EDGE_TYPES, "edge_types_file"));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("manifest", Map.of("$BASE_DIR", "."));
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("point_neuron_models_dir", "$BASE_DIR/" + CELL_MODELS);
        components.put("synaptic_models_dir", "$BASE_DIR/" + SYNAPTIC_MODELS);
        config.put("components", components);
        Map<String, Object> networks = new LinkedHashMap<>();
        networks.put("nodes", nodeFiles);
        networks.put("edges", edgeFiles);
        config.put("networks", networks);
        writeText(folder, CIRCUIT_CONFIG, Json.writeExact(config) + "\n", files);
        return List.copyOf(files);
    }

    /**
     * The part of a SONATA simulation configuration that NEST's loader requires: {@code target_simulator} NEST, the
     * manifest ({@code $BASE_DIR} is the folder of the file), the circuit configuration as {@code network}, and
     * {@code run} with {@code tstop}, {@code dt} (ms) and {@code nngt_seed} (the model's seed).
     *
     * @param plan the plan
     * @return the configuration, in file order; callers add inputs, outputs and reports
     */
    public static Map<String, Object> simulationConfig(SimulationPlan plan) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("target_simulator", "NEST");
        config.put("manifest", Map.of("$BASE_DIR", "."));
        config.put("network", "$BASE_DIR/" + CIRCUIT_CONFIG);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tstop", plan.durationMs());
        run.put("dt", plan.resolutionMs());
        run.put("nngt_seed", plan.seed());
        config.put("run", run);
        return config;
    }

    /** @return the plan's spike trains, in stimulus order */
    static List<SpikeTrainInput> spikeTrains(SimulationPlan plan) {
        return plan.stimuli().stream().filter(SpikeTrainInput.class::isInstance).map(SpikeTrainInput.class::cast)
                .toList();
    }

    private static Map<String, Object> files(String h5, String h5Key, String csv, String csvKey) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(h5Key, "$BASE_DIR/" + h5);
        entry.put(csvKey, "$BASE_DIR/" + csv);
        return entry;
    }

    private static void writeNodes(SimulationPlan plan, Path folder, String population, TreeSet<String> files)
            throws IOException {
        List<NeuronRange> ranges = plan.ranges();
        int count = plan.neuronCount();
        int[] typeIds = new int[count];
        int[] groupIds = new int[count];
        long[] groupIndices = new long[count];
        StringBuilder types = new StringBuilder("node_type_id model_type model_template dynamics_params pop_name ei\n");
        for (int g = 0; g < ranges.size(); g++) {
            NeuronRange range = ranges.get(g);
            for (int i = 0; i < range.size(); i++) {
                typeIds[range.firstId() + i] = g;
                groupIds[range.firstId() + i] = g;
                groupIndices[range.firstId() + i] = i;
            }
            String parameters = g + "_" + range.group() + ".json";
            Map<String, Object> constants = new TreeMap<>();
            range.parameters().forEach((name, values) -> {
                if (constant(values)) {
                    constants.put(name, values[0]);
                }
            });
            writeText(folder, CELL_MODELS + "/" + parameters, Json.writeExact(constants) + "\n", files);
            types.append(g).append(" point_neuron nest:").append(range.model()).append(' ').append(parameters)
                    .append(' ').append(range.group()).append(' ').append(range.neuronType() > 0 ? 'e' : 'i')
                    .append('\n');
        }
        writeText(folder, NODE_TYPES, types.toString(), files);
        try (WritableHdfFile file = HdfFile.write(folder.resolve(NODES))) {
            stamp(file);
            WritableGroup nodes = file.putGroup("nodes").putGroup(population);
            nodes.putDataset("node_type_id", typeIds);
            nodes.putDataset("node_group_id", groupIds);
            nodes.putDataset("node_group_index", groupIndices);
            for (int g = 0; g < ranges.size(); g++) {
                NeuronRange range = ranges.get(g);
                WritableGroup group = nodes.putGroup(Integer.toString(g));
                // jHDF writes a group without members or attributes that HDF5 cannot open; this attribute is useful
                group.putAttribute("nngt_group", range.group());
                if (range.size() == 0) {
                    continue;
                }
                if (plan.x() != null) {
                    group.putDataset("x", java.util.Arrays.copyOfRange(plan.x(), range.firstId(),
                            range.firstId() + range.size()));
                    group.putDataset("y", java.util.Arrays.copyOfRange(plan.y(), range.firstId(),
                            range.firstId() + range.size()));
                }
                WritableGroup dynamics = null;
                for (Map.Entry<String, double[]> entry : range.parameters().entrySet()) {
                    if (constant(entry.getValue())) {
                        continue;
                    }
                    double[] values = new double[range.size()];
                    Double fallback = range.defaults().get(entry.getKey());
                    for (int i = 0; i < values.length; i++) {
                        values[i] = range.value(entry.getKey(), i, fallback == null ? Double.NaN : fallback);
                    }
                    if (dynamics == null) {
                        dynamics = group.putGroup("dynamics_params");
                    }
                    dynamics.putDataset(entry.getKey(), values);
                }
            }
        }
        files.add(NODES);
    }

    private static void writeEdges(SimulationPlan plan, Path folder, String population, TreeSet<String> files)
            throws IOException {
        int[] sources = plan.sources();
        int[] targets = plan.targets();
        float[] weights = plan.weights();
        float[] delays = plan.delaysMs();
        int[] modelIndex = plan.synapseModelIndex();
        int edges = sources.length;
        int[] order = EdgeOrder.byTarget(targets, plan.neuronCount());
        long[] sortedSources = new long[edges];
        long[] sortedTargets = new long[edges];
        int[] typeIds = new int[edges];
        int[] groupIds = new int[edges];
        long[] groupIndices = new long[edges];
        float[] sortedWeights = new float[edges];
        float[] sortedDelays = new float[edges];
        Map<String, float[]> columns = new TreeMap<>();
        plan.edgeParameters().keySet().forEach(name -> columns.put(name, new float[edges]));
        boolean[] usedTypes = new boolean[plan.synapseModels().size() + 1];
        for (int e = 0; e < edges; e++) {
            int edge = order[e];
            sortedSources[e] = sources[edge];
            sortedTargets[e] = targets[edge];
            int type = modelIndex == null || modelIndex[edge] < 0 ? STATIC_EDGE_TYPE : modelIndex[edge] + 1;
            typeIds[e] = type;
            usedTypes[type] = true;
            groupIndices[e] = e;
            sortedWeights[e] = weights[edge];
            sortedDelays[e] = delays[edge];
            for (Map.Entry<String, float[]> column : plan.edgeParameters().entrySet()) {
                columns.get(column.getKey())[e] = column.getValue()[edge];
            }
        }
        StringBuilder types = new StringBuilder("edge_type_id model_template dynamics_params\n");
        for (int type = 0; type < usedTypes.length; type++) {
            if (!usedTypes[type]) {
                continue;
            }
            String model;
            Map<String, Object> constants = new TreeMap<>();
            if (type == STATIC_EDGE_TYPE) {
                model = "static_synapse";
            } else {
                SynapseModel synapse = plan.synapseModels().get(type - 1);
                model = synapse.model();
                constants.putAll(synapse.parameters());
                if (synapse.receptorType() != 0) {
                    constants.put("receptor_type", synapse.receptorType());
                }
            }
            String parameters = type + "_" + model + ".json";
            writeText(folder, SYNAPTIC_MODELS + "/" + parameters, Json.writeExact(constants) + "\n", files);
            types.append(type).append(' ').append(model).append(' ').append(parameters).append('\n');
        }
        writeText(folder, EDGE_TYPES, types.toString(), files);
        String edgePopulation = population + "_to_" + population;
        try (WritableHdfFile file = HdfFile.write(folder.resolve(EDGES))) {
            stamp(file);
            WritableGroup group = file.putGroup("edges").putGroup(edgePopulation);
            WritableDataset sourceIds = group.putDataset("source_node_id", sortedSources);
            sourceIds.putAttribute("node_population", population);
            WritableDataset targetIds = group.putDataset("target_node_id", sortedTargets);
            targetIds.putAttribute("node_population", population);
            group.putDataset("edge_type_id", typeIds);
            group.putDataset("edge_group_id", groupIds);
            group.putDataset("edge_group_index", groupIndices);
            WritableGroup values = group.putGroup("0");
            values.putDataset("syn_weight", sortedWeights);
            values.putDataset("delay", sortedDelays);
            if (!columns.isEmpty()) {
                WritableGroup dynamics = values.putGroup("dynamics_params");
                columns.forEach(dynamics::putDataset);
            }
            writeIndices(group, EdgeOrder.index(sortedTargets, plan.neuronCount()), sortedSources,
                    plan.neuronCount());
        }
        files.add(EDGES);
    }

    private static void writeSpikeTrains(List<SpikeTrainInput> trains, Path folder, String population,
            TreeSet<String> files) throws IOException {
        String inputs = population + "_inputs";
        int count = trains.size();
        writeText(folder, INPUT_NODE_TYPES, "node_type_id model_type\n0 virtual\n", files);
        try (WritableHdfFile file = HdfFile.write(folder.resolve(INPUT_NODES))) {
            stamp(file);
            WritableGroup nodes = file.putGroup("nodes").putGroup(inputs);
            nodes.putDataset("node_type_id", new int[count]);
            nodes.putDataset("node_group_id", new int[count]);
            long[] indices = new long[count];
            for (int i = 0; i < count; i++) {
                indices[i] = i;
            }
            nodes.putDataset("node_group_index", indices);
            nodes.putGroup("0").putAttribute("nngt_group", "spike trains");
        }
        files.add(INPUT_NODES);

        // the edges of every train, sorted by target like the network's
        int edges = trains.stream().mapToInt(train -> train.targets().length).sum();
        int[] sources = new int[edges];
        int[] targets = new int[edges];
        int e = 0;
        for (int t = 0; t < count; t++) {
            for (int target : trains.get(t).targets()) {
                sources[e] = t;
                targets[e++] = target;
            }
        }
        int neurons = java.util.Arrays.stream(targets).max().orElse(-1) + 1;
        int[] order = EdgeOrder.byTarget(targets, neurons);
        long[] sortedSources = new long[edges];
        long[] sortedTargets = new long[edges];
        long[] indices = new long[edges];
        float[] weights = new float[edges];
        float[] delays = new float[edges];
        for (int i = 0; i < edges; i++) {
            SpikeTrainInput train = trains.get(sources[order[i]]);
            sortedSources[i] = sources[order[i]];
            sortedTargets[i] = targets[order[i]];
            indices[i] = i;
            weights[i] = (float) train.weight();
            delays[i] = (float) train.delayMs();
        }
        writeText(folder, SYNAPTIC_MODELS + "/input_static_synapse.json", "{}\n", files);
        writeText(folder, INPUT_EDGE_TYPES, "edge_type_id model_template dynamics_params\n"
                + "0 static_synapse input_static_synapse.json\n", files);
        try (WritableHdfFile file = HdfFile.write(folder.resolve(INPUT_EDGES))) {
            stamp(file);
            WritableGroup group = file.putGroup("edges").putGroup(inputs + "_to_" + population);
            group.putDataset("source_node_id", sortedSources).putAttribute("node_population", inputs);
            group.putDataset("target_node_id", sortedTargets).putAttribute("node_population", population);
            group.putDataset("edge_type_id", new int[edges]);
            group.putDataset("edge_group_id", new int[edges]);
            group.putDataset("edge_group_index", indices);
            WritableGroup values = group.putGroup("0");
            values.putDataset("syn_weight", weights);
            values.putDataset("delay", delays);
            writeIndices(group, EdgeOrder.index(sortedTargets, neurons), sortedSources, count);
        }
        files.add(INPUT_EDGES);

        // spike times of all trains, by time then train (SONATA's spikes format, sorting "by_time")
        int spikes = trains.stream().mapToInt(train -> train.timesMs().length).sum();
        double[] times = new double[spikes];
        int[] trainOf = new int[spikes];
        int s = 0;
        for (int t = 0; t < count; t++) {
            for (double time : trains.get(t).timesMs()) {
                trainOf[s] = t;
                times[s++] = time;
            }
        }
        Integer[] byTime = new Integer[spikes];
        for (int i = 0; i < spikes; i++) {
            byTime[i] = i;
        }
        java.util.Arrays.sort(byTime, (a, b) -> times[a] != times[b] ? Double.compare(times[a], times[b])
                : Integer.compare(trainOf[a], trainOf[b]));
        double[] sortedTimes = new double[spikes];
        long[] nodeIds = new long[spikes];
        for (int i = 0; i < spikes; i++) {
            sortedTimes[i] = times[byTime[i]];
            nodeIds[i] = trainOf[byTime[i]];
        }
        try (WritableHdfFile file = HdfFile.write(folder.resolve(SPIKE_TRAINS))) {
            stamp(file);
            WritableGroup group = file.putGroup("spikes").putGroup(inputs);
            group.putAttribute("sorting", "by_time");
            group.putDataset("timestamps", sortedTimes).putAttribute("units", "ms");
            group.putDataset("node_ids", nodeIds);
        }
        files.add(SPIKE_TRAINS);
    }

    /**
     * The {@code indices} group of an edge population, whose edges are sorted by target: {@code target_to_source}
     * (one range per target) always, {@code source_to_target} when it has at most {@value #MAX_SOURCE_RANGES}
     * ranges. Sorted by target, a source's edges lie in about as many ranges as it has edges, and jHDF 0.13 writes
     * a two-column dataset row by row (minutes for 10^7 rows); SONATA makes the indices optional, NEST does not
     * read them, and libsonata can build them from the node id columns.
     */
    private static void writeIndices(WritableGroup population, EdgeOrder.Index byTarget, long[] sources,
            int sourceNodes) {
        WritableGroup indices = population.putGroup("indices");
        WritableGroup targetToSource = indices.putGroup("target_to_source");
        targetToSource.putDataset("node_id_to_range", byTarget.nodeIdToRange());
        targetToSource.putDataset("range_to_edge_id", byTarget.rangeToEdgeId());
        if (EdgeOrder.ranges(sources) <= MAX_SOURCE_RANGES) {
            EdgeOrder.Index bySource = EdgeOrder.index(sources, sourceNodes);
            WritableGroup sourceToTarget = indices.putGroup("source_to_target");
            sourceToTarget.putDataset("node_id_to_range", bySource.nodeIdToRange());
            sourceToTarget.putDataset("range_to_edge_id", bySource.rangeToEdgeId());
        }
    }

    /**
     * @param values a parameter's values for a range
     * @return whether one value holds for every neuron (then it goes to the node type's parameter file); NaN, a
     *         neuron left at the default, makes the values per neuron
     */
    static boolean constant(double[] values) {
        for (double value : values) {
            if (Double.isNaN(value) || Double.doubleToLongBits(value) != Double.doubleToLongBits(values[0])) {
                return false;
            }
        }
        return true;
    }

    /** SONATA's root attributes. */
    private static void stamp(WritableHdfFile file) {
        file.putAttribute("magic", new int[] {MAGIC});
        file.putAttribute("version", VERSION.clone());
    }

    static void writeText(Path folder, String file, String text, TreeSet<String> files) throws IOException {
        Path path = folder.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
        files.add(file);
    }
}
