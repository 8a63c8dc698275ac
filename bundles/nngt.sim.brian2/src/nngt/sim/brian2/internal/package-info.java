/**
 * Implementation of the Brian2 backend: the neuron model templates, the script and data-file writer and
 * the prepared run. Not API.
 */
package nngt.sim.brian2.internal;
