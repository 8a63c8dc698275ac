package nngt.generator.nest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nngt.catalog.NestFamily;
import nngt.generator.sonata.SonataCircuit;
import nngt.generator.nest.internal.ProjectPlan.GroupPlan;
import nngt.generator.nest.internal.ProjectPlan.NativePlan;
import nngt.generator.nest.internal.ProjectPlan.PairPlan;
import nngt.generator.nest.internal.ProjectPlan.RecorderPlan;
import nngt.generator.nest.internal.ProjectPlan.StimulusPlan;
import nngt.sim.api.SimulationPlan;

/**
 * Renders {@code run.py} from the resource {@code templates/run.py}: it writes the header, the summary in the
 * module docstring, the constants and the data section (the model as Python literals, every model string escaped
 * by {@link PythonLiterals}) and inserts the fixed code of the targeted NEST flavour ({@code templates/nest3_api.py}
 * or {@code templates/nest2_api.py}). All the code is in those resources, laid out like NEST's own examples (module
 * docstring, section banners, units in comments).
 */
public final class RunPyTemplate {

    /** How main() builds the network from arrays and rules (the default). */
    private static final String ARRAYS_BUILD = """
                nodes = [create_group(group) for group in GROUPS]
                offset = node_ids(nodes[0])[0]
                connect_pairs(offset)
                connect_native(nodes)
            """;

    /** How main() builds the network from the SONATA circuit. */
    private static final String SONATA_BUILD = """
                nodes = build_sonata()
                offset = node_ids(nodes[0])[0]
            """;

    /** The function that loads the circuit (SonataCircuit writes it to network/sonata/). */
    private static final String SONATA_BUILDER = """
            SONATA_POPULATION = @POPULATION@
            SONATA_HYPERSLAB = 2 ** 20  # edges read per HDF5 read


            def build_sonata():
                \"""Create the neurons and connect them from the SONATA circuit.

                NEST's own loader creates the nodes with their node type's values
                and the edges (syn_weight, delay) in C++; each process reads the
                edge files and keeps the connections of the neurons it hosts.
                The group's values are then set as nest.Create gets them in
                create_group, and the per-neuron values as create_group does.
                \"""
                folder = os.path.join(NETWORK, "sonata")
                circuit = nest.SonataNetwork(
                    os.path.join(folder, "circuit_config.json"),
                    sim_config=os.path.join(folder, "simulation_config.json"))
                population = circuit.BuildNetwork(
                    hdf5_hyperslab_size=SONATA_HYPERSLAB)[SONATA_POPULATION]
                nodes = []
                first = 0
                for group in GROUPS:
                    members = population[first:first + group["size"]]
                    first += group["size"]
                    members.set(group["params"])  # as given to nest.Create
                    columns = {name: np.load(os.path.join(NETWORK, file_name)).tolist()
                               for name, file_name in group["arrays"].items()}
                    if columns:
                        members.set([dict(zip(columns, values))
                                     for values in zip(*columns.values())])
                    nodes.append(members)
                return nodes


            """;

    private RunPyTemplate() {
    }

    /**
     * @param plan the project plan
     * @param header the header line (a Python comment)
     * @param files per group index, parameter name to the .npy file name of its per-neuron values
     * @param ratesFiles per stimulus index, the file of its per-target rates (or null)
     * @return the text of run.py
     */
    public static String render(ProjectPlan plan, String header, List<Map<String, String>> files,
            List<String> ratesFiles) {
        boolean nest2 = plan.family() == NestFamily.NEST_2_20;
        Map<String, String> blocks = new LinkedHashMap<>();
        blocks.put("HEADER", header + "\n");
        blocks.put("SUMMARY", summary(plan, nest2));
        blocks.put("CONSTANTS", constants(plan, nest2));
        blocks.put("DATA", data(plan, files, ratesFiles));
        blocks.put("NEST_API", Template.load(nest2 ? "nest2_api.py" : "nest3_api.py").fill(Map.of("PREAMBLE", "")));
        blocks.put("SONATA", plan.sonata() ? SONATA_BUILDER.replace("@POPULATION@",
                PythonLiterals.string(SonataCircuit.population(plan.plan()))) : "");
        blocks.put("BUILD", plan.sonata() ? SONATA_BUILD : ARRAYS_BUILD);
        return Template.load("run.py").fill(blocks);
    }

