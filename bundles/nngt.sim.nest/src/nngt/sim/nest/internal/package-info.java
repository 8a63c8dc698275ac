/** The implementation of the NEST runner: one run of a generated project and the reading of its result files. */
package nngt.sim.nest.internal;
