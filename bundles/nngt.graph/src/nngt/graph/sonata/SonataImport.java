package nngt.graph.sonata;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

import nngt.catalog.ModelKind;
import nngt.catalog.ModelSpec;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.catalog.ParameterSpec;
import nngt.graph.io.EdgeFile;
import nngt.model.AllNeurons;
import nngt.model.Connection;
import nngt.model.ConstantValue;
import nngt.model.CustomValues;
import nngt.model.FromFile;
import nngt.model.GroupEndpoint;
import nngt.model.GroupSelection;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.NngtFactory;
import nngt.model.Parameter;
import nngt.model.Population;
import nngt.model.Position;
import nngt.model.Selection;
import nngt.model.SimulationSettings;
import nngt.model.Space;
import nngt.model.SynapseSpec;
import nngt.model.Unit;
import nngt.model.api.Groups;
import nngt.model.api.NestVersions;
import nngt.model.api.Units;

/**
 * Turns a SONATA circuit into a model whose connections read the circuit's edges ({@code from_file}).
 *
 * <p>Input: {@code circuit_config.json} (or a simulation config whose {@code network} names one), with its
 * {@code manifest} variables, {@code components.point_neuron_models_dir} and {@code networks.nodes} /
 * {@code networks.edges}. Nodes: every node population of every nodes file, in order; node ids must be
 * 0 to n-1 in row order (what every writer produces). A group is a run of consecutive nodes of one node
 * type (the language's groups are contiguous id ranges), named after the type's {@code pop_name} (or
 * {@code model_name}, else {@code type_<id>}), with a suffix from the second run of a type on; its model is
 * the type's {@code model_template} {@code nest:<model>} and its parameters the type's
 * {@code dynamics_params} JSON, both checked against the NEST catalog; per-node values of the node groups
 * ({@code dynamics_params/<name>}) become one value per neuron. A type is inhibitory when its
 * {@code ei} column says {@code i}, or when it has no {@code ei} column and an edge from it has a negative
 * {@code syn_weight}. Positions: every node's {@code x} and {@code y} in its node group, where every node has them.
 * Edges: one connection per edge population and edge type, from the groups of its source node population to
 * those of its target node population, reading the edges file (declared {@code multigraph} when it repeats an edge), with the edge type's {@code syn_weight}
 * and {@code delay} columns of {@code edge_types.csv}, where present, as the values of the edges that have
 * none of their own. Synapses: an edge type's {@code model_template} (a NEST synapse model, bare or with
 * {@code nest:}) and its {@code dynamics_params} JSON (in {@code components.synaptic_models_dir}) become a synapse
 * specification for every group pair its edges join (none for a static synapse without parameters); the edge
 * groups' {@code dynamics_params/<name>} columns reach the network through {@code from_file} as per-edge values.
 *
 * <p>From a simulation config: the seed ({@code run.nngt_seed}, which the SONATA export writes), the duration
 * ({@code run.tstop}) and the resolution ({@code run.dt}).
 *
 * <p>The network is named after its node population when there is one, else after the config's folder.
 *
 * <p>Refused with a message naming the offender and what would be valid: virtual nodes (spike inputs),
 * multi-compartment models, a neuron or synapse model the catalog does not know, an unknown or non-numeric
 * parameter, two edge types that declare different synapses on one group pair.
 */
public final class SonataImport {

    private static final NngtFactory FACTORY = NngtFactory.eINSTANCE;
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?");
    private static final String NEST_PREFIX = "nest:";
    private static final String STATIC_SYNAPSE = "static_synapse";
    /** The entry of a synapse's dynamics_params that is NEST's receptor port, not a parameter. */
    private static final String RECEPTOR_TYPE = "receptor_type";

    private final Path config;
    private final Path modelFolder;
    private final NestCatalog catalog;
    private final NestFamily family = NestVersions.family(null);
    private final Map<String, String> manifest = new LinkedHashMap<>();
    private final Map<String, List<NeuralGroup>> groupsOfPopulation = new LinkedHashMap<>();
    private final Map<String, Integer> runsOfName = new LinkedHashMap<>();
    /** The synapse specification of each (source group, target group) pair, with the edge type that gave it. */
    private final Map<List<NeuralGroup>, DeclaredSynapse> synapseOfPair = new LinkedHashMap<>();
    /** The folder of the edge types' dynamics_params files (components.synaptic_models_dir), or null. */
    private Path synapseModelsDir;
    /** The circuit config (the given config, or the one a simulation config names). */
    private Path circuitFile;
    /** The simulation config's "run" object (tstop, dt, nngt_seed), or null when a circuit config was given. */
    private JsonObject run;

