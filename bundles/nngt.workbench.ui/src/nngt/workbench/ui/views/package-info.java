/**
 * The workbench's views: "NNGT Results" (raster plot and per-group rates of the last run),
 * "NNGT Network Statistics" (degree distributions and edges per group pair of a model) and "NNGT Simulator
 * Comparison". Plots are drawn with SWT; spikes and degrees are binned into pixels first, so that drawing
 * costs the same for a thousand or a million points.
 */
package nngt.workbench.ui.views;
