# @@BEGIN HEADER@@
# Template of run.py: the renderer replaces each BEGIN/END block.
# @@END HEADER@@
"""
PyNEST simulation of an NNGT Workbench model
--------------------------------------------

# @@BEGIN SUMMARY@@
The model and its network are described here.
# @@END SUMMARY@@

Run ``python3 run.py --threads 2`` or, under MPI (needs mpi4py),
``mpirun -np 2 python3 run.py --threads 1``. Results go to ``results/``:
spikes per group in NNGT's text format, multimeter CSV files and
``summary.json``.
"""

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

# @@BEGIN CONSTANTS@@
MODEL_NAME = "model"
SEED = 1  # the model's seed: source of every seed
RESOLUTION = 0.1  # ms
DURATION = 1000.0  # ms
DEFAULT_THREADS = 1
SHARDS = 1  # edge files are grouped by the rank of their target
SHARD = None  # k: only rank k's edges (nngt generate --shard k/SHARDS)
SPIKE_RECORDER = "spike_recorder"
SPATIAL = False
# @@END CONSTANTS@@
PROGRESS_REPORTS = 100  # at most this many progress lines

# @@BEGIN DATA@@
GROUPS = []
PAIRS = []
NATIVE = []
STIMULI = []
RECORDERS = []
# @@END DATA@@

# @@BEGIN NEST_API@@
from nest3_api import (  # noqa: E402
    collection, configure_kernel, connect_edges, create_device, create_group,
    events_of, make_parameter, multimeter_params, nest_version, node_ids,
    weights_of)
# @@END NEST_API@@


###############################################################################
# Network construction


def union(nodes, indices):
    """The neurons of several groups together."""
    result = nodes[indices[0]]
    for index in indices[1:]:
        result = result + nodes[index]
    return result


def select(nodes, offset, target):
    """Resolve ("groups", indices) or ("neurons", NNGT ids)."""
    kind, values = target
    if kind == "groups":
        return union(nodes, values)
    return collection([offset + i for i in values])


def hosted(ids):
    """Which of these NEST ids this process hosts (NEST: rank id % P)."""
    return np.asarray(ids) % nest.NumProcesses() == nest.Rank()


def everywhere(values):
    """The distinct values of all processes, the same on every one."""
    if nest.NumProcesses() == 1:
        return np.unique(values)
    from mpi4py import MPI
    parts = MPI.COMM_WORLD.allgather(np.unique(values))
    return np.unique(np.concatenate(parts))


def read_edges(pair, column, shards):
    """Read one column of a pair's edges, only the given shards."""
    path = os.path.join(NETWORK, pair["file"] + "_" + column + ".npy")
    data = np.load(path, mmap_mode="r")
    if shards is None:
        return np.asarray(data)
    starts = pair["shard_starts"]
    return np.concatenate([data[starts[k]:starts[k + 1]] for k in shards])


def local_shards():
    """Shards whose targets live on this process, or None for all.

    The edge files are grouped by the rank that hosts each target on
    SHARDS processes (NEST id % SHARDS). With P processes, P dividing
    SHARDS, shard k lives on rank k % P, so each process reads only
    its own edges. Otherwise every process reads every edge and NEST
    keeps the connections whose targets it hosts.
    """
    processes = nest.NumProcesses()
    if processes == 1:
        return None
    if SHARDS % processes != 0:
        if nest.Rank() == 0:
            print("Note: the edges are grouped for %d processes, which %d "
                  "processes do not divide: every process reads every "
                  "edge" % (SHARDS, processes), flush=True)
        return None
    return [k for k in range(SHARDS) if k % processes == nest.Rank()]


def connect_pairs(offset):
    """One one_to_one Connect per group pair, from the edge arrays."""
    shards = local_shards()
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
    """Connections that NEST draws with its own rules."""
    for rule in NATIVE:
        syn_spec = {key: make_parameter(value)
                    for key, value in rule["syn_spec"].items()}
        nest.Connect(union(nodes, rule["sources"]),
                     union(nodes, rule["targets"]),
                     rule["conn_spec"], syn_spec)


