package nngt.generator.nest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nngt.catalog.NestFamily;
import nngt.generator.nest.internal.ProjectPlan.GroupPlan;
import nngt.generator.nest.internal.ProjectPlan.NativePlan;
import nngt.generator.nest.internal.ProjectPlan.PairPlan;
import nngt.generator.nest.internal.ProjectPlan.RecorderPlan;
import nngt.generator.nest.internal.ProjectPlan.StimulusPlan;

/**
 * Template of {@code run.py}: a data section (the model as Python literals, every model string escaped by
 * {@link PythonLiterals}) followed by fixed code for the targeted NEST flavour, laid out like NEST's own
 * examples (module docstring, section banners, units in comments).
 */
public final class RunPyTemplate {

    private RunPyTemplate() {
    }

    /**
     * @param plan the project plan
     * @param header the header line (a Python comment)
     * @param files per group index, parameter name to the .npy file name of its per-neuron values
     * @param minisFiles per stimulus index, the in-degree file of a minis stimulus (or null)
     * @param spatial whether positions are shipped (network/x.npy, network/y.npy)
     * @return the text of run.py
     */
    public static String render(ProjectPlan plan, String header, List<Map<String, String>> files,
            List<String> minisFiles, boolean spatial) {
        boolean nest2 = plan.family() == NestFamily.NEST_2_20;
        StringBuilder out = new StringBuilder();
        out.append(header).append('\n');
        String shown = PythonLiterals.string(plan.instance().name());
        out.append("\"\"\"\n");
        out.append("PyNEST simulation of an NNGT Workbench model\n");
        out.append("--------------------------------------------\n\n");
        out.append("Model ").append(shown.length() <= 60 ? shown : "(see model.json)").append(", NEST ")
                .append(nest2 ? "2.20" : "3").append(" flavour.\n");
        out.append("The network has ").append(plan.instance().neuronCount()).append(" neurons in ")
                .append(plan.groups().size()).append(" groups. ").append(plan.arrayEdges())
                .append(" connections are\n");
        out.append("read from ``network/*.npy`` (NNGT ids, signed weights in NEST units,\n");
        out.append("delays in ms) and created with one ``one_to_one`` Connect per group\n");
        out.append("pair; ").append(plan.natives().size())
                .append(" connection rules are drawn by NEST itself.\n\n");
        out.append("Run ``python3 run.py --threads 2`` or, under MPI (needs mpi4py),\n");
        out.append("``mpirun -np 2 python3 run.py --threads 1``. Results go to ``results/``:\n");
        out.append("spikes per group in NNGT's text format, multimeter CSV files and\n");
        out.append("``summary.json``.\n");
        out.append("\"\"\"\n\n");
        out.append("""
                import argparse
                import json
                import os
                import time

                import numpy as np

                import nest

                HERE = os.path.dirname(os.path.abspath(__file__))
                NETWORK = os.path.join(HERE, "network")

                ###############################################################################
                # Model constants (NEST units: ms, mV, pA, nS, pF, Hz)

                """);
        out.append("MODEL_NAME = ").append(PythonLiterals.string(plan.instance().name())).append('\n');
        out.append("SEED = ").append(plan.instance().seed()).append("  # the model's seed: source of every seed\n");
        if (nest2) {
            out.append("BASE_SEED = ").append(plan.nest2BaseSeed())
                    .append("  # grng_seed = BASE_SEED + N_vp, rng_seeds follow\n");
        } else {
            out.append("RNG_SEED = ").append(plan.nestSeed()).append("  # NEST's rng_seed\n");
        }
        out.append("RESOLUTION = ").append(PythonLiterals.number(plan.instance().resolution())).append("  # ms\n");
        out.append("DURATION = ").append(PythonLiterals.number(duration(plan))).append("  # ms\n");
        out.append("DEFAULT_THREADS = ").append(threads(plan)).append('\n');
        out.append("SHARDS = ").append(plan.shards()).append("  # edge files are ordered by NEST id % SHARDS\n");
        out.append("SPIKE_RECORDER = ").append(PythonLiterals.string(plan.kernel().spikeRecorderModel())).append('\n');
        out.append("SPATIAL = ").append(spatial ? "True" : "False").append('\n');
        out.append("PROGRESS_REPORTS = 100  # at most this many progress lines\n\n");

        out.append("# Groups in population order; NEST ids follow NNGT ids.\n");
        out.append("GROUPS = [\n");
        for (int g = 0; g < plan.groups().size(); g++) {
            GroupPlan group = plan.groups().get(g);
            out.append("    {\n");
            out.append("        \"name\": ").append(PythonLiterals.string(group.name())).append(",\n");
            out.append("        \"model\": ").append(PythonLiterals.string(group.model())).append(",\n");
            out.append("        \"size\": ").append(group.size()).append(",\n");
            out.append("        \"type\": ").append(group.type()).append(",  # 1 excitatory, -1 inhibitory\n");
            out.append(PythonLiterals.dict(group.scalars(), group.units(), "        ", "\"params\": ", ",")).append('\n');
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
            for (String name : pair.edgeParameters().keySet()) {
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
            out.append(PythonLiterals.wrappedList(ints(rule.sources()), "        ", "\"sources\": ")).append(",\n");
            out.append(PythonLiterals.wrappedList(ints(rule.targets()), "        ", "\"targets\": ")).append(",\n");
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
            if (minisFiles.get(s) != null) {
                out.append("        \"indegree\": ").append(PythonLiterals.string(minisFiles.get(s))).append(",\n");
                out.append("        \"base_rate\": ").append(PythonLiterals.number(stimulus.baseRate()))
                        .append(",  # Hz per input\n");
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
        out.append("]\n\n");
        out.append(nest2 ? NEST2_CODE : NEST3_CODE);
        out.append(COMMON_CODE);
        return out.toString();
    }

    private static List<String> ints(int[] values) {
        List<String> items = new ArrayList<>();
        for (int value : values) {
            items.add(Integer.toString(value));
        }
        return items;
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

    private static double duration(ProjectPlan plan) {
        return plan.model().getSimulation() == null ? 1000.0
                : nngt.model.api.Units.toNest(plan.model().getSimulation().getDuration());
    }

    private static int threads(ProjectPlan plan) {
        return plan.model().getSimulation() == null ? 1 : Math.max(1, plan.model().getSimulation().getThreads());
    }

    private static final String NEST3_CODE = """
            ###############################################################################
            # NEST 3 API (3.0 to 3.10)


            def nest_version():
                \"\"\"Return NEST's version string.\"\"\"
                version = getattr(nest, "__version__", None)
                if version is None:
                    version = nest.version()
                return str(version)


            def configure_kernel(threads):
                \"\"\"Reset NEST and set resolution, threads and the seed.\"\"\"
                nest.ResetKernel()
                if hasattr(nest, "VerbosityLevel"):  # NEST 3.10 replaced set_verbosity
                    nest.verbosity = nest.VerbosityLevel.WARNING
                else:
                    nest.set_verbosity("M_WARNING")
                nest.SetKernelStatus({
                    "resolution": RESOLUTION,  # ms
                    "local_num_threads": threads,
                    "rng_seed": RNG_SEED,
                })


            def create_group(group):
                \"\"\"Create one group, then set its per-neuron values.\"\"\"
                nodes = nest.Create(group["model"], group["size"], params=group["params"])
                for name, file_name in group["arrays"].items():
                    values = np.load(os.path.join(NETWORK, file_name))
                    nodes.set({name: values.tolist()})
                return nodes


            def node_ids(nodes):
                \"\"\"NEST ids of a node collection, as a list.\"\"\"
                return nodes.tolist()


            def collection(ids):
                \"\"\"A node collection from sorted NEST ids.\"\"\"
                return nest.NodeCollection(list(ids))


            def connect_edges(pre, post, syn_spec):
                \"\"\"Connect explicit edges (NEST ids as int64 arrays).\"\"\"
                nest.Connect(pre, post, "one_to_one", syn_spec)


            def make_parameter(value):
                \"\"\"Turn ("uniform", lo, hi) or ("normal", mean, std) into a Parameter.\"\"\"
                if not isinstance(value, tuple):
                    return value
                kind, first, second = value
                if kind == "uniform":
                    return nest.random.uniform(min=first, max=second)
                return nest.random.normal(mean=first, std=second)


            def create_device(model, params):
                \"\"\"Create one device.\"\"\"
                return nest.Create(model, 1, params)


            def multimeter_params(recorder):
                \"\"\"Parameters of a multimeter.\"\"\"
                return {"record_from": recorder["record_from"],
                        "interval": recorder["interval"]}


            def events_of(device):
                \"\"\"The recorded events of a device on this process.\"\"\"
                return device.get("events")


            def weights_of(sources, targets):
                \"\"\"Weights of the connections between two node collections.\"\"\"
                connections = nest.GetConnections(source=sources, target=targets)
                if len(connections) == 0:
                    return []
                weights = connections.get("weight")
                return weights if isinstance(weights, list) else [weights]

            """;

    private static final String NEST2_CODE = """
            ###############################################################################
            # NEST 2.20 API


            def nest_version():
                \"\"\"Return NEST's version string.\"\"\"
                return str(nest.version())


            def configure_kernel(threads):
                \"\"\"Reset NEST and set resolution, threads and the seeds.\"\"\"
                nest.ResetKernel()
                nest.set_verbosity("M_WARNING")
                nest.SetKernelStatus({
                    "resolution": RESOLUTION,  # ms
                    "local_num_threads": threads,
                })
                n_vp = nest.GetKernelStatus("total_num_virtual_procs")
                nest.SetKernelStatus({
                    "grng_seed": BASE_SEED + n_vp,
                    "rng_seeds": list(range(BASE_SEED + n_vp + 1,
                                            BASE_SEED + 2 * n_vp + 1)),
                })


            def create_group(group):
                \"\"\"Create one group, then set its per-neuron values.\"\"\"
                nodes = nest.Create(group["model"], group["size"], group["params"])
                for name, file_name in group["arrays"].items():
                    values = np.load(os.path.join(NETWORK, file_name))
                    nest.SetStatus(nodes, name, values.tolist())
                return nodes


            def node_ids(nodes):
                \"\"\"NEST ids of a tuple of nodes, as a list.\"\"\"
                return list(nodes)


            def collection(ids):
                \"\"\"Nodes from sorted NEST ids.\"\"\"
                return tuple(int(i) for i in ids)


            def connect_edges(pre, post, syn_spec):
                \"\"\"Connect explicit edges (NEST ids as int64 arrays).\"\"\"
                nest.Connect(pre.tolist(), post.tolist(), "one_to_one", syn_spec)


            def make_parameter(value):
                \"\"\"Turn ("uniform", lo, hi) or ("normal", mean, std) into a dict.\"\"\"
                if not isinstance(value, tuple):
                    return value
                kind, first, second = value
                if kind == "uniform":
                    return {"distribution": "uniform", "low": first, "high": second}
                return {"distribution": "normal", "mu": first, "sigma": second}


            def create_device(model, params):
                \"\"\"Create one device.\"\"\"
                if model == SPIKE_RECORDER:
                    params = dict(params, withgid=True, withtime=True)
                return nest.Create(model, 1, params)


            def multimeter_params(recorder):
                \"\"\"Parameters of a multimeter.\"\"\"
                return {"record_from": recorder["record_from"],
                        "interval": recorder["interval"], "withtime": True}


            def events_of(device):
                \"\"\"The recorded events of a device on this process.\"\"\"
                return nest.GetStatus(device, "events")[0]


            def weights_of(sources, targets):
                \"\"\"Weights of the connections between two lists of nodes.\"\"\"
                connections = nest.GetConnections(source=list(sources),
                                                  target=list(targets))
                if len(connections) == 0:
                    return []
                return list(nest.GetStatus(connections, "weight"))

            """;

    private static final String COMMON_CODE = """

            ###############################################################################
            # Network construction


            def union(nodes, indices):
                \"\"\"The neurons of several groups together.\"\"\"
                result = nodes[indices[0]]
                for index in indices[1:]:
                    result = result + nodes[index]
                return result


            def select(nodes, offset, target):
                \"\"\"Resolve ("groups", indices) or ("neurons", NNGT ids).\"\"\"
                kind, values = target
                if kind == "groups":
                    return union(nodes, values)
                return collection([offset + i for i in values])


            def read_edges(pair, column, shards):
                \"\"\"Read one column of a pair's edges, only the given shards.\"\"\"
                path = os.path.join(NETWORK, pair["file"] + "_" + column + ".npy")
                data = np.load(path, mmap_mode="r")
                if shards is None:
                    return np.asarray(data)
                starts = pair["shard_starts"]
                return np.concatenate([data[starts[k]:starts[k + 1]] for k in shards])


            def local_shards(offset):
                \"\"\"Shards whose targets live on this process, or None for all.

                A neuron lives on process id % P; the files are ordered by
                id % SHARDS, so with P dividing SHARDS each process reads only
                its own shards. Otherwise every process reads everything and NEST
                keeps the connections whose targets it hosts.
                \"\"\"
                processes = nest.NumProcesses()
                if processes == 1 or SHARDS % processes != 0 or offset != 1:
                    return None
                rank = nest.Rank()
                return [k for k in range(SHARDS) if k % processes == rank]


            def connect_pairs(offset):
                \"\"\"One one_to_one Connect per group pair, from the edge arrays.\"\"\"
                shards = local_shards(offset)
                for pair in PAIRS:
                    pre = read_edges(pair, "pre", shards).astype(np.int64) + offset
                    if len(pre) == 0:
                        continue
                    post = read_edges(pair, "post", shards).astype(np.int64) + offset
                    syn_spec = dict(pair["syn_spec"])
                    weights = read_edges(pair, "weight", shards)
                    delays = read_edges(pair, "delay", shards)
                    syn_spec["weight"] = weights.astype(np.float64)  # pA, nS or mV
                    syn_spec["delay"] = delays.astype(np.float64)  # ms
                    for name, column in pair["arrays"].items():
                        values = read_edges(pair, column, shards)
                        syn_spec[name] = values.astype(np.float64)
                    connect_edges(pre, post, syn_spec)


            def connect_native(nodes):
                \"\"\"Connections that NEST draws with its own rules.\"\"\"
                for rule in NATIVE:
                    syn_spec = {key: make_parameter(value)
                                for key, value in rule["syn_spec"].items()}
                    nest.Connect(union(nodes, rule["sources"]),
                                 union(nodes, rule["targets"]),
                                 rule["conn_spec"], syn_spec)


            def connect_minis(targets, stimulus):
                \"\"\"One Poisson generator per in-degree k, at rate k * base rate.\"\"\"
                indegree = np.load(os.path.join(NETWORK, stimulus["indegree"]))
                ids = node_ids(targets)
                for degree in np.unique(indegree):
                    params = dict(stimulus["params"])
                    params["rate"] = float(degree) * stimulus["base_rate"]  # Hz
                    generator = create_device("poisson_generator", params)
                    chosen = [ids[i] for i in np.flatnonzero(indegree == degree)]
                    nest.Connect(generator, collection(chosen),
                                 syn_spec=stimulus["syn_spec"])


            def create_stimuli(nodes, offset):
                \"\"\"Stimulation devices, created after the neurons.\"\"\"
                for stimulus in STIMULI:
                    targets = select(nodes, offset, stimulus["targets"])
                    if stimulus["device"] == "minis":
                        connect_minis(targets, stimulus)
                        continue
                    device = create_device(stimulus["device"], stimulus["params"])
                    nest.Connect(device, targets, syn_spec=stimulus["syn_spec"])


            def create_recorders(nodes, offset):
                \"\"\"Spike recorders and multimeters.\"\"\"
                devices = []
                for recorder in RECORDERS:
                    watched = select(nodes, offset, recorder["targets"])
                    if recorder["spikes"]:
                        device = create_device(SPIKE_RECORDER, {})
                        nest.Connect(watched, device)
                    else:
                        device = create_device("multimeter",
                                               multimeter_params(recorder))
                        nest.Connect(device, watched)
                    devices.append(device)
                return devices


            ###############################################################################
            # Results


            def gather(events):
                \"\"\"Merge the events of every process on rank 0 (mpi4py under MPI).\"\"\"
                if nest.NumProcesses() == 1:
                    return events
                from mpi4py import MPI
                parts = MPI.COMM_WORLD.gather(events, root=0)
                if parts is None:
                    return None
                return {key: np.concatenate([np.asarray(part[key]) for part in parts])
                        for key in parts[0]}


            def total(value):
                \"\"\"Sum a per-process number over every process.\"\"\"
                if nest.NumProcesses() == 1:
                    return value
                from mpi4py import MPI
                return MPI.COMM_WORLD.allreduce(value)


            def write_spikes(path, events, offset):
                \"\"\"Spikes in NNGT's format: '# Neuron Time', NNGT ids, sorted.\"\"\"
                senders = np.asarray(events["senders"], dtype=np.int64) - offset
                times = np.asarray(events["times"], dtype=np.float64)
                order = np.lexsort((senders, times))
                senders, times = senders[order], times[order]
                if SPATIAL:
                    x = np.load(os.path.join(NETWORK, "x.npy"))[senders]  # um
                    y = np.load(os.path.join(NETWORK, "y.npy"))[senders]  # um
                    table = np.column_stack((senders, times, x, y))
                    np.savetxt(path, table, fmt="%d %.6f %.6f %.6f",
                               header="Neuron Time X Y")
                else:
                    np.savetxt(path, np.column_stack((senders, times)),
                               fmt="%d %.6f", header="Neuron Time")
                return len(senders)


            def write_trace(path, events, offset, record_from):
                \"\"\"Multimeter events as CSV: time, NNGT id, one column per value.\"\"\"
                senders = np.asarray(events["senders"], dtype=np.int64) - offset
                times = np.asarray(events["times"], dtype=np.float64)
                order = np.lexsort((senders, times))
                columns = [times[order], senders[order]]
                columns += [np.asarray(events[name])[order] for name in record_from]
                np.savetxt(path, np.column_stack(columns), delimiter=",",
                           fmt=["%.6f", "%d"] + ["%.10g"] * len(record_from),
                           header=",".join(["time", "neuron"] + record_from),
                           comments="")


            def verify(nodes, offset):
                \"\"\"Count network connections and check inhibitory weights.\"\"\"
                everyone = union(nodes, list(range(len(GROUPS))))
                count = total(len(weights_of(everyone, everyone)))
                signs_ok = True
                for index, group in enumerate(GROUPS):
                    weights = weights_of(nodes[index], everyone)
                    if group["type"] < 0:
                        signs_ok = signs_ok and all(w <= 0 for w in weights)
                return {"network_connections": count,
                        "inhibitory_weights_negative": bool(total(int(not signs_ok)) == 0)}


            def write_results(folder, devices, offset, checks, threads, timing):
                \"\"\"Write spikes, traces and summary.json (rank 0 writes).\"\"\"
                spikes = {}
                for recorder, device in zip(RECORDERS, devices):
                    events = gather(events_of(device))
                    if events is None:
                        continue
                    if recorder["spikes"]:
                        path = os.path.join(folder, recorder["label"] + ".txt")
                        spikes[recorder["label"]] = write_spikes(path, events, offset)
                    else:
                        path = os.path.join(folder, recorder["label"] + ".csv")
                        write_trace(path, events, offset, recorder["record_from"])
                if nest.Rank() != 0:
                    return
                rates = {}
                for recorder in RECORDERS:
                    if recorder["spikes"] and recorder["group"] >= 0:
                        group = GROUPS[recorder["group"]]
                        count = spikes[recorder["label"]]
                        rates[group["name"]] = (
                            count * 1000.0 / (group["size"] * DURATION))  # Hz
                status = nest.GetKernelStatus()
                timers = {key: status[key] for key in sorted(status)
                          if key.startswith("time_") and key != "time_collocate"}
                summary = {
                    "model": MODEL_NAME,
                    "nest_version": nest_version(),
                    "seed": SEED,
                    "processes": nest.NumProcesses(),
                    "threads": threads,
                    "duration_ms": DURATION,
                    "resolution_ms": RESOLUTION,
                    "rates_hz": rates,
                    "spikes": spikes,
                    "nest_timers_s": {key: float(value)
                                      for key, value in timers.items()
                                      if isinstance(value, (int, float))},
                    "wall_clock_s": timing,
                }
                summary.update(checks)
                with open(os.path.join(folder, "summary.json"), "w") as out:
                    json.dump(summary, out, indent=2, sort_keys=True)
                    out.write("\\n")


            ###############################################################################
            # Simulation


            def simulate():
                \"\"\"Simulate DURATION in pieces, reporting progress on rank 0.

                Each piece is a whole number of min_delay intervals, so the spikes
                are those of one Simulate call. After each piece rank 0 prints
                "NNGT_PROGRESS <simulated ms> <total ms>" for NNGT Workbench's runner.
                \"\"\"
                steps = int(round(DURATION / RESOLUTION))
                min_delay = nest.GetKernelStatus("min_delay")  # ms
                per_delay = max(1, int(round(min_delay / RESOLUTION)))
                piece = max(1, steps // (PROGRESS_REPORTS * per_delay)) * per_delay
                rank = nest.Rank()
                nest.Prepare()
                done = 0
                while done < steps:
                    now = min(piece, steps - done)
                    nest.Run(now * RESOLUTION)
                    done += now
                    if rank == 0:
                        print("NNGT_PROGRESS %.6f %.6f"
                              % (done * RESOLUTION, DURATION), flush=True)
                nest.Cleanup()


            ###############################################################################
            # Main


            def parse_arguments():
                \"\"\"Command line: threads, result folder and the optional checks.\"\"\"
                parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
                parser.add_argument("--threads", type=int, default=DEFAULT_THREADS,
                                    help="threads per MPI process")
                parser.add_argument("--results", default=os.path.join(HERE, "results"),
                                    help="folder of the results")
                parser.add_argument("--verify", action="store_true",
                                    help="count connections and check weight signs")
                return parser.parse_args()


            def main():
                \"\"\"Build, simulate and save.\"\"\"
                args = parse_arguments()
                start = time.time()
                configure_kernel(args.threads)
                nodes = [create_group(group) for group in GROUPS]
                offset = node_ids(nodes[0])[0]
                connect_pairs(offset)
                connect_native(nodes)
                create_stimuli(nodes, offset)
                devices = create_recorders(nodes, offset)
                built = time.time()
                simulate()
                simulated = time.time()
                checks = verify(nodes, offset) if args.verify else {}
                if nest.Rank() == 0:
                    os.makedirs(args.results, exist_ok=True)
                timing = {"build": built - start, "simulate": simulated - built}
                write_results(args.results, devices, offset, checks, args.threads,
                              timing)


            if __name__ == "__main__":
                main()
            """;
}