    private SonataImport(Path config, Path modelFolder, NestCatalog catalog) {
        this.config = config.toAbsolutePath().normalize();
        this.modelFolder = modelFolder.toAbsolutePath().normalize();
        this.catalog = catalog;
    }

    /**
     * @param config the circuit config (or a simulation config naming one)
     * @param modelFolder the folder the model will be written to: from_file paths are made relative to it
     * @param catalog the NEST catalog the models and parameters are checked against
     * @return the model
     * @throws IllegalArgumentException when the circuit cannot be read or expressed (the message names the
     *         file, the entry and what would be valid)
     */
    public static Network read(Path config, Path modelFolder, NestCatalog catalog) {
        return new SonataImport(config, modelFolder, catalog).build();
    }

    private Network build() {
        JsonObject circuit = circuitConfig(config);
        Path base = circuitFile.getParent(); // the circuit config's folder, which a simulation config may not share
        JsonObject networks = object(circuit, "networks", config);
        Path modelsDir = component(circuit, "point_neuron_models_dir", base);
        synapseModelsDir = component(circuit, "synaptic_models_dir", base);
        Network network = FACTORY.createNetwork();
        network.setName(identifier(config.getParent().getFileName() == null ? "circuit"
                : config.getParent().getFileName().toString())); // several node populations: the circuit's folder
        Population population = FACTORY.createPopulation();
        network.setPopulation(population);
        List<double[]> positions = new ArrayList<>();
        boolean allPositioned = true;
        List<EdgeSource> edgeFiles = new ArrayList<>();
        if (networks.has("edges")) {
            for (JsonElement entry : networks.getAsJsonArray("edges")) {
                JsonObject edges = entry.getAsJsonObject();
                Path file = path(string(edges, "edges_file", config), base);
                Path types = edges.has("edge_types_file") ? path(edges.get("edge_types_file").getAsString(), base) : null;
                edgeFiles.add(new EdgeSource(file, types, types == null ? Map.of() : csv(types, "edge_type_id")));
            }
        }
        for (JsonElement entry : networks.getAsJsonArray("nodes")) {
            JsonObject nodes = entry.getAsJsonObject();
            Path file = path(string(nodes, "nodes_file", config), base);
            Path typesFile = path(string(nodes, "node_types_file", config), base);
            Map<Integer, Map<String, String>> types = csv(typesFile, "node_type_id");
            allPositioned &= readNodes(file, typesFile, types, modelsDir, population, positions, edgeFiles);
        }
        if (population.getGroups().isEmpty()) {
            throw new IllegalArgumentException("The circuit '" + config + "' has no nodes.");
        }
        if (groupsOfPopulation.size() == 1) {
            // one node population: the network it was (the exporters name the population after it)
            network.setName(identifier(groupsOfPopulation.keySet().iterator().next()));
        }
        if (allPositioned && !positions.isEmpty()) {
            Space space = FACTORY.createSpace();
            for (double[] xy : positions) {
                Position position = FACTORY.createPosition();
                position.setX(xy[0]);
                position.setY(xy[1]);
                space.getPositions().add(position);
            }
            network.setSpace(space);
        }
        for (EdgeSource edges : edgeFiles) {
            connect(network, edges);
        }
        simulation(network);
        return network;
    }

    /** A folder of the config's {@code components}, or null when it names none. */
    private Path component(JsonObject circuit, String key, Path base) {
        if (circuit.has("components") && circuit.getAsJsonObject("components").has(key)) {
            return path(circuit.getAsJsonObject("components").get(key).getAsString(), base);
        }
        return null;
    }

    /** The simulation config's seed (nngt_seed, as the SONATA export writes it), duration and resolution. */
    private void simulation(Network network) {
        if (run == null) {
            return;
        }
        if (run.has("nngt_seed")) {
            network.setSeed(run.get("nngt_seed").getAsLong());
        }
        if (run.has("tstop")) {
            SimulationSettings settings = FACTORY.createSimulationSettings();
            settings.setDuration(Units.quantity(run.get("tstop").getAsDouble(), Unit.MILLISECOND));
            if (run.has("dt")) {
                settings.setResolution(Units.quantity(run.get("dt").getAsDouble(), Unit.MILLISECOND));
            }
            network.setSimulation(settings);
        }
    }

