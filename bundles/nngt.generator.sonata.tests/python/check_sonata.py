"""Read a SONATA circuit written by NNGT Workbench with h5py and compare it with the instance.

Usage: python3 check_sonata.py CIRCUIT_DIR EXPECTED_JSON

EXPECTED_JSON is written by the Java test from the plan, in the plan's edge
order: the checker sorts it by target (stably) itself, so the file order is
checked too. Prints "checked ..." and exits 0 when everything matches; prints
each mismatch and exits 1 otherwise.
"""

import json
import os
import sys

import h5py
import numpy as np

PROBLEMS = []


def expect(condition, message):
    if not condition:
        PROBLEMS.append(message)


def same(actual, wanted, message, dtype):
    """Exact equality after casting the expectation to the file's type (NaN equals NaN)."""
    actual = np.asarray(actual)
    wanted = np.asarray(wanted, dtype=dtype)
    if actual.shape != wanted.shape:
        PROBLEMS.append("%s: shape %s, expected %s" % (message, actual.shape, wanted.shape))
        return
    equal = (actual == wanted) | (np.isnan(actual) & np.isnan(wanted)) if actual.dtype.kind == "f" \
        else actual == wanted
    if not np.all(equal):
        first = int(np.argmin(equal))
        PROBLEMS.append("%s: %d values differ, first at %d: %r, expected %r"
                        % (message, int(np.sum(~equal)), first, actual[first], wanted[first]))


def table(path):
    with open(path) as lines:
        rows = [line.split() for line in lines if line.strip()]
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def check_root(h5, name):
    same(h5.attrs["magic"], [0x0A7A], name + " magic", np.int64)
    same(h5.attrs["version"], [0, 1], name + " version", np.int64)


def check_indices(population, ends_name, ends, nodes):
    """Every node's edges, read through the index, are exactly the edges with that node at that end."""
    direction = "target_to_source" if ends_name == "target_node_id" else "source_to_target"
    ranges = population["indices/" + direction + "/node_id_to_range"][:]
    edges = population["indices/" + direction + "/range_to_edge_id"][:]
    expect(ranges.shape == (nodes, 2), direction + " node_id_to_range shape %s" % (ranges.shape,))
    listed = np.zeros(len(ends), dtype=np.int64)
    for node in range(nodes):
        ids = []
        for row in range(ranges[node, 0], ranges[node, 1]):
            ids.extend(range(edges[row, 0], edges[row, 1]))
        ids = np.asarray(ids, dtype=np.int64)
        listed[ids] += 1
        wanted = np.flatnonzero(ends == node)
        if not np.array_equal(np.sort(ids), wanted):
            PROBLEMS.append("%s lists %d edges for node %d, expected %d" % (direction, len(ids), node, len(wanted)))
            return
    expect(np.all(listed == 1), direction + " lists some edges twice or never")


def check_nodes(folder, population, expected):
    with h5py.File(os.path.join(folder, "nodes.h5"), "r") as h5:
        check_root(h5, "nodes.h5")
        nodes = h5["nodes/" + population]
        type_ids = np.zeros(expected["neurons"], dtype=np.int64)
        group_index = np.zeros(expected["neurons"], dtype=np.int64)
        for g, group in enumerate(expected["groups"]):
            type_ids[group["first"]:group["first"] + group["size"]] = g
            group_index[group["first"]:group["first"] + group["size"]] = np.arange(group["size"])
            node_group = nodes[str(g)]
            expect(node_group.attrs["nngt_group"] in (group["name"], group["name"].encode()),
                   "node group %d is named %r" % (g, node_group.attrs["nngt_group"]))
            for name, values in group["arrays"].items():
                column = node_group["dynamics_params/" + name][:]
                wanted = np.asarray([np.nan if v is None else v for v in values], dtype=np.float64)
                # NaN in the plan: a neuron left at its default, which the file holds
                known = ~np.isnan(wanted)
                same(column[known], wanted[known], "node group %d dynamics_params/%s" % (g, name), np.float64)
            if expected.get("x") is not None:
                first, end = group["first"], group["first"] + group["size"]
                same(node_group["x"][:], expected["x"][first:end], "node group %d x" % g, np.float64)
                same(node_group["y"][:], expected["y"][first:end], "node group %d y" % g, np.float64)
        same(nodes["node_type_id"][:], type_ids, "node_type_id", np.int64)
        same(nodes["node_group_id"][:], type_ids, "node_group_id", np.int64)
        same(nodes["node_group_index"][:], group_index, "node_group_index", np.int64)
    types = table(os.path.join(folder, "node_types.csv"))
    expect(len(types) == len(expected["groups"]), "node_types.csv has %d rows" % len(types))
    for g, (row, group) in enumerate(zip(types, expected["groups"])):
        expect(row["node_type_id"] == str(g), "node type %d id %s" % (g, row["node_type_id"]))
        expect(row["model_type"] == "point_neuron", "node type %d model_type %s" % (g, row["model_type"]))
        expect(row["model_template"] == "nest:" + group["model"], "node type %d template" % g)
        expect(row["pop_name"] == group["name"], "node type %d pop_name %s" % (g, row["pop_name"]))
        expect(row["ei"] == ("e" if group["type"] > 0 else "i"), "node type %d ei" % g)
        with open(os.path.join(folder, "components/cell_models", row["dynamics_params"])) as params:
            expect(json.load(params) == group["constants"], "node type %d dynamics_params" % g)


