package nngt.workbench.ui.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

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
        BundleContext context = context();
        List<Simulator> simulators = new ArrayList<>();
        try {
            Collection<ServiceReference<Simulator>> references = context.getServiceReferences(Simulator.class, null);
            for (ServiceReference<Simulator> reference : references) {
                // not ungot: callers keep using the simulator, and a delayed component would be deactivated
                Simulator simulator = context.getService(reference);
                if (simulator != null) {
                    simulators.add(simulator);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("A null filter is always valid", e);
        }
        simulators.sort(Comparator.comparing(Simulator::id));
        return simulators;
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
        List<Simulator> all = all();
        for (Simulator simulator : all) {
            if (simulator.id().equals(id)) {
                return simulator;
            }
        }
        throw new IllegalArgumentException("id: no simulator '" + id + "' is installed; installed: "
                + all.stream().map(Simulator::id).toList());
    }

    private static BundleContext context() {
        BundleContext context = FrameworkUtil.getBundle(InstalledSimulators.class).getBundleContext();
        if (context == null) {
            throw new IllegalStateException("Bundle nngt.workbench.ui is not active; simulators cannot be looked up.");
        }
        return context;
    }
}
