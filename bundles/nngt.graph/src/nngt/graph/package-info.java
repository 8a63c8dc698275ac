/**
 * Network instantiation: the concrete {@link nngt.graph.NetworkInstance} (columnar arrays) built from a
 * model by {@link nngt.graph.NetworkInstantiator}, reproducibly and in parallel.
 */
package nngt.graph;
