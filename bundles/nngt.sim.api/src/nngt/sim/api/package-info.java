/**
 * The simulator service interface of NNGT Workbench: a {@link nngt.sim.api.Simulator} declares what it
 * supports ({@link nngt.sim.api.Capabilities}), prepares a {@link nngt.sim.api.SimulationPlan} (a
 * concrete network as primitive arrays, stimuli, recorders, settings) and runs it into a
 * {@link nngt.sim.api.SimulationResult}. Implementations register as OSGi Declarative Services
 * components and through {@link java.util.ServiceLoader}; {@link nngt.sim.api.Simulators} finds them
 * on a plain class path.
 */
package nngt.sim.api;
