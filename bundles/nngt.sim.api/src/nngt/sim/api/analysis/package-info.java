/**
 * Analysis of simulation results with NNGT's semantics, but rates in Hz: per-neuron and per-group
 * rates, CV of inter-spike intervals ({@link nngt.sim.api.analysis.SpikeStatistics}), the population
 * rate smoothed by a Gaussian kernel ({@link nngt.sim.api.analysis.TotalFiringRate}) and the activity
 * phases of a raster ({@link nngt.sim.api.analysis.RasterAnalysis}).
 */
package nngt.sim.api.analysis;
