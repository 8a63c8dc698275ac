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

import nngt.sim.api.Simulator;
import nngt.sim.brian2.Brian2Simulator;

/** Inside OSGi, the Brian2 backend is registered by Declarative Services (OSGI-INF component). */
class DeclarativeServicesTest {

    @Test
    void componentRegistersTheSimulatorService() throws BundleException, InvalidSyntaxException,
            InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(Brian2Simulator.class);
        assertNotNull(bundle, "the test runs inside an OSGi framework (tycho-surefire)");
        bundle.start();
        BundleContext context = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
        Collection<ServiceReference<Simulator>> references = null;
        // SCR registers components asynchronously after the bundle starts
        for (int attempt = 0; attempt < 100; attempt++) {
            references = context.getServiceReferences(Simulator.class, "(simulator.id=brian2)");
            if (!references.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(1, references.size(), "one brian2 simulator service");
        ServiceReference<Simulator> reference = references.iterator().next();
        Simulator simulator = context.getService(reference);
        assertNotNull(simulator);
        assertEquals("brian2", simulator.id());
        context.ungetService(reference);
    }
}
