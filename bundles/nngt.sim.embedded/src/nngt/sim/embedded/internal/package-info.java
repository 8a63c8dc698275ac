/**
 * Implementation of the embedded simulator: neuron models as struct-of-arrays populations, synapses in
 * per-thread compressed rows by source, ring buffers for spike delivery and the time-driven engine.
 */
package nngt.sim.embedded.internal;
