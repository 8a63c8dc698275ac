package nngt.sim.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

/** Finds backend services (simulators, project generators) on a class path by their id. */
final class Services {

    private Services() {
    }

    /**
     * @param type   the service interface
     * @param id     a service's id
     * @param loader the loader to search
     * @param <T>    the service type
     * @return the services found, sorted by id
     */
    static <T> List<T> available(Class<T> type, Function<T, String> id, ClassLoader loader) {
        List<T> found = new ArrayList<>();
        ServiceLoader.load(type, loader).forEach(found::add);
        found.sort(Comparator.comparing(id));
        return found;
    }

    /**
     * @param type   the service interface
     * @param idOf   a service's id
     * @param wanted the id wanted
     * @param what   the argument and the kind of service, for the message, e.g. {@code "id: no simulator"}
     * @param loader the loader to search
     * @param <T>    the service type
     * @return the service with that id
     * @throws IllegalArgumentException when none has that id; the message lists the ids found
     */
    static <T> T byId(Class<T> type, Function<T, String> idOf, String wanted, String what, ClassLoader loader) {
        List<T> all = available(type, idOf, loader);
        for (T service : all) {
            if (idOf.apply(service).equals(wanted)) {
                return service;
            }
        }
        throw new IllegalArgumentException(what + " '" + wanted + "' is registered; available: "
                + all.stream().map(idOf).toList());
    }
}
