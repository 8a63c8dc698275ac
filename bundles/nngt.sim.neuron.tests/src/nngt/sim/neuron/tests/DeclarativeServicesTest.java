package nngt.sim.neuron.tests;

import static nngt.sim.api.tests.support.DeclarativeServices.onlyServiceId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;

import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.Simulator;
import nngt.sim.neuron.NeuronSimulator;

/** Inside OSGi, the NEURON simulator and generator are registered by Declarative Services (OSGI-INF components). */
class DeclarativeServicesTest {

    @Test
    void componentRegistersTheSimulatorService() throws BundleException, InvalidSyntaxException,
            InterruptedException {
        assertEquals("neuron", onlyServiceId(NeuronSimulator.class, Simulator.class, "(simulator.id=neuron)", Simulator::id));
    }

    @Test
    void componentRegistersTheGeneratorService() throws BundleException, InvalidSyntaxException,
            InterruptedException {
        assertEquals("pynn", onlyServiceId(NeuronSimulator.class, ProjectGenerator.class, "(generator.id=pynn)",
                ProjectGenerator::id));
    }
}
