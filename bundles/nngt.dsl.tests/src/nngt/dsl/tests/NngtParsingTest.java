package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import nngt.model.AnyEndpoint;
import nngt.model.ConstantValue;
import nngt.model.DegreeType;
import nngt.model.GaussianDegree;
import nngt.model.GroupEndpoint;
import nngt.model.NestVersion;
import nngt.model.FromFile;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.UniformDistribution;
import nngt.model.Unit;

@ExtendWith(InjectionExtension.class)
@InjectWith(NngtInjectorProvider.class)
class NngtParsingTest {

    @Inject
    private ParseHelper<Network> parseHelper;

    @Test
    void aLeadingByteOrderMarkIsReadAsWhiteSpaceKeepingEveryOffset() throws Exception {
        String text = Fixtures.example("oscillating_groups.nngt");
        Network plain = parseHelper.parse(" " + text);
        Network marked = parseHelper.parse("\uFEFF" + text);

        assertTrue(marked.eResource().getErrors().isEmpty(), () -> marked.eResource().getErrors().toString());
        assertEquals("oscillating_groups", marked.getName());
        NeuralGroup group = marked.getPopulation().getGroups().get(1);
        assertEquals(NodeModelUtils.getNode(plain.getPopulation().getGroups().get(1)).getOffset(),
                NodeModelUtils.getNode(group).getOffset());
    }

    @Test
    void parsesTheOscillatingGroupsNetworkOfNngtsDocumentation() throws Exception {
        Network network = parseHelper.parse(Fixtures.example("oscillating_groups.nngt"));

        assertNotNull(network);
        assertTrue(network.eResource().getErrors().isEmpty(), () -> network.eResource().getErrors().toString());
        assertEquals("oscillating_groups", network.getName());
        assertEquals(42L, network.getSeed());
        assertEquals(NestVersion.NEST3, network.getNestVersion());
        NeuralGroup oscillators = network.getPopulation().getGroups().get(0);
        assertEquals("oscillators", oscillators.getName());
        assertEquals(400, oscillators.getSize());
        assertEquals(1, oscillators.getNeuronType());
        assertEquals("aeif_psc_alpha", oscillators.getNeuronModel());
        ConstantValue el = (ConstantValue) oscillators.getParameters().get(0).getValue();
        assertEquals(-65.0, el.getValue().getMagnitude());
        assertEquals(Unit.MILLIVOLT, el.getValue().getUnit());

        assertEquals(4, network.getSynapses().size());
        assertInstanceOf(AnyEndpoint.class, network.getSynapses().get(0).getSource());
        assertInstanceOf(AnyEndpoint.class, network.getSynapses().get(0).getTarget());
        assertEquals("bursters", ((GroupEndpoint) network.getSynapses().get(1).getTarget()).getGroup().getName());

        GaussianDegree rule = (GaussianDegree) network.getConnections().get(0).getRule();
        assertEquals(100.0, rule.getAverage());
        assertEquals(15.0, rule.getDeviation());
        assertEquals(DegreeType.IN, network.getConnections().get(0).getDegreeType());
        assertEquals(Unit.PICOAMPERE,
                ((ConstantValue) network.getConnections().get(0).getWeights()).getValue().getUnit());
        assertInstanceOf(UniformDistribution.class, network.getRandomizations().get(0).getAssignments().get(0).getValue());
        assertEquals(1600.0, network.getSimulation().getDuration().getMagnitude());
        assertEquals(4, network.getSimulation().getThreads());
    }

    @Test
    void parsesFromFileWithItsOptionsInEitherOrder() throws Exception {
        Network network = parseHelper.parse("""
                network t {
                  group a: 4 excitatory iaf_psc_alpha
                  connect a -> a: from_file("net/edges.h5", edge_type = 7, population = "a_to_a") delay 2 ms
                  connect a -> a: from_file("ring.el")
                }""");
        assertTrue(network.eResource().getErrors().isEmpty(), () -> network.eResource().getErrors().toString());
        FromFile sonata = (FromFile) network.getConnections().get(0).getRule();
        assertEquals("net/edges.h5", sonata.getPath());
        assertEquals("a_to_a", sonata.getPopulation());
        assertEquals(7, sonata.getEdgeType());
        FromFile plain = (FromFile) network.getConnections().get(1).getRule();
        assertEquals("ring.el", plain.getPath());
        assertNull(plain.getPopulation());
        assertNull(plain.getEdgeType());
    }

    @Test
    void parsesEveryExampleWithoutSyntaxOrLinkingErrors() throws Exception {
        for (String example : Fixtures.exampleNames()) {
            Network network = parseHelper.parse(Fixtures.example(example));
            assertNotNull(network, example);
            assertTrue(network.eResource().getErrors().isEmpty(),
                    () -> example + ": " + network.eResource().getErrors());
        }
    }

    @Test
    void numbersTakeSignsDecimalsAndExponents() throws Exception {
        Network network = parseHelper.parse("""
                network n {
                  group g: 1 inhibitory iaf_psc_alpha { I_e = -1.5e2 pA, C_m = 2.5E+2 pF, V_th = -55 mV }
                  nest 2.20
                }""");
        assertTrue(network.eResource().getErrors().isEmpty() == false,
                "'nest' after the groups is out of order and must be a syntax error");
        Network ordered = parseHelper.parse("""
                network n {
                  nest 2.20
                  group g: 1 inhibitory iaf_psc_alpha { I_e = -1.5e2 pA, C_m = 2.5E+2 pF, V_th = -55 mV }
                }""");
        assertTrue(ordered.eResource().getErrors().isEmpty(), () -> ordered.eResource().getErrors().toString());
        NeuralGroup group = ordered.getPopulation().getGroups().get(0);
        assertEquals(-1, group.getNeuronType());
        assertEquals(-150.0, ((ConstantValue) group.getParameters().get(0).getValue()).getValue().getMagnitude());
        assertEquals(250.0, ((ConstantValue) group.getParameters().get(1).getValue()).getValue().getMagnitude());
        assertEquals(NestVersion.NEST2_20, ordered.getNestVersion());
    }
}
