/**
 * Implementation helpers of the graph bundle: counter-based random streams, deterministic parallel
 * loops, primitive collections. Not API.
 */
package nngt.graph.internal;
