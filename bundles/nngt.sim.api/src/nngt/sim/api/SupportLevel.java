package nngt.sim.api;

/** How faithfully a simulator reproduces a NEST model, device or synapse model. */
public enum SupportLevel {
    /** Same equations, numerics and update order as NEST. */
    FULL,
    /** Same equations, but numerics or event timing differ from NEST within stated tolerances. */
    APPROXIMATE,
    /** The simulator rejects requests that use the model. */
    UNSUPPORTED
}
