package nngt.sim.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A project generator service: it turns a {@link SimulationPlan} into a runnable project for another tool (a
 * PyNEST project, a Brian2 script). Like {@link Simulator}s, generators are found by id: register implementations
 * as OSGi Declarative Services components providing this interface and in
 * {@code META-INF/services/nngt.sim.api.ProjectGenerator} for {@link java.util.ServiceLoader}. Front ends list and
 * call them through {@link ProjectGenerators} and never name one.
 */
public interface ProjectGenerator {

    /**
     * The stable identifier users select the generator with, e.g. {@code nest}.
     *
     * @return the identifier
     */
    String id();

    /**
     * A one-line description for listings, e.g. "PyNEST project for NEST 3.x (MPI-ready)".
     *
     * @return the description
     */
    String description();

    /**
     * The neuron, synapse and device models the generated project can express.
     *
     * @return the capabilities
     */
    Capabilities capabilities();

    /**
     * Writes the project. Generator-specific settings come as the plan's {@linkplain SimulationPlan#options()
     * options}, under the generator's own key prefix (e.g. {@code nest.connections=native}); unknown keys are
     * ignored. Output is byte-identical for the same plan and written atomically: on failure the folder is
     * unchanged.
     *
     * @param plan   the plan
     * @param folder the project folder, created or regenerated
     * @return what was written
     * @throws IllegalArgumentException when the plan uses what the generator cannot express, an option is invalid,
     *                                  or a file the generator does not own would be overwritten
     * @throws IOException              when writing fails
     */
    GeneratedProject generate(SimulationPlan plan, Path folder) throws IOException;

    /**
     * Where the generator's projects run each neuron under MPI, for projects grouped by rank
     * ({@link SimulationPlan#withShards}, and plans of one shard of a network): the neuron with NNGT id {@code t}
     * lives on rank {@code (t + offset) mod ranks}.
     *
     * @return the offset, or empty when the generator does not group edges by rank (the default)
     */
    default OptionalInt rankOffset() {
        return OptionalInt.empty();
    }
}