    /** An edges file, its edge types file (or null) and the edge types by id. */
    private record EdgeSource(Path file, Path typesFile, Map<Integer, Map<String, String>> types) {
    }

    // ------------------------------------------------------------------ config

    private JsonObject circuitConfig(Path file) {
        JsonObject json = json(file);
        if (json.has("manifest")) {
            json.getAsJsonObject("manifest").entrySet()
                    .forEach(e -> manifest.put(e.getKey().replaceAll("^\\$\\{?|\\}$", ""), e.getValue().getAsString()));
        }
        if (json.has("run") && json.get("run").isJsonObject() && run == null) {
            run = json.getAsJsonObject("run");
        }
        if (!json.has("networks") && json.has("network")) {
            Path circuit = path(json.get("network").getAsString(), file.getParent());
            return circuitConfig(circuit);
        }
        circuitFile = file;
        return json;
    }

    private static JsonObject json(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The SONATA config '" + file + "' does not exist.");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonElement element = JsonParser.parseReader(reader);
            if (!element.isJsonObject()) {
                throw new IllegalArgumentException("'" + file + "' holds no JSON object; a SONATA config is one.");
            }
            return element.getAsJsonObject();
        } catch (IOException | JsonParseException e) {
            throw new IllegalArgumentException("'" + file + "' is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static JsonObject object(JsonObject json, String key, Path file) {
        if (!json.has(key) || !json.get(key).isJsonObject()) {
            throw new IllegalArgumentException("'" + file + "' has no \"" + key + "\" object; a SONATA circuit config has one.");
        }
        return json.getAsJsonObject(key);
    }

    private static String string(JsonObject json, String key, Path file) {
        if (!json.has(key) || !json.get(key).isJsonPrimitive()) {
            throw new IllegalArgumentException("An entry of \"networks\" in '" + file + "' lacks \"" + key + "\".");
        }
        return json.get(key).getAsString();
    }

    /** A config path with its manifest variables replaced, relative to the config's folder. */
    private Path path(String text, Path base) {
        String resolved = text;
        for (int depth = 0; depth < 16 && resolved.contains("$"); depth++) {
            Matcher matcher = VARIABLE.matcher(resolved);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String value = manifest.get(matcher.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("The path '" + text + "' in '" + config + "' uses $" + matcher.group(1)
                            + ", which the manifest does not define; it defines " + manifest.keySet() + ".");
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(out);
            resolved = out.toString();
        }
        Path path = Path.of(resolved);
        return (path.isAbsolute() ? path : base.resolve(path)).normalize();
    }

    /** A SONATA CSV (space separated, one header line): the rows by their id column. */
    private static Map<Integer, Map<String, String>> csv(Path file, String idColumn) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("The SONATA types file '" + file + "' cannot be read: " + e.getMessage(), e);
        }
        lines.removeIf(String::isBlank);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("The SONATA types file '" + file + "' is empty; it needs a header line.");
        }
        List<String> header = Arrays.asList(lines.get(0).trim().split("\\s+"));
        if (!header.contains(idColumn)) {
            throw new IllegalArgumentException("The SONATA types file '" + file + "' has no column '" + idColumn
                    + "'; its columns are " + header + ".");
        }
        Map<Integer, Map<String, String>> rows = new LinkedHashMap<>();
        for (int l = 1; l < lines.size(); l++) {
            String[] cells = lines.get(l).trim().split("\\s+");
            if (cells.length != header.size()) {
                throw new IllegalArgumentException("Line " + (l + 1) + " of '" + file + "' has " + cells.length
                        + " values for the " + header.size() + " columns " + header + ": " + lines.get(l).trim());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                row.put(header.get(c), cells[c].replaceAll("^[\"']|[\"']$", ""));
            }
            try {
                rows.put(Integer.parseInt(row.get(idColumn)), row);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Line " + (l + 1) + " of '" + file + "' has the " + idColumn + " '"
                        + row.get(idColumn) + "'; it must be a whole number.", e);
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ nodes

    /** Adds the groups of every population of a nodes file; returns whether every node has a position. */
    private boolean readNodes(Path file, Path typesFile, Map<Integer, Map<String, String>> types, Path modelsDir,
            Population population, List<double[]> positions, List<EdgeSource> edgeFiles) {
        boolean positioned = true;
        try (HdfFile hdf = Hdf5Columns.open(file)) {
            Group nodes = Hdf5Columns.group(hdf, "nodes");
            if (nodes == null) {
                throw new IllegalArgumentException("'" + file + "' is not a SONATA nodes file: it has no /nodes group.");
            }
            for (String name : new java.util.TreeSet<>(nodes.getChildren().keySet())) {
                Group group = Hdf5Columns.group(nodes, name);
                if (group == null) {
                    continue;
                }
                Dataset typeColumn = Hdf5Columns.dataset(group, "node_type_id");
                if (typeColumn == null) {
                    throw new IllegalArgumentException("'" + file + "' lacks /nodes/" + name + "/node_type_id.");
                }
                int[] typeIds = Hdf5Columns.ints(typeColumn, "node type id");
                Dataset idColumn = Hdf5Columns.dataset(group, "node_id");
                if (idColumn != null) {
                    int[] ids = Hdf5Columns.ints(idColumn, "node id");
                    for (int i = 0; i < ids.length; i++) {
                        if (ids[i] != i) {
                            throw new IllegalArgumentException("Row " + i + " of /nodes/" + name + "/node_id in '" + file
                                    + "' is " + ids[i] + "; the import needs node ids 0 to n-1 in row order.");
                        }
                    }
                }
                NodeGroups nodeGroups = new NodeGroups(group, typeIds.length, file);
                Set<Integer> inhibitoryByWeights = inhibitoryTypesByWeights(name, typeIds, edgeFiles);
                List<NeuralGroup> groups = new ArrayList<>();
                for (int start = 0; start < typeIds.length;) {
                    int end = start;
                    while (end < typeIds.length && typeIds[end] == typeIds[start]) {
                        end++;
                    }
                    NeuralGroup neurons = group(typeIds[start], end - start, types, typesFile, modelsDir,
                            inhibitoryByWeights, nodes.getChildren().size() > 1 ? name : null);
                    perNodeParameters(neurons, nodeGroups, start, end);
                    groups.add(neurons);
                    start = end;
                }
                population.getGroups().addAll(groups);
                groupsOfPopulation.put(name, groups);
                positioned &= nodeGroups.positions(positions);
            }
        }
        return positioned;
    }

    /** The node types with a negative syn_weight on an edge they send (for types without an ei column). */
    private static Set<Integer> inhibitoryTypesByWeights(String population, int[] typeIds, List<EdgeSource> edgeFiles) {
        Set<Integer> inhibitory = new HashSet<>();
        for (EdgeSource edges : edgeFiles) {
            for (SonataEdges.Population edgePopulation : SonataEdges.populations(edges.file())) {
                if (!population.equals(edgePopulation.sourceNodes())) {
                    continue;
                }
                EdgeFile read = SonataEdges.read(edges.file(), edgePopulation.name(), null);
                float[] weights = read.weights();
                for (int e = 0; e < read.size(); e++) {
                    int source = read.sources()[e];
                    if (weights != null && weights[e] < 0 && source >= 0 && source < typeIds.length) {
                        inhibitory.add(typeIds[source]);
                    }
                }
                int[] edgeTypes = edgePopulation.edgeTypes();
                for (int edgeType : edgeTypes) {
                    String weight = edges.types().getOrDefault(edgeType, Map.of()).get(SonataEdges.SYN_WEIGHT);
                    if (weight != null && number(weight, "syn_weight of edge type " + edgeType) < 0) {
                        EdgeFile ofType = SonataEdges.read(edges.file(), edgePopulation.name(), edgeType);
                        for (int source : ofType.sources()) {
                            if (source >= 0 && source < typeIds.length) {
                                inhibitory.add(typeIds[source]);
                            }
                        }
                    }
                }
            }
        }
        return inhibitory;
    }

    private NeuralGroup group(int typeId, int size, Map<Integer, Map<String, String>> types, Path typesFile,
            Path modelsDir, Set<Integer> inhibitoryByWeights, String populationPrefix) {
        Map<String, String> type = types.get(typeId);
        if (type == null) {
            throw new IllegalArgumentException("Node type " + typeId + " is used by the nodes but not listed in '"
                    + typesFile + "'; it lists " + types.keySet() + ".");
        }
        String where = "node type " + typeId + " of '" + typesFile + "'";
        String modelType = type.get("model_type");
        if (modelType != null && !modelType.equals("point_process") && !modelType.equals("point_neuron")) {
            throw new IllegalArgumentException("The " + where + " has model_type '" + modelType
                    + "'; the import reads point neurons (point_process) only"
                    + (modelType.equals("virtual") ? " (virtual nodes, spike inputs, are not imported)" : "") + ".");
        }
        String template = type.get("model_template");
        if (template == null || !template.startsWith(NEST_PREFIX)) {
            throw new IllegalArgumentException("The " + where + " has the model_template '" + template
                    + "'; the import needs 'nest:<model>' (a NEST neuron model).");
        }
        String model = template.substring(NEST_PREFIX.length());
        ModelSpec spec = catalog.model(model, ModelKind.NEURON, family).orElseThrow(() -> new IllegalArgumentException(
                "The " + where + " uses the NEST model '" + model + "', which is not a neuron model of the catalog; close names: "
                        + NestCatalog.suggestions(model, catalog.modelNames(ModelKind.NEURON, family)) + "."));
        NeuralGroup group = FACTORY.createNeuralGroup();
        String baseName = identifier((populationPrefix == null ? "" : populationPrefix + "_")
                + type.getOrDefault("pop_name", type.getOrDefault("model_name", "type_" + typeId)));
        int run = runsOfName.merge(baseName, 1, Integer::sum);
        group.setName(run == 1 ? baseName : baseName + "_" + run);
        group.setSize(size);
        group.setNeuronModel(model);
        String ei = type.get("ei");
        boolean inhibitory = ei != null ? ei.toLowerCase(Locale.ROOT).startsWith("i") : inhibitoryByWeights.contains(typeId);
        group.setNeuronType(inhibitory ? Groups.INHIBITORY : Groups.EXCITATORY);
        String dynamics = type.get("dynamics_params");
        if (dynamics != null && !dynamics.equalsIgnoreCase("NONE")) {
            Path file = modelsDir != null ? modelsDir.resolve(dynamics) : typesFile.getParent().resolve(dynamics);
            JsonObject values = json(file);
            for (Map.Entry<String, JsonElement> entry : values.entrySet()) {
                group.getParameters().add(parameter(spec, entry.getKey(), entry.getValue(), file));
            }
        }
        return group;
    }

    private static Parameter parameter(ModelSpec spec, String name, JsonElement value, Path file) {
        ParameterSpec parameterSpec = spec.parameter(name).orElseThrow(() -> new IllegalArgumentException("'" + file
                + "' sets '" + name + "', which " + spec.name() + " does not have; close names: "
                + NestCatalog.suggestions(name, spec.settableNames()) + "."));
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("'" + file + "' sets '" + name + "' to " + value
                    + "; the import takes numbers (in NEST's unit, " + parameterSpec.unit() + ").");
        }
        Unit unit = parameterSpec.unit() == null ? null : Unit.get(parameterSpec.unit());
        Parameter parameter = FACTORY.createParameter();
        parameter.setName(name);
        ConstantValue constant = FACTORY.createConstantValue();
        constant.setValue(unit == null ? Units.quantity(value.getAsDouble()) : Units.quantity(value.getAsDouble(), unit));
        parameter.setValue(constant);
        return parameter;
    }