    private static String summary(ProjectPlan plan, boolean nest2) {
        String shown = PythonLiterals.string(plan.plan().name());
        StringBuilder out = new StringBuilder();
        out.append("Model ").append(shown.length() <= 60 ? shown : "(see model.json)").append(", NEST ")
                .append(nest2 ? "2.20" : "3").append(" flavour.\n");
        if (plan.sonata()) {
            out.append("The network has ").append(plan.plan().neuronCount()).append(" neurons in ")
                    .append(plan.groups().size()).append(" groups and ").append(plan.plan().sources().length)
                    .append(" connections,\n");
            out.append("built by NEST's SONATA loader from ``network/sonata/`` (signed weights\n");
            out.append("in NEST units, delays in ms).\n");
            return out.toString();
        }
        out.append("The network has ").append(plan.plan().neuronCount()).append(" neurons in ")
                .append(plan.groups().size()).append(" groups. ").append(plan.arrayEdges())
                .append(" connections are\n");
        out.append("read from ``network/*.npy`` (NNGT ids, signed weights in NEST units,\n");
        out.append("delays in ms) and created with one ``one_to_one`` Connect per group\n");
        out.append("pair; ").append(plan.natives().size()).append(" connection rules are drawn by NEST itself.\n");
        return out.toString();
    }

    private static String constants(ProjectPlan plan, boolean nest2) {
        SimulationPlan simulation = plan.plan();
        StringBuilder out = new StringBuilder();
        out.append("MODEL_NAME = ").append(PythonLiterals.string(simulation.name())).append('\n');
        out.append("SEED = ").append(simulation.seed()).append("  # the model's seed: source of every seed\n");
        if (nest2) {
            out.append("BASE_SEED = ").append(plan.nest2BaseSeed())
                    .append("  # grng_seed = BASE_SEED + N_vp, rng_seeds follow\n");
        } else {
            out.append("RNG_SEED = ").append(plan.nestSeed()).append("  # NEST's rng_seed\n");
        }
        out.append("RESOLUTION = ").append(PythonLiterals.number(simulation.resolutionMs())).append("  # ms\n");
        out.append("DURATION = ").append(PythonLiterals.number(simulation.durationMs())).append("  # ms\n");
        out.append("DEFAULT_THREADS = ").append(simulation.threads()).append('\n');
        out.append("SHARDS = ").append(plan.shards())
                .append("  # edge files are grouped by the rank of their target\n");
        out.append("SHARD = ").append(plan.shard() < 0 ? "None" : Integer.toString(plan.shard()))
                .append("  # k: only rank k's edges (nngt generate --shard k/SHARDS)\n");
        out.append("SPIKE_RECORDER = ").append(PythonLiterals.string(plan.kernel().spikeRecorderModel()))
                .append('\n');
        out.append("SPATIAL = ").append(simulation.x() != null ? "True" : "False").append('\n');
        return out.toString();
    }

