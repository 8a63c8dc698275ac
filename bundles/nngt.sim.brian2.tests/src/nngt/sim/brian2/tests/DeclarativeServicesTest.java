package nngt.sim.brian2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.Simulator;
import nngt.sim.brian2.Brian2Simulator;

/** Inside OSGi, the Brian2 simulator and generator are registered by Declarative Services (OSGI-INF components). */
class DeclarativeServicesTest {

    @Test
    void componentRegistersTheSimulatorService() throws BundleException, InvalidSyntaxException,
            InterruptedException {
        assertEquals("brian2", onlyService(Simulator.class, "(simulator.id=brian2)", Simulator::id));
    }

    @Test
    void componentRegistersTheGeneratorService() throws BundleException, InvalidSyntaxException,
            InterruptedException {
        assertEquals("brian2", onlyService(ProjectGenerator.class, "(generator.id=brian2)", ProjectGenerator::id));
    }

    /** Starts the Brian2 bundle, waits for the one service of a type that matches the filter and reads its id. */
    private static <T> String onlyService(Class<T> type, String filter, java.util.function.Function<T, String> id)
            throws BundleException, InvalidSyntaxException, InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(Brian2Simulator.class);
        assertNotNull(bundle, "the test runs inside an OSGi framework (tycho-surefire)");
        bundle.start();
        BundleContext context = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
        Collection<ServiceReference<T>> references = null;
        // SCR registers components asynchronously after the bundle starts
        for (int attempt = 0; attempt < 100; attempt++) {
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
