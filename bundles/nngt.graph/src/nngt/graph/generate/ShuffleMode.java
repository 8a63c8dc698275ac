package nngt.graph.generate;

/** Which end of an edge Watts-Strogatz rewiring redraws (NNGT {@code shuffle}). */
public enum ShuffleMode {
    /** Redraws the target: out-degrees are kept. */
    TARGETS,
    /** Redraws the source: in-degrees are kept. */
    SOURCES,
    /** A coin flip per edge. */
    RANDOM
}
