/**
 * NNGT's graph generators on plain id arrays, one class per model (JGraphT's shape): arguments
 * checked in the constructor, an explicit seed, counter-based random streams so that the edges are
 * the same for any thread count, and exact-size primitive output.
 */
package nngt.graph.generate;
