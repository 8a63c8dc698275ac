package nngt.sim.api;

/**
 * A simulator service: it declares its identity and capabilities and prepares simulations. Register
 * implementations as OSGi Declarative Services components providing this interface and in
 * {@code META-INF/services/nngt.sim.api.Simulator} for {@link java.util.ServiceLoader}.
 */
public interface Simulator {

    /**
     * The stable identifier users select the simulator with, e.g. {@code embedded}.
     *
     * @return the identifier
     */
    String id();

    /**
     * The simulator's version, recorded in every result.
     *
     * @return the version text
     */
    String version();

    /**
     * The neuron, synapse and device models the simulator supports.
     *
     * @return the capabilities
     */
    Capabilities capabilities();

    /**
     * Builds the simulation (instantiates neurons, synapses and devices) without advancing time.
     *
     * @param request the network, stimuli, recorders and settings
     * @return a prepared simulation, to be run once
     * @throws IllegalArgumentException when the request uses an unsupported model or a parameter NEST
     *                                  would reject; the message names it and what is valid
     */
    PreparedSimulation prepare(SimulationPlan request);
}
