package nngt.sim.api;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds {@link Simulator} implementations through {@link ServiceLoader} (plain class path, the command
 * line). Inside OSGi, obtain simulators as Declarative Services references instead.
 */
public final class Simulators {

    private Simulators() {
    }

    /**
     * All simulators visible to the given class loader.
     *
     * @param loader the loader to search, e.g. the application class loader
     * @return the simulators found, in service-file order
     */
    public static List<Simulator> available(ClassLoader loader) {
        List<Simulator> found = new ArrayList<>();
        ServiceLoader.load(Simulator.class, loader).forEach(found::add);
        return found;
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
        List<Simulator> all = available(loader);
        for (Simulator simulator : all) {
            if (simulator.id().equals(id)) {
                return simulator;
            }
        }
        List<String> ids = all.stream().map(Simulator::id).toList();
        throw new IllegalArgumentException("id: no simulator '" + id + "' is registered; available: " + ids);
    }
}
