package nngt.sim.brian2.tests;

import static nngt.sim.api.tests.support.DeclarativeServices.onlyServiceId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;

import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.Simulator;
import nngt.sim.brian2.Brian2Simulator;

/** Inside OSGi, the Brian2 simulator and generator are registered by Declarative Services (OSGI-INF components). */
class DeclarativeServicesTest {

    @Test
    void componentRegistersTheSimulatorService() throws BundleException, InvalidSyntaxException,
            InterruptedException {
        assertEquals("brian2", onlyServiceId(Brian2Simulator.class, Simulator.class, "(simulator.id=brian2)", Simulator::id));
    }

    @Test
    void componentRegistersTheGeneratorService() throws BundleException, InvalidSyntaxException,
            InterruptedException {
        assertEquals("brian2", onlyServiceId(Brian2Simulator.class, ProjectGenerator.class, "(generator.id=brian2)",
                ProjectGenerator::id));
    }
}