    private static String data(ProjectPlan plan, List<Map<String, String>> files, List<String> ratesFiles) {
        StringBuilder out = new StringBuilder();
        out.append("# Groups in population order; NEST ids follow NNGT ids.\n");
        out.append("GROUPS = [\n");
        for (int g = 0; g < plan.groups().size(); g++) {
            GroupPlan group = plan.groups().get(g);
            out.append("    {\n");
            out.append("        \"name\": ").append(PythonLiterals.string(group.name())).append(",\n");
            out.append("        \"model\": ").append(PythonLiterals.string(group.model())).append(",\n");
            out.append("        \"size\": ").append(group.size()).append(",\n");
            out.append("        \"type\": ").append(group.type()).append(",  # 1 excitatory, -1 inhibitory\n");
            out.append(PythonLiterals.dict(group.scalars(), group.units(), "        ", "\"params\": ", ","))
                    .append('\n');
            Map<String, String> arrays = new LinkedHashMap<>();
            files.get(g).forEach((name, file) -> arrays.put(name, PythonLiterals.string(file)));
            out.append(PythonLiterals.dict(arrays, Map.of(), "        ", "\"arrays\": ", ",")).append('\n');
            out.append("    },\n");
        }
        out.append("]\n\n");

        out.append("# Edge arrays per (source group, target group); the synapse model and its\n");
        out.append("# constant parameters come from the model's synapse specification, the\n");
        out.append("# parameters drawn per edge from network/<file>_<column>.npy.\n");
        out.append("PAIRS = [\n");
        for (PairPlan pair : plan.pairs()) {
            out.append("    {\n");
            out.append("        \"file\": \"pair_").append(pair.source()).append('_').append(pair.target())
                    .append("\",\n");
            List<String> starts = new ArrayList<>();
            for (int start : pair.shardStarts()) {
                starts.add(Integer.toString(start));
            }
            out.append(PythonLiterals.wrappedList(starts, "        ", "\"shard_starts\": ")).append(",\n");
            out.append(indentDict("        \"syn_spec\": ", pair.synSpec())).append(",\n");
            Map<String, String> drawn = new LinkedHashMap<>();
            int k = 0;
            for (String name : pair.parameters()) {
                drawn.put(name, PythonLiterals.string("param_" + k++));
            }
            out.append(PythonLiterals.dict(drawn, Map.of(), "        ", "\"arrays\": ", ",")).append('\n');
            out.append("    },\n");
        }
        out.append("]\n\n");

        out.append("# Connections drawn by NEST's own rules (native connection mode).\n");
        out.append("NATIVE = [\n");
        for (NativePlan rule : plan.natives()) {
            out.append("    {\n");
            out.append(PythonLiterals.wrappedList(ProjectPlan.ints(rule.sources()), "        ", "\"sources\": "))
                    .append(",\n");
            out.append(PythonLiterals.wrappedList(ProjectPlan.ints(rule.targets()), "        ", "\"targets\": "))
                    .append(",\n");
            out.append(indentDict("        \"conn_spec\": ", rule.connSpec())).append(",\n");
            out.append(indentDict("        \"syn_spec\": ", rule.synSpec())).append(",\n");
            out.append("    },\n");
        }
        out.append("]\n\n");

        out.append("# Stimulation devices; targets are (\"groups\", indices) or (\"neurons\", ids).\n");
        out.append("STIMULI = [\n");
        for (int s = 0; s < plan.stimuli().size(); s++) {
            StimulusPlan stimulus = plan.stimuli().get(s);
            out.append("    {\n");
            out.append("        \"device\": ").append(PythonLiterals.string(stimulus.device())).append(",\n");
            out.append(indentDict("        \"params\": ", stimulus.params())).append(",\n");
            out.append(indentDict("        \"syn_spec\": ", stimulus.synSpec())).append(",\n");
            out.append(stimulus.target().python("        ", "\"targets\": ")).append('\n');
            if (ratesFiles.get(s) != null) {
                out.append("        \"rates\": ").append(PythonLiterals.string(ratesFiles.get(s)))
                        .append(",  # Hz per target\n");
            }
            out.append("    },\n");
        }
        out.append("]\n\n");

        out.append("# Recording devices; spike recorders write NNGT's text format.\n");
        out.append("RECORDERS = [\n");
        for (RecorderPlan recorder : plan.recorders()) {
            out.append("    {\n");
            out.append("        \"spikes\": ").append(recorder.spikes() ? "True" : "False").append(",\n");
            out.append("        \"label\": ").append(PythonLiterals.string(recorder.label())).append(",\n");
            out.append("        \"group\": ").append(recorder.group()).append(",\n");
            out.append(recorder.target().python("        ", "\"targets\": ")).append('\n');
            if (!recorder.spikes()) {
                out.append("        \"record_from\": ").append(PythonLiterals.stringList(recorder.recordFrom()))
                        .append(",\n");
                out.append("        \"interval\": ").append(PythonLiterals.number(recorder.interval()))
                        .append(",  # ms\n");
            }
            out.append("    },\n");
        }
        out.append("]\n");
        return out.toString();
    }

    /** Puts a one-line dict after a key, or breaks it after each comma when the line would be too long. */
    private static String indentDict(String prefix, String dict) {
        String line = prefix + dict;
        if (line.length() <= 78 || !dict.startsWith("{")) {
            return line;
        }
        String inner = dict.substring(1, dict.length() - 1);
        StringBuilder out = new StringBuilder(prefix).append("{\n");
        for (String entry : splitTopLevel(inner)) {
            if (entry.isBlank()) {
                continue;
            }
            out.append(dictEntry(entry.trim())).append(",\n");
        }
        return out.append("        }").toString();
    }

    /** One dict entry on its own line; a list value too long for the line is wrapped over several. */
    private static String dictEntry(String entry) {
        String indent = "            ";
        int open = entry.indexOf(": [");
        if (indent.length() + entry.length() + 1 <= 79 || open < 0 || !entry.endsWith("]")) {
            return indent + entry;
        }
        List<String> items = new ArrayList<>();
        for (String item : splitTopLevel(entry.substring(open + 3, entry.length() - 1))) {
            items.add(item.trim());
        }
        return PythonLiterals.wrappedList(items, indent, entry.substring(0, open + 2));
    }

    /** Splits dict entries at commas outside quotes, brackets and parentheses. */
    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
