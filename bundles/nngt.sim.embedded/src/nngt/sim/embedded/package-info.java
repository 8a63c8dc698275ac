/**
 * The embedded Java simulator: {@link nngt.sim.embedded.EmbeddedSimulator}, a time-driven simulator with
 * NEST's numerics, registered as the {@code embedded} {@link nngt.sim.api.Simulator}.
 */
package nngt.sim.embedded;
