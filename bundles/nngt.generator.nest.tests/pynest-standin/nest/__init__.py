"""A recording stand-in for PyNEST 3, used by the generator tests where NEST is not installed.

NNGT_STANDIN_PROCESSES and NNGT_STANDIN_RANK make one process play one rank of an MPI run;
NNGT_STANDIN_VERSION replaces the reported version, NNGT_STANDIN_SLEEP_S makes every Run call
sleep that many seconds (a long run to cancel) and NNGT_STANDIN_FAIL makes Run raise an error
with that message (a failing NEST).

It implements only what generated run.py files call, records every node and connection, and
makes each recorded neuron spike at fixed times so that the result files can be checked. It
checks the arguments NEST would reject (array lengths, id ranges, unknown rule names).
"""

import json
import os
import time

import numpy as np

__version__ = os.environ.get("NNGT_STANDIN_VERSION", "3.stand-in")

_state = {}


def _reset():
    _state.clear()
    _state.update(models={}, kernel={"rng_seed": 143202461, "resolution": 0.1,
                                     "local_num_threads": 1},
                  edges=[], devices={}, time=0.0, min_delay=1.0)


_reset()


class NodeCollection:
    def __init__(self, ids=()):
        self._ids = [int(i) for i in ids]
        if self._ids != sorted(set(self._ids)):
            raise ValueError("NodeCollection ids must be sorted and unique")

    def tolist(self):
        return list(self._ids)

    def __len__(self):
        return len(self._ids)

    def __add__(self, other):
        return NodeCollection(sorted(self._ids + other._ids))

    def set(self, values):
        # Like NEST under MPI: a list needs one dict per node; a dict takes
        # no lists (NEST raises TypeMismatch when some nodes are remote).
        if isinstance(values, list):
            if len(values) != len(self._ids):
                raise ValueError("one dict per node is needed")
            return
        for name, value in values.items():
            if isinstance(value, (list, tuple, np.ndarray)):
                raise TypeError("TypeMismatch: Failed to cast '%s' from "
                                "std::vector<double> to type double" % name)

    def get(self, key):
        return _state["devices"][self._ids[0]]["events"]


class _Connections:
    def __init__(self, weights):
        self._weights = weights

    def __len__(self):
        return len(self._weights)

    def get(self, key):
        return list(self._weights)


def set_verbosity(level):
    pass


def ResetKernel():
    _reset()


def SetKernelStatus(values):
    _state["kernel"].update(values)


def GetKernelStatus(key=None):
    status = dict(_state["kernel"], num_connections=len(_state["edges"]),
                  min_delay=_state["min_delay"], time_simulate=0.5,
                  time_construction_connect=0.25)
    return status if key is None else status[key]


def NumProcesses():
    return int(os.environ.get("NNGT_STANDIN_PROCESSES", "1"))


def Rank():
    return int(os.environ.get("NNGT_STANDIN_RANK", "0"))


def Create(model, n=1, params=None):
    first = len(_state["models"]) + 1
    ids = list(range(first, first + n))
    for i in ids:
        _state["models"][i] = model
    if model.endswith("_generator"):
        _state["devices"][first] = {"model": model, "params": dict(params or {}),
                                    "watched": [], "syn_spec": None}
    if model in ("spike_recorder", "multimeter"):
        _state["devices"][first] = {"model": model, "params": dict(params or {}),
                                    "watched": []}
    return NodeCollection(ids)


def _ids(nodes):
    return nodes.tolist() if isinstance(nodes, NodeCollection) else [int(nodes)]


def Connect(pre, post, conn_spec=None, syn_spec=None):
    syn_spec = dict(syn_spec or {})
    if isinstance(pre, np.ndarray):
        if conn_spec != "one_to_one" or len(pre) != len(post):
            raise ValueError("array Connect needs one_to_one and equal lengths")
        for key in ("weight", "delay"):
            if len(syn_spec[key]) != len(pre):
                raise ValueError(key + " array has the wrong length")
        if min(pre.min(), post.min()) < 1 or max(pre.max(), post.max()) > len(_state["models"]):
            raise ValueError("unknown node id")
        _state["min_delay"] = min(_state["min_delay"], float(np.min(syn_spec["delay"])))
        # Like NEST, a process keeps only the connections whose targets it hosts (id % P).
        _state["passed"] = _state.get("passed", 0) + len(pre)
        for s, t, w in zip(pre.tolist(), post.tolist(), syn_spec["weight"].tolist()):
            if t % NumProcesses() == Rank():
                _state["edges"].append((s, t, w))
        return
    sources, targets = _ids(pre), _ids(post)
    for target in targets:
        if target in _state["devices"]:
            _state["devices"][target]["watched"].extend(sources)
    for source in sources:
        if source in _state["devices"]:
            _state["devices"][source]["watched"].extend(targets)
            _state["devices"][source]["syn_spec"] = syn_spec
    if isinstance(conn_spec, dict):
        rules = ("fixed_indegree", "fixed_outdegree", "fixed_total_number",
                 "all_to_all", "pairwise_bernoulli")
        if conn_spec["rule"] not in rules:
            raise ValueError("unknown rule")


def GetConnections(source=None, target=None):
    sources, targets = set(_ids(source)), set(_ids(target))
    return _Connections([w for s, t, w in _state["edges"]
                         if s in sources and t in targets])


def Prepare():
    print("EDGES", _state.get("passed", 0), len(_state["edges"]))
    for device in _state["devices"].values():
        if device["model"].endswith("_generator"):
            # One line per stimulation device, for the tests to check.
            print("DEVICE", device["model"], json.dumps(device["params"], sort_keys=True),
                  json.dumps(device["syn_spec"], sort_keys=True), len(device["watched"]))


def Run(duration):
    """Advance time; NEST id i spikes once, at 1 + i % 7 ms; multimeters sample V_m = -65 + id/1000."""
    if os.environ.get("NNGT_STANDIN_FAIL"):
        raise RuntimeError(os.environ["NNGT_STANDIN_FAIL"])
    time.sleep(float(os.environ.get("NNGT_STANDIN_SLEEP_S", "0")))
    start, end = _state["time"], _state["time"] + duration
    _state["time"] = end
    for device in _state["devices"].values():
        watched = sorted(device["watched"])
        if device["model"] == "spike_recorder":
            spiking = [i for i in watched if start < 1.0 + (i % 7) <= end + 1e-9]
            _append(device, {"senders": np.array(spiking, dtype=np.int64),
                             "times": np.array([1.0 + (i % 7) for i in spiking])})
        elif device["model"] == "multimeter":
            interval = device["params"]["interval"]
            first = np.floor(start / interval + 1e-9) + 1
            steps = np.arange(first, np.floor(end / interval + 1e-9) + 1) * interval
            senders = np.repeat(watched, len(steps))
            events = {"senders": senders, "times": np.tile(steps, len(watched))}
            for name in device["params"]["record_from"]:
                events[name] = -65.0 + 0.001 * senders
            _append(device, events)


def _append(device, events):
    if "events" not in device:
        device["events"] = events
        return
    device["events"] = {key: np.concatenate([device["events"][key], value])
                        for key, value in events.items()}


def Cleanup():
    pass


def Simulate(duration):
    Prepare()
    Run(duration)
    Cleanup()
