# @@BEGIN PREAMBLE@@
"""NEST 2.20 part of run.py; the renderer drops this preamble."""

import os

import numpy as np

import nest

NETWORK = "network"
RESOLUTION = 0.1  # ms
BASE_SEED = 1
SPIKE_RECORDER = "spike_detector"
# @@END PREAMBLE@@
###############################################################################
# NEST 2.20 API


def nest_version():
    """Return NEST's version string."""
    return str(nest.version())


def configure_kernel(threads):
    """Reset NEST and set resolution, threads and the seeds."""
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
    """Create one group, then set its per-neuron values."""
    nodes = nest.Create(group["model"], group["size"], group["params"])
    for name, file_name in group["arrays"].items():
        values = np.load(os.path.join(NETWORK, file_name))
        nest.SetStatus(nodes, name, values.tolist())
    return nodes


def node_ids(nodes):
    """NEST ids of a tuple of nodes, as a list."""
    return list(nodes)


def collection(ids):
    """Nodes from sorted NEST ids."""
    return tuple(int(i) for i in ids)


def connect_edges(pre, post, syn_spec):
    """Connect explicit edges (NEST ids as int64 arrays)."""
    nest.Connect(pre.tolist(), post.tolist(), "one_to_one", syn_spec)


def make_parameter(value):
    """Turn ("uniform", lo, hi) or ("normal", mean, std) into a dict."""
    if not isinstance(value, tuple):
        return value
    kind, first, second = value
    if kind == "uniform":
        return {"distribution": "uniform", "low": first, "high": second}
    return {"distribution": "normal", "mu": first, "sigma": second}


def create_device(model, params):
    """Create one device."""
    if model == SPIKE_RECORDER:
        params = dict(params, withgid=True, withtime=True)
    return nest.Create(model, 1, params)


def multimeter_params(recorder):
    """Parameters of a multimeter."""
    return {"record_from": recorder["record_from"],
            "interval": recorder["interval"], "withtime": True}


def events_of(device):
    """The recorded events of a device on this process."""
    return nest.GetStatus(device, "events")[0]


def weights_of(sources, targets):
    """Weights of the connections between two lists of nodes."""
    connections = nest.GetConnections(source=list(sources),
                                      target=list(targets))
    if len(connections) == 0:
        return []
    return list(nest.GetStatus(connections, "weight"))
