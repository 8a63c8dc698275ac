/**
 * Analysis of instantiated networks: a read-only JGraphT adapter over the edge arrays and NNGT's
 * structural measures.
 */
package nngt.graph.analysis;