    /**
     * The node groups of a population: where each node's own values are ({@code node_group_id},
     * {@code node_group_index}; without them every node is in group 0, at its row), read once per column.
     */
    private static final class NodeGroups {
        private final Group population;
        private final int[] groupIds;
        private final int[] groupIndices;
        private final Path file;
        private final Map<String, double[]> columns = new LinkedHashMap<>();

        NodeGroups(Group population, int count, Path file) {
            this.population = population;
            this.file = file;
            Dataset ids = Hdf5Columns.dataset(population, "node_group_id");
            Dataset indices = Hdf5Columns.dataset(population, "node_group_index");
            this.groupIds = ids == null ? new int[count] : Hdf5Columns.ints(ids, "node group id");
            if (indices != null) {
                this.groupIndices = Hdf5Columns.ints(indices, "node group index");
            } else {
                this.groupIndices = new int[count];
                Map<Integer, Integer> next = new java.util.HashMap<>();
                for (int i = 0; i < count; i++) {
                    groupIndices[i] = next.merge(groupIds[i], 1, Integer::sum) - 1;
                }
            }
            if (groupIds.length != count || groupIndices.length != count) {
                throw new IllegalArgumentException("In '" + file + "', " + population.getPath()
                        + "/node_group_id or node_group_index does not have one row per node (" + count + ").");
            }
        }

