package nngt.sim.neuron.tests;

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
import nngt.sim.neuron.NeuronSimulator;

/** Inside OSGi, the NEURON simulator and generator are registered by Declarative Services (OSGI-INF components). */
class DeclarativeServicesTest {

    @Test
    void componentRegistersTheSimulatorService() throws BundleException, InvalidSyntaxException,
            InterruptedException {
        assertEquals("neuron", onlyService(Simulator.class, "(simulator.id=neuron)", Simulator::id));
    }

    @Test
    void componentRegistersTheGeneratorService() throws BundleException, InvalidSyntaxException,
            InterruptedException {
        assertEquals("pynn", onlyService(ProjectGenerator.class, "(generator.id=pynn)", ProjectGenerator::id));
    }

    /** Starts the NEURON bundle, waits for the one service of a type that matches the filter and reads its id. */
    private static <T> String onlyService(Class<T> type, String filter, java.util.function.Function<T, String> id)
            throws BundleException, InvalidSyntaxException, InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(NeuronSimulator.class);
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
