/**
 * Analysis of simulation results with NNGT's semantics, but rates in Hz: per-neuron and per-group
 * rates, CV of inter-spike intervals ({@link nngt.sim.api.analysis.SpikeStatistics}), the population
 * rate smoothed by a Gaussian kernel ({@link nngt.sim.api.analysis.TotalFiringRate}), the activity
 * phases of a raster ({@link nngt.sim.api.analysis.RasterAnalysis}) and the spike-time agreement of two
 * simulators ({@link nngt.sim.api.analysis.SpikeTimeMatcher}).
 */
package nngt.sim.api.analysis;
