package nngt.sim.api.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Collection;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Checks, inside OSGi (tycho-surefire), that a backend bundle registers its services through Declarative Services
 * (its OSGI-INF components): the backends' test bundles share it.
 */
public final class DeclarativeServices {

    /** Attempts, 50 ms apart, to find a service that SCR registers asynchronously after the bundle starts. */
    private static final int ATTEMPTS = 100;

    private DeclarativeServices() {
    }

    /**
     * Starts the bundle of a class, waits for the one service of a type that matches a filter and reads its id.
     *
     * @param <T>          the service type
     * @param bundleClass  a class of the bundle that declares the component
     * @param type         the service interface
     * @param filter       an LDAP filter on the service properties, e.g. {@code (simulator.id=neuron)}
     * @param id           reads the id of the service
     * @return the id the registered service reports
     * @throws BundleException       when the bundle cannot start
     * @throws InvalidSyntaxException when the filter is malformed
     * @throws InterruptedException  when interrupted while waiting
     */
    public static <T> String onlyServiceId(Class<?> bundleClass, Class<T> type, String filter, Function<T, String> id)
            throws BundleException, InvalidSyntaxException, InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(bundleClass);
        assertNotNull(bundle, "the test runs inside an OSGi framework (tycho-surefire)");
        bundle.start();
        // the started backend bundle's own context: this support bundle is resolved but need not be started
        BundleContext context = bundle.getBundleContext();
        Collection<ServiceReference<T>> references = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            references = context.getServiceReferences(type, filter);
            if (!references.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(1, references.size(), "one service " + filter);
        ServiceReference<T> reference = references.iterator().next();
        T service = context.getService(reference);
        assertNotNull(service);
        String serviceId = id.apply(service);
        context.ungetService(reference);
        return serviceId;
    }
}
