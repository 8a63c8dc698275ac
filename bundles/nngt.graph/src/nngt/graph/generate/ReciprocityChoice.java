package nngt.graph.generate;

/** How the reciprocal edges of a lattice with reciprocity below 1 are chosen (NNGT {@code reciprocity_choice}). */
public enum ReciprocityChoice {
    /** Uniformly among the base edges. */
    RANDOM,
    /** Nearest neighbours first. */
    CLOSEST
}
