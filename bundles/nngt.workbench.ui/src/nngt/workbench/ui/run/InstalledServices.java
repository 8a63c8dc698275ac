package nngt.workbench.ui.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The backends installed in this Eclipse: every service of a type (simulators, project generators) registered in
 * OSGi, each backend bundle declaring a Declarative Services component. Nothing here names a backend.
 */
final class InstalledServices {

    private InstalledServices() {
    }

    /**
     * @param type the service interface
     * @param id   a service's id
     * @param <T>  the service type
     * @return the installed services, sorted by id
     */
    static <T> List<T> all(Class<T> type, Function<T, String> id) {
        BundleContext context = FrameworkUtil.getBundle(InstalledServices.class).getBundleContext();
        if (context == null) {
            throw new IllegalStateException("Bundle nngt.workbench.ui is not active; " + type.getSimpleName()
                    + " services cannot be looked up.");
        }
        List<T> services = new ArrayList<>();
        try {
            Collection<ServiceReference<T>> references = context.getServiceReferences(type, null);
            for (ServiceReference<T> reference : references) {
                // not ungot: callers keep using the service, and a delayed component would be deactivated
                T service = context.getService(reference);
                if (service != null) {
                    services.add(service);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("A null filter is always valid", e);
        }
        services.sort(Comparator.comparing(id));
        return services;
    }

    /**
     * @param type   the service interface
     * @param idOf   a service's id
     * @param wanted the id wanted
     * @param what   what the services are, for the message ("simulator", "generator")
     * @param <T>    the service type
     * @return the installed service with that id
     * @throws IllegalArgumentException when none has that id; the message lists the installed ones
     */
    static <T> T byId(Class<T> type, Function<T, String> idOf, String wanted, String what) {
        List<T> all = all(type, idOf);
        for (T service : all) {
            if (idOf.apply(service).equals(wanted)) {
                return service;
            }
        }
        throw new IllegalArgumentException("id: no " + what + " '" + wanted + "' is installed; installed: "
                + all.stream().map(idOf).toList());
    }
}
