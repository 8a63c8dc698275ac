/**
 * The {@code nest} simulator: generates the NEST project of a model ({@code nngt.generator.nest}), runs it with
 * a local NEST (threads, or MPI ranks through {@code mpirun}) and reads its spikes and multimeter samples back.
 * {@link nngt.sim.nest.NestInstallation} finds NEST, {@link nngt.sim.nest.NestOptions} holds the runner's
 * settings and {@link nngt.sim.nest.NestRelease} the NEST version that chooses the project's API flavour.
 */
package nngt.sim.nest;
