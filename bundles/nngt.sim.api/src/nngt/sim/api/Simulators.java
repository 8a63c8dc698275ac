package nngt.sim.api;

import java.util.List;

/**
 * Finds {@link Simulator} implementations through {@link java.util.ServiceLoader} (plain class path, the command
 * line). Inside OSGi, obtain simulators as Declarative Services references instead.
 */
public final class Simulators {

    private Simulators() {
    }

    /**
     * All simulators visible to the given class loader.
     *
     * @param loader the loader to search, e.g. the application class loader
     * @return the simulators found, sorted by id
     */
    public static List<Simulator> available(ClassLoader loader) {
        return Services.available(Simulator.class, Simulator::id, loader);
    }

    /**
     * The simulator with the given id.
     *
     * @param id     the simulator id, e.g. {@code embedded}
     * @param loader the loader to search
     * @return the simulator
     * @throws IllegalArgumentException when no simulator has that id; the message lists the ids found
     */
    public static Simulator byId(String id, ClassLoader loader) {
        return Services.byId(Simulator.class, Simulator::id, id, "id: no simulator", loader);
    }
}
