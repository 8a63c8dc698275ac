/**
 * The NEURON backend, through PyNN: {@link nngt.sim.neuron.NeuronSimulator} turns a
 * {@link nngt.sim.api.SimulationPlan} into a PyNN 0.10 script whose NEST models run as PyNN's standard cells,
 * runs it on {@code pyNN.neuron} (Debian's python3-pynn and python3-neuron, with PyNN's NMODL mechanisms
 * compiled once per user by {@link nngt.sim.neuron.PynnInstallation}) and reads the spikes and traces back.
 * Registered as the {@code neuron} {@link nngt.sim.api.Simulator}; {@link nngt.sim.neuron.PynnProjectGenerator}
 * is the {@code pynn} {@link nngt.sim.api.ProjectGenerator} that writes the same script for people to run.
 */
package nngt.sim.neuron;
