/**
 * Spatial embedding: uniform placement of neurons in NNGT's rectangle and disk shapes, or a density
 * square, in micrometres.
 */
package nngt.graph.space;
