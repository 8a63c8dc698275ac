# @@BEGIN PREAMBLE@@
"""NEST 3 part of run.py; the renderer drops this preamble."""

import os

import numpy as np

import nest

NETWORK = "network"
RESOLUTION = 0.1  # ms
RNG_SEED = 1
# @@END PREAMBLE@@
###############################################################################
# NEST 3 API (3.0 to 3.10)


def nest_version():
    """Return NEST's version string."""
    version = getattr(nest, "__version__", None)
    if version is None:
        version = nest.version()
    return str(version)


def configure_kernel(threads):
    """Reset NEST and set resolution, threads and the seed."""
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
    """Create one group, then set its per-neuron values.

    The values go as one dict per neuron: under MPI a node collection
    also holds other processes' nodes, which take no list of values;
    NEST skips the dicts of nodes that live elsewhere.
    """
    nodes = nest.Create(group["model"], group["size"], params=group["params"])
    columns = {name: np.load(os.path.join(NETWORK, file_name)).tolist()
               for name, file_name in group["arrays"].items()}
    if columns:
        nodes.set([dict(zip(columns, values))
                   for values in zip(*columns.values())])
    return nodes


def node_ids(nodes):
    """NEST ids of a node collection, as a list."""
    return nodes.tolist()


def collection(ids):
    """A node collection from sorted NEST ids."""
    return nest.NodeCollection(list(ids))


def connect_edges(pre, post, syn_spec):
    """Connect explicit edges (NEST ids as int64 arrays)."""
    nest.Connect(pre, post, "one_to_one", syn_spec)


def make_parameter(value):
    """Turn ("uniform", lo, hi) or ("normal", mean, std) into a Parameter."""
    if not isinstance(value, tuple):
        return value
    kind, first, second = value
    if kind == "uniform":
        return nest.random.uniform(min=first, max=second)
    return nest.random.normal(mean=first, std=second)


def create_device(model, params):
    """Create one device."""
    return nest.Create(model, 1, params)


def multimeter_params(recorder):
    """Parameters of a multimeter."""
    return {"record_from": recorder["record_from"],
            "interval": recorder["interval"]}


def events_of(device):
    """The recorded events of a device on this process."""
    return device.get("events")


def weights_of(sources, targets):
    """Weights of the connections between two node collections."""
    connections = nest.GetConnections(source=sources, target=targets)
    if len(connections) == 0:
        return []
    weights = connections.get("weight")
    return weights if isinstance(weights, list) else [weights]
