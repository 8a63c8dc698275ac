package nngt.sim.nest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import nngt.generator.nest.NestGenerator;
import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.Simulator;
import nngt.sim.api.Simulators;
import nngt.sim.nest.NestSimulator;

/**
 * The NEST runner and the NEST generators are registered twice, as the other simulators are: by Declarative Services inside OSGi (OSGI-INF
 * component) and in META-INF/services for ServiceLoader on a plain class path (the command line).
 */
class DeclarativeServicesTest {

    @Test
    void componentRegistersTheSimulatorService() throws BundleException, InvalidSyntaxException,
            InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(NestSimulator.class);
        assertNotNull(bundle, "the test runs inside an OSGi framework (tycho-surefire)");
        bundle.start();
        BundleContext context = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
        Collection<ServiceReference<Simulator>> references = null;
        // SCR registers components asynchronously after the bundle starts
        for (int attempt = 0; attempt < 100; attempt++) {
            references = context.getServiceReferences(Simulator.class, "(simulator.id=nest)");
            if (!references.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(1, references.size(), "one nest simulator service");
        ServiceReference<Simulator> reference = references.iterator().next();
        Simulator simulator = context.getService(reference);
        assertNotNull(simulator);
        assertEquals("nest", simulator.id());
        context.ungetService(reference);
    }

    @Test
    void generatorComponentsRegisterTheNestAndNest2Generators() throws BundleException, InvalidSyntaxException,
            InterruptedException {
        FrameworkUtil.getBundle(NestGenerator.class).start();
        BundleContext context = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
        for (String id : new String[] {"nest", "nest2"}) {
            Collection<ServiceReference<ProjectGenerator>> references = List.of();
            for (int attempt = 0; attempt < 100 && references.isEmpty(); attempt++) {
                references = context.getServiceReferences(ProjectGenerator.class, "(generator.id=" + id + ")");
                if (references.isEmpty()) {
                    Thread.sleep(50);
                }
            }
            assertEquals(1, references.size(), "one " + id + " generator service");
            ServiceReference<ProjectGenerator> reference = references.iterator().next();
            assertEquals(id, context.getService(reference).id());
            context.ungetService(reference);
        }
    }

    @Test
    void runnerAndGeneratorDeclareTheSameCapabilities() {
        assertEquals(new NestGenerator().capabilities(), new NestSimulator().capabilities());
    }

    @Test
    void serviceLoaderFindsTheSimulatorById() {
        Simulator simulator = Simulators.byId("nest", NestSimulator.class.getClassLoader());
        assertEquals(NestSimulator.class, simulator.getClass());
    }
}