        /** The column of a node group ("x", "dynamics_params/V_m"), or null when it has none. */
        double[] column(int group, String path) {
            String key = group + "/" + path;
            if (!columns.containsKey(key)) {
                Group nodeGroup = Hdf5Columns.group(population, Integer.toString(group));
                Node node = nodeGroup == null ? null : nodeGroup.getChildren().get(path.split("/")[0]);
                if (node instanceof Group inner && path.contains("/")) {
                    node = inner.getChildren().get(path.substring(path.indexOf('/') + 1));
                }
                columns.put(key, node instanceof Dataset dataset ? Hdf5Columns.doubles(dataset) : null);
            }
            return columns.get(key);
        }

        /** The value of node i in its group's column, or NaN when its group has no such column. */
        double value(int node, String path) {
            double[] column = column(groupIds[node], path);
            if (column == null) {
                return Double.NaN;
            }
            if (groupIndices[node] < 0 || groupIndices[node] >= column.length) {
                throw new IllegalArgumentException("Node " + node + " of '" + file + "' (" + population.getPath()
                        + ") points at row " + groupIndices[node] + " of its node group " + groupIds[node] + ", whose "
                        + path + " has " + column.length + " rows.");
            }
            return column[groupIndices[node]];
        }

        /** The per-node parameter names of the node groups that nodes [from, to) are in. */
        Set<String> dynamicsNames(int from, int to) {
            Set<String> names = new java.util.TreeSet<>();
            Set<Integer> seen = new HashSet<>();
            for (int i = from; i < to; i++) {
                if (seen.add(groupIds[i])) {
                    Group nodeGroup = Hdf5Columns.group(population, Integer.toString(groupIds[i]));
                    Group dynamics = nodeGroup == null ? null : Hdf5Columns.group(nodeGroup, "dynamics_params");
                    if (dynamics != null) {
                        names.addAll(dynamics.getChildren().keySet());
                    }
                }
            }
            return names;
        }

