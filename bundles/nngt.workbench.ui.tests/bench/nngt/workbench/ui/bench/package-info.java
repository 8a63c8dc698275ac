/**
 * Measurements of the views' data paths on the 12,500-neuron Brunel network
 * ({@link nngt.workbench.ui.bench.ViewsBenchmark}); figures in docs/benchmarks.md.
 */
package nngt.workbench.ui.bench;
