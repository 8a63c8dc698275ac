/**
 * Implementation of the NEURON backend: the NEST-to-PyNN cell translations, the script and data-file writer
 * and the prepared run. Not API.
 */
package nngt.sim.neuron.internal;
