package nngt.graph.generate;

/**
 * Which degree a degree-constrained generator fixes (NNGT {@code degree_type}).
 */
public enum DegreeType {
    /** Each constrained node receives its degree from partners. */
    IN,
    /** Each constrained node sends its degree to partners. */
    OUT,
    /** In plus out degree (a configuration model on one population). */
    TOTAL
}
