/**
 * File formats: NNGT's edge list and neighbour list with their {@code @key=value} header (and a
 * portable population header instead of the pickled {@code @structure}), GraphML and GML through
 * jgrapht-io, and plain third-party edge lists.
 */
package nngt.graph.io;
