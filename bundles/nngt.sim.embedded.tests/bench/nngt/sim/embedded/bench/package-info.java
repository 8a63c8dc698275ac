/**
 * NEST's Brunel example network ({@code brunel_alpha_nest.py}) as a {@link nngt.sim.api.SimulationPlan}
 * and the benchmark main class that times the embedded simulator on it.
 */
package nngt.sim.embedded.bench;
