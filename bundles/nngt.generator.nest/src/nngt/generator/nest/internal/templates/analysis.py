# @@BEGIN HEADER@@
# Template of analysis.py: the renderer replaces the header block.
# @@END HEADER@@
"""
Raster plot and firing rates of a generated NEST project
--------------------------------------------------------

Reads ``results/summary.json`` and the spike files (NNGT's text format,
``# Neuron Time``) written by ``run.py`` and saves ``results/raster.png``
and ``results/rates.png``.
"""

import glob
import json
import os

import matplotlib.pyplot as plt
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = os.path.join(HERE, "results")


def read_spikes(path):
    """Return (neurons, times in ms) of one spike file."""
    table = np.loadtxt(path, ndmin=2)
    if table.size == 0:
        return np.zeros(0, dtype=int), np.zeros(0)
    return table[:, 0].astype(int), table[:, 1]


def main():
    """Plot the raster of every spike file and the rates per group."""
    plt.switch_backend("Agg")
    with open(os.path.join(RESULTS, "summary.json")) as source:
        summary = json.load(source)
    figure, axis = plt.subplots(figsize=(8, 5))
    for path in sorted(glob.glob(os.path.join(RESULTS, "*.txt"))):
        neurons, times = read_spikes(path)
        label = os.path.splitext(os.path.basename(path))[0]
        axis.plot(times, neurons, ".", markersize=1, label=label)
    axis.set_xlabel("time (ms)")
    axis.set_ylabel("neuron (NNGT id)")
    axis.legend(loc="upper right", markerscale=8)
    figure.savefig(os.path.join(RESULTS, "raster.png"), dpi=150)
    rates = summary["rates_hz"]
    figure, axis = plt.subplots(figsize=(6, 4))
    axis.bar(range(len(rates)), list(rates.values()))
    axis.set_xticks(range(len(rates)))
    axis.set_xticklabels(list(rates.keys()))
    axis.set_ylabel("firing rate (Hz)")
    figure.savefig(os.path.join(RESULTS, "rates.png"), dpi=150)
    for name, rate in rates.items():
        print("%s: %.2f Hz" % (name, rate))


if __name__ == "__main__":
    main()
