package nngt.catalog;

/** What a NEST model is: a node that spikes, a connection, or a stimulating or recording device. */
public enum ModelKind {
    /** A neuron model (also {@code parrot_neuron}); created with {@code nest.Create}. */
    NEURON,
    /** A synapse model; named in a {@code syn_spec}. */
    SYNAPSE,
    /** A stimulation or recording device (generators, recorders, multimeters). */
    DEVICE
}