        /** Appends every node's (x, y); false when some node has none. */
        boolean positions(List<double[]> positions) {
            List<double[]> found = new ArrayList<>();
            for (int i = 0; i < groupIds.length; i++) {
                double x = value(i, "x");
                double y = value(i, "y");
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    return false;
                }
                found.add(new double[] { x, y });
            }
            positions.addAll(found);
            return true;
        }
    }

    /**
     * The values a node group gives each node ({@code dynamics_params/<name>}) as one value per neuron, over the
     * node type's value of the same name (SONATA: a node's own value wins).
     */
    private void perNodeParameters(NeuralGroup group, NodeGroups nodeGroups, int from, int to) {
        ModelSpec spec = catalog.model(group.getNeuronModel(), ModelKind.NEURON, family).orElseThrow();
        for (String name : nodeGroups.dynamicsNames(from, to)) {
            ParameterSpec parameterSpec = spec.parameter(name).orElseThrow(() -> new IllegalArgumentException(
                    "The nodes of group '" + group.getName() + "' set the per-node parameter '" + name + "', which "
                            + spec.name() + " does not have; close names: "
                            + NestCatalog.suggestions(name, spec.settableNames()) + "."));
            CustomValues values = FACTORY.createCustomValues();
            for (int i = from; i < to; i++) {
                double value = nodeGroups.value(i, "dynamics_params/" + name);
                if (Double.isNaN(value)) {
                    throw new IllegalArgumentException("Node " + i + " of group '" + group.getName() + "' has no value of the "
                            + "per-node parameter '" + name + "' that other nodes of its group have; give it to every node.");
                }
                values.getValues().add(value);
            }
            Unit unit = parameterSpec.unit() == null ? null : Unit.get(parameterSpec.unit());
            values.setUnit(unit == null ? Unit.NONE : unit);
            group.getParameters().removeIf(parameter -> parameter.getName().equals(name));
            Parameter parameter = FACTORY.createParameter();
            parameter.setName(name);
            parameter.setValue(values);
            group.getParameters().add(parameter);
        }
    }

    // ------------------------------------------------------------------ edges

    private void connect(Network network, EdgeSource edges) {
        for (SonataEdges.Population population : SonataEdges.populations(edges.file())) {
            List<NeuralGroup> sources = nodePopulation(population.sourceNodes(), population, edges.file());
            List<NeuralGroup> targets = nodePopulation(population.targetNodes(), population, edges.file());
            int[] types = population.edgeTypes();
            for (int type : types) {
                Map<String, String> row = edges.types().get(type);
                String where = "edge type " + type + " (" + edges.file().getFileName() + ", population '"
                        + population.name() + "')";
                if (row == null && !edges.types().isEmpty()) {
                    throw new IllegalArgumentException("The " + where + " is not listed in the edge types file; it lists "
                            + edges.types().keySet() + ".");
                }
                EdgeFile read = SonataEdges.read(edges.file(), population.name(), types.length > 1 ? type : null);
                declareSynapses(network, edges, read, type, sources, targets, where);
                Connection connection = FACTORY.createConnection();
                // the file's parallel edges are kept: the connection says it is a multigraph
                connection.setMultigraph(read.firstRepeatedEdge() >= 0);
                connection.setSources(selection(network, sources));
                connection.setTargets(selection(network, targets));
                FromFile rule = FACTORY.createFromFile();
                rule.setPath(relative(edges.file()));
                if (populationsIn(edges.file()) > 1) {
                    rule.setPopulation(population.name());
                }
                if (types.length > 1) {
                    rule.setEdgeType(type);
                }
                connection.setRule(rule);
                if (row != null && row.containsKey(SonataEdges.SYN_WEIGHT)) {
                    ConstantValue weight = FACTORY.createConstantValue();
                    weight.setValue(Units.quantity(Math.abs(number(row.get(SonataEdges.SYN_WEIGHT), "syn_weight of the " + where))));
                    connection.setWeights(weight);
                }
                if (row != null && row.containsKey(SonataEdges.DELAY)) {
                    ConstantValue delay = FACTORY.createConstantValue();
                    delay.setValue(Units.quantity(number(row.get(SonataEdges.DELAY), "delay of the " + where), Unit.MILLISECOND));
                    connection.setDelays(delay);
                }
                network.getConnections().add(connection);
            }
        }
    }

    /** What an edge type declares for the group pairs its edges join, and which edge type it is. */
    private record DeclaredSynapse(String description, SynapseSpec spec, String edgeType) {
    }

    /**
     * Declares the synapse of an edge type ({@code model_template}, NEST's bare name or {@code nest:<model>}, and
     * the {@code dynamics_params} JSON's constants) for every group pair its edges join: a synapse specification
     * per pair, none for a static synapse without parameters. The language gives one specification per group pair,
     * so two edge types that declare different synapses on one pair are refused.
     */
    private void declareSynapses(Network network, EdgeSource edges, EdgeFile read, int type,
            List<NeuralGroup> sources, List<NeuralGroup> targets, String where) {
        Map<String, String> row = edges.types().getOrDefault(type, Map.of());
        String template = row.get("model_template");
        String model = template == null || template.equalsIgnoreCase("NONE") ? STATIC_SYNAPSE
                : template.startsWith(NEST_PREFIX) ? template.substring(NEST_PREFIX.length()) : template;
        ModelSpec spec = catalog.model(model, ModelKind.SYNAPSE, family).orElseThrow(() -> new IllegalArgumentException(
                "The " + where + " has the model_template '" + template + "', which is not a NEST synapse model of the "
                        + "catalog; valid are 'nest:<synapse>' or '<synapse>' with a NEST synapse model, close names: "
                        + NestCatalog.suggestions(model, catalog.modelNames(ModelKind.SYNAPSE, family)) + "."));
        SynapseSpec synapse = FACTORY.createSynapseSpec();
        synapse.setSynapseModel(model);
        String dynamics = row.get("dynamics_params");
        if (dynamics != null && !dynamics.equalsIgnoreCase("NONE")) {
            Path base = synapseModelsDir != null ? synapseModelsDir : edges.typesFile().getParent();
            Path file = base.resolve(dynamics);
            for (Map.Entry<String, JsonElement> entry : json(file).entrySet()) {
                if (entry.getKey().equals(RECEPTOR_TYPE)) {
                    synapse.setReceptorPort(wholeNumber(entry.getValue(), RECEPTOR_TYPE, file));
                } else {
                    synapse.getParameters().add(parameter(spec, entry.getKey(), entry.getValue(), file));
                }
            }
        }
        String description = describe(synapse);
        if (model.equals(STATIC_SYNAPSE) && synapse.getParameters().isEmpty() && synapse.getReceptorPort() == null) {
            synapse = null; // the language's default: no specification
        }
        int[] sourceGroup = groupIndex(sources);
        int[] targetGroup = groupIndex(targets);
        java.util.TreeSet<Long> pairs = new java.util.TreeSet<>();
        for (int e = 0; e < read.size(); e++) {
            int s = read.sources()[e];
            int t = read.targets()[e];
            if (s >= 0 && s < sourceGroup.length && t >= 0 && t < targetGroup.length) {
                pairs.add((long) sourceGroup[s] * targets.size() + targetGroup[t]);
            }
        }
        for (long pair : pairs) {
            NeuralGroup from = sources.get((int) (pair / targets.size()));
            NeuralGroup to = targets.get((int) (pair % targets.size()));
            DeclaredSynapse declared = new DeclaredSynapse(description, synapse == null ? null : copyFor(synapse, from, to),
                    "edge type " + type);
            DeclaredSynapse before = synapseOfPair.putIfAbsent(List.of(from, to), declared);
            if (before == null) {
                if (declared.spec() != null) {
                    network.getSynapses().add(declared.spec());
                }
            } else if (!before.description().equals(description)) {
                throw new IllegalArgumentException("The edges from group '" + from.getName() + "' to group '"
                        + to.getName() + "' use " + before.edgeType() + " (" + before.description() + ") and the "
                        + where + " (" + description + "); a model gives one synapse per group pair, so the import "
                        + "needs every edge of a pair to have one synapse model with the same constant parameters.");
            }
        }
    }

    /** The group of every local node id of a node population's groups. */
    private static int[] groupIndex(List<NeuralGroup> groups) {
        int[] index = new int[groups.stream().mapToInt(NeuralGroup::getSize).sum()];
        int next = 0;
        for (int g = 0; g < groups.size(); g++) {
            Arrays.fill(index, next, next + groups.get(g).getSize(), g);
            next += groups.get(g).getSize();
        }
        return index;
    }

    /** A synapse specification as the messages show it: model, constants in file order, port. */
    private static String describe(SynapseSpec synapse) {
        StringBuilder text = new StringBuilder(synapse.getSynapseModel());
        for (Parameter parameter : synapse.getParameters()) {
            text.append(text.indexOf("{") < 0 ? " {" : ",").append(' ').append(parameter.getName()).append(" = ")
                    .append(Units.toNest(((ConstantValue) parameter.getValue()).getValue()));
        }
        if (!synapse.getParameters().isEmpty()) {
            text.append(" }");
        }
        return synapse.getReceptorPort() == null ? text.toString() : text + " port " + synapse.getReceptorPort();
    }

    /** The specification for one group pair: a copy of the edge type's, keyed by the two groups. */
    private static SynapseSpec copyFor(SynapseSpec synapse, NeuralGroup source, NeuralGroup target) {
        SynapseSpec copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(synapse);
        GroupEndpoint from = FACTORY.createGroupEndpoint();
        from.setGroup(source);
        GroupEndpoint to = FACTORY.createGroupEndpoint();
        to.setGroup(target);
        copy.setSource(from);
        copy.setTarget(to);
        return copy;
    }

    private static int wholeNumber(JsonElement value, String name, Path file) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                && value.getAsDouble() == Math.rint(value.getAsDouble())) {
            return value.getAsInt();
        }
        throw new IllegalArgumentException("'" + file + "' sets '" + name + "' to " + value + "; it must be a whole number.");
    }

    private static int populationsIn(Path file) {
        return SonataEdges.populations(file).size();
    }

    private List<NeuralGroup> nodePopulation(String name, SonataEdges.Population population, Path file) {
        String chosen = name;
        if (chosen == null && groupsOfPopulation.size() == 1) {
            chosen = groupsOfPopulation.keySet().iterator().next();
        }
        List<NeuralGroup> groups = chosen == null ? null : groupsOfPopulation.get(chosen);
        if (groups == null) {
            throw new IllegalArgumentException("The edge population '" + population.name() + "' of '" + file
                    + "' connects the node population '" + name + "', which no nodes file of the circuit holds; "
                    + "the circuit's node populations are " + groupsOfPopulation.keySet() + ".");
        }
        return groups;
    }

    private static Selection selection(Network network, List<NeuralGroup> groups) {
        if (groups.equals(network.getPopulation().getGroups())) {
            AllNeurons all = FACTORY.createAllNeurons();
            return all;
        }
        GroupSelection selection = FACTORY.createGroupSelection();
        selection.getGroups().addAll(groups);
        return selection;
    }

    private String relative(Path file) {
        try {
            return modelFolder.relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toString(); // another root (a Windows drive): absolute
        }
    }

    private static double number(String text, String what) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + what + " is '" + text + "'; it must be a number.", e);
        }
    }

    /** A name the language accepts: letters, digits and underscores, not starting with a digit. */
    static String identifier(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9_]", "_");
        return cleaned.isEmpty() || Character.isDigit(cleaned.charAt(0)) ? "g_" + cleaned : cleaned;
    }
}