def check_edges(folder, population, expected):
    edges = expected["edges"]
    sources = np.asarray(edges["source"], dtype=np.int64)
    targets = np.asarray(edges["target"], dtype=np.int64)
    order = np.argsort(targets, kind="stable")
    with h5py.File(os.path.join(folder, "edges.h5"), "r") as h5:
        check_root(h5, "edges.h5")
        group = h5["edges/%s_to_%s" % (population, population)]
        for name in ("source_node_id", "target_node_id"):
            attribute = group[name].attrs["node_population"]
            expect(attribute in (population, population.encode()), name + " node_population %r" % attribute)
        same(group["source_node_id"][:], sources[order], "source_node_id", np.int64)
        same(group["target_node_id"][:], targets[order], "target_node_id", np.int64)
        same(group["edge_type_id"][:], np.asarray(edges["type"])[order], "edge_type_id", np.int64)
        same(group["edge_group_id"][:], np.zeros(len(order)), "edge_group_id", np.int64)
        same(group["edge_group_index"][:], np.arange(len(order)), "edge_group_index", np.int64)
        same(group["0/syn_weight"][:], np.asarray(edges["weight"], dtype=np.float32)[order], "syn_weight",
             np.float32)
        same(group["0/delay"][:], np.asarray(edges["delay"], dtype=np.float32)[order], "delay", np.float32)
        for name, values in edges["params"].items():
            wanted = np.asarray([np.nan if v is None else v for v in values], dtype=np.float32)[order]
            same(group["0/dynamics_params/" + name][:], wanted, "dynamics_params/" + name, np.float32)
        expect(set(group["0"].keys()) == ({"syn_weight", "delay"} | ({"dynamics_params"} if edges["params"]
                                                                       else set())),
               "edge group 0 holds %s" % sorted(group["0"].keys()))
        check_indices(group, "target_node_id", group["target_node_id"][:], expected["neurons"])
        check_indices(group, "source_node_id", group["source_node_id"][:], expected["neurons"])
    types = {row["edge_type_id"]: row for row in table(os.path.join(folder, "edge_types.csv"))}
    for type_id, synapse in expected["edge_types"].items():
        row = types.get(type_id)
        if row is None:
            PROBLEMS.append("edge_types.csv lacks edge type " + type_id)
            continue
        expect(row["model_template"] == synapse["model"], "edge type %s model %s" % (type_id, row["model_template"]))
        with open(os.path.join(folder, "components/synaptic_models", row["dynamics_params"])) as params:
            expect(json.load(params) == synapse["constants"], "edge type %s dynamics_params" % type_id)
    return len(order)


def check_spike_trains(folder, population, expected):
    trains = expected["spike_trains"]
    inputs = population + "_inputs"
    with h5py.File(os.path.join(folder, "input_nodes.h5"), "r") as h5:
        same(h5["nodes/%s/node_type_id" % inputs][:], np.zeros(len(trains)), "input node_type_id", np.int64)
    pairs = sorted((target, t) for t, train in enumerate(trains) for target in train["targets"])
    with h5py.File(os.path.join(folder, "input_edges.h5"), "r") as h5:
        group = h5["edges/%s_to_%s" % (inputs, population)]
        same(group["target_node_id"][:], [p[0] for p in pairs], "input target_node_id", np.int64)
        same(group["source_node_id"][:], [p[1] for p in pairs], "input source_node_id", np.int64)
        same(group["0/syn_weight"][:], [trains[p[1]]["weight"] for p in pairs], "input syn_weight", np.float32)
        same(group["0/delay"][:], [trains[p[1]]["delay"] for p in pairs], "input delay", np.float32)
    spikes = sorted((time, t) for t, train in enumerate(trains) for time in train["times"])
    with h5py.File(os.path.join(folder, "inputs/spike_trains.h5"), "r") as h5:
        group = h5["spikes/" + inputs]
        same(group["timestamps"][:], [s[0] for s in spikes], "spike timestamps", np.float64)
        same(group["node_ids"][:], [s[1] for s in spikes], "spike node_ids", np.int64)


def main():
    folder, expected_path = sys.argv[1], sys.argv[2]
    with open(expected_path) as source:
        expected = json.load(source)
    population = expected["population"]
    check_nodes(folder, population, expected)
    edges = check_edges(folder, population, expected) if expected["edges"]["source"] else 0
    expect(os.path.exists(os.path.join(folder, "edges.h5")) == (edges > 0), "edges.h5 present without edges")
    if expected["spike_trains"]:
        check_spike_trains(folder, population, expected)
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        sys.exit(1)
    print("checked %d nodes, %d edges, %d spike trains" % (expected["neurons"], edges,
                                                           len(expected["spike_trains"])))


if __name__ == "__main__":
    main()