# @@BEGIN SONATA@@
# @@END SONATA@@
def connect_rates(targets, stimulus):
    """One Poisson generator per distinct per-target rate (NNGT's minis).

    Every process creates the generators of every process's rates in
    one order, so that NEST ids agree, and connects its own targets
    (a project of one rank's edges knows only their rates).
    """
    rates = np.load(os.path.join(NETWORK, stimulus["rates"]))  # Hz
    ids = np.asarray(node_ids(targets))
    mine = hosted(ids)
    for rate in everywhere(rates[mine]):
        params = dict(stimulus["params"])
        params["rate"] = float(rate)  # Hz
        generator = create_device("poisson_generator", params)
        chosen = ids[mine & (rates == rate)]
        if len(chosen) > 0:
            nest.Connect(generator, collection(chosen.tolist()),
                         syn_spec=stimulus["syn_spec"])


def create_stimuli(nodes, offset):
    """Stimulation devices, created after the neurons."""
    for stimulus in STIMULI:
        targets = select(nodes, offset, stimulus["targets"])
        if "rates" in stimulus:
            connect_rates(targets, stimulus)
            continue
        device = create_device(stimulus["device"], stimulus["params"])
        nest.Connect(device, targets, syn_spec=stimulus["syn_spec"])


def create_recorders(nodes, offset):
    """Spike recorders and multimeters."""
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
    """Merge the events of every process on rank 0 (mpi4py under MPI)."""
    if nest.NumProcesses() == 1:
        return events
    from mpi4py import MPI
    parts = MPI.COMM_WORLD.gather(events, root=0)
    if parts is None:
        return None
    return {key: np.concatenate([np.asarray(part[key]) for part in parts])
            for key in parts[0]}


def total(value):
    """Sum a per-process number over every process."""
    if nest.NumProcesses() == 1:
        return value
    from mpi4py import MPI
    return MPI.COMM_WORLD.allreduce(value)


def write_spikes(path, events, offset):
    """Spikes in NNGT's format: '# Neuron Time', NNGT ids, sorted."""
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
    """Multimeter events as CSV: time, NNGT id, one column per value."""
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
    """Count network connections and check inhibitory weights."""
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
    """Write spikes, traces and summary.json (rank 0 writes)."""
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
    # asked on every process: NEST 2.20 exchanges the delay extrema then
    status = nest.GetKernelStatus()
    if nest.Rank() != 0:
        return
    rates = {}
    for recorder in RECORDERS:
        if recorder["spikes"] and recorder["group"] >= 0:
            group = GROUPS[recorder["group"]]
            count = spikes[recorder["label"]]
            rates[group["name"]] = (
                count * 1000.0 / (group["size"] * DURATION))  # Hz
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
        out.write("\n")


###############################################################################
# Simulation


def check_processes():
    """Stop when the processes do not fit NEST or this project."""
    processes, rank = nest.NumProcesses(), nest.Rank()
    launched = int(os.environ.get("OMPI_COMM_WORLD_SIZE",
                                  os.environ.get("PMI_SIZE", processes)))
    if launched > processes:
        raise SystemExit(
            "run.py: started as %d MPI processes, but each NEST sees %d: "
            "NEST was built without MPI, or with another MPI than this "
            "mpirun's" % (launched, processes))
    if SHARD is not None and (processes, rank) != (SHARDS, SHARD):
        raise SystemExit(
            "run.py: this project holds the edges of rank %d of %d only "
            "(nngt generate --shard %d/%d) but runs as rank %d of %d; "
            "run_mpi.sh runs each rank's part from parts/<rank>"
            % (SHARD, SHARDS, SHARD, SHARDS, rank, processes))


def simulate():
    """Simulate DURATION in pieces, reporting progress on rank 0.

    Each piece is a whole number of min_delay intervals, so the spikes
    are those of one Simulate call. After each piece rank 0 prints
    "NNGT_PROGRESS <simulated ms> <total ms>" for NNGT Workbench's runner.
    """
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
    """Command line: threads, result folder and the optional checks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--threads", type=int, default=DEFAULT_THREADS,
                        help="threads per MPI process")
    parser.add_argument("--results", default=os.path.join(HERE, "results"),
                        help="folder of the results")
    parser.add_argument("--verify", action="store_true",
                        help="count connections and check weight signs")
    return parser.parse_args()


def main():
    """Build, simulate and save."""
    args = parse_arguments()
    start = time.time()
    configure_kernel(args.threads)
    check_processes()
    # @@BEGIN BUILD@@
    nodes = [create_group(group) for group in GROUPS]
    offset = node_ids(nodes[0])[0]
    connect_pairs(offset)
    connect_native(nodes)
    # @@END BUILD@@
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
