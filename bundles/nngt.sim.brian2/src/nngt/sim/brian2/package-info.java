/**
 * The Brian2 backend: {@link nngt.sim.brian2.Brian2Simulator} turns a {@link nngt.sim.api.SimulationPlan}
 * into a Brian2 script with NEST's equations and defaults, runs it with a Python 3 that imports
 * {@code brian2} (Debian's python3-brian) and reads the spikes back. Registered as the {@code brian2}
 * {@link nngt.sim.api.Simulator}.
 */
package nngt.sim.brian2;
