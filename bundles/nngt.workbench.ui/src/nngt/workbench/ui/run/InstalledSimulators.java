package nngt.workbench.ui.run;

import java.util.List;

import nngt.sim.api.Simulator;

/**
 * The simulators installed in this Eclipse: every {@link Simulator} registered as an OSGi service (each
 * simulator bundle declares a Declarative Services component). Nothing here names a simulator.
 */
public final class InstalledSimulators {

    private InstalledSimulators() {
    }

    /**
     * @return the installed simulators, sorted by id
     */
    public static List<Simulator> all() {
        return InstalledServices.all(Simulator.class, Simulator::id);
    }

    /**
     * @return the ids of the installed simulators, sorted
     */
    public static List<String> ids() {
        return all().stream().map(Simulator::id).toList();
    }

    /**
     * The installed simulator with the given id.
     *
     * @param id a simulator id such as {@code embedded}
     * @return the simulator
     * @throws IllegalArgumentException when no installed simulator has that id; the message lists the installed ones
     */
    public static Simulator byId(String id) {
        return InstalledServices.byId(Simulator.class, Simulator::id, id, "simulator");
    }
}
