package nngt.sim.api;

import java.util.Optional;

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
     * The memory that each synapse's entry in the prepared simulation takes in this Java process, for
     * the estimate made before a network is built ({@link RunFootprint}); 0 for a simulator whose
     * synapses live in another process.
     *
     * @param rowsShareValues whether every source's static synapses share one weight and one delay (the
     *        model's connections all have constant weights and delays)
     * @return bytes per synapse
     */
    default int bytesPerSynapse(boolean rowsShareValues) {
        return 0;
    }

    /**
     * Whether the simulator reads a plan's edges range by range ({@link SimulationPlan#edges()}) rather than its
     * arrays, which a plan with drawn edges makes on demand (16 to 20 bytes per edge); for {@link RunFootprint}.
     *
     * @return true when {@link #prepare} reads only {@link SimulationPlan#edges()}
     */
    default boolean readsDrawnEdges() {
        return false;
    }

    /**
     * The simulator option that names the Python interpreter the simulator runs in, for front ends that let the
     * user choose one per simulator (the workbench's preferences) without naming any simulator.
     *
     * @return the option; empty for a simulator that runs in this Java process
     */
    default Optional<InterpreterOption> interpreterOption() {
        return Optional.empty();
    }

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
