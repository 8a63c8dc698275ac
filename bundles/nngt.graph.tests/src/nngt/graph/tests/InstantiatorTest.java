package nngt.graph.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.analysis.NetworkAnalysis;
import nngt.model.Connection;
import nngt.model.CorrelationAttribute;
import nngt.model.DistanceRule;
import nngt.model.Network;
import nngt.model.NeuronSelection;
import nngt.model.NngtFactory;
import nngt.model.PriceScaleFree;
import nngt.model.Rectangle;
import nngt.model.SimulationSettings;
import nngt.model.Space;
import nngt.model.StateRandomization;
import nngt.model.Unit;
import nngt.model.api.Distributions;
import nngt.model.api.Groups;
import nngt.model.api.NeuralPop;
import nngt.model.api.NetworkFootprint;
import nngt.model.api.Networks;
import nngt.model.api.SynapseSpecResolver;
import nngt.model.api.Units;

/** From a model to the concrete network: selections, defaults, units, grid delays, analysis. */
class InstantiatorTest {

    private static final NngtFactory F = NngtFactory.eINSTANCE;

    /** A scaled Brunel network: 1,000 excitatory and 250 inhibitory neurons, CE = 100, CI = 25. */
    private static Network smallBrunel() {
        return Models.brunel(5, 250, "iaf_psc_delta", 0.1, 0.5, Unit.MILLIVOLT);
    }

    @Test
    void brunelInDegreesPerTypeAreExact() {
        NetworkInstance network = NetworkInstantiator.instantiate(smallBrunel(), InstantiationOptions.defaults());
        assertEquals(1250 * 125, network.edgeCount());
        int[] fromExcitatory = NetworkAnalysis.degreesByType(network, 1, true);
        int[] fromInhibitory = NetworkAnalysis.degreesByType(network, -1, true);
        for (int v = 0; v < 1250; v++) {
            assertEquals(100, fromExcitatory[v]);
            assertEquals(25, fromInhibitory[v]);
        }
        long[][] byGroup = NetworkAnalysis.edgeCountsByGroup(network);
        assertEquals(1000 * 100, byGroup[0][0]);
        assertEquals(250 * 100, byGroup[0][1]);
        assertEquals(1000 * 25, byGroup[1][0]);
        assertEquals(250 * 25, byGroup[1][1]);
        assertEquals(byGroup[0][0] + byGroup[0][1], NetworkAnalysis.edgeCountsByType(network)[0][0] + NetworkAnalysis.edgeCountsByType(network)[0][1]);
        for (int e = 0; e < network.edgeCount(); e++) {
            boolean excitatory = network.sources()[e] < 1000;
            assertEquals(excitatory ? 0.1f : 0.5f, network.weights()[e]);
            assertEquals(1.5f, network.delays()[e]);
        }
    }

    @Test
    void groupPairMeansAreInNestUnitsAndTotalDegreesReuseTheCountedOnes() {
        NetworkInstance network = NetworkInstantiator.instantiate(smallBrunel(), InstantiationOptions.defaults());
        NetworkAnalysis.GroupPairEdges pairs = NetworkAnalysis.edgesByGroupPair(network);
        // excitatory sources weigh 0.1 mV, inhibitory ones 0.5 mV (positive in NEST units)
        assertEquals(0.1, pairs.meanWeights()[0][1], 1e-7);
        assertEquals(0.5, pairs.meanWeights()[1][0], 1e-7);

        int[] in = NetworkAnalysis.inDegrees(network);
        int[] out = NetworkAnalysis.outDegrees(network);
        assertArrayEquals(NetworkAnalysis.totalDegrees(network), NetworkAnalysis.totalDegrees(in, out));
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> NetworkAnalysis.totalDegrees(in, new int[3]));
        assertTrue(mismatch.getMessage().contains("1250 and 3 neurons"), mismatch.getMessage());
    }

    @Test
    void structureGraphSumsTheWeightsPerGroupPair() {
        NetworkInstance network = NetworkInstantiator.instantiate(smallBrunel(), InstantiationOptions.defaults());
        Graph<String, DefaultWeightedEdge> structure = NetworkAnalysis.structureGraph(network);
        assertEquals(2, structure.vertexSet().size());
        assertEquals(4, structure.edgeSet().size());
        assertEquals(1000 * 100 * (double) 0.1f, structure.getEdgeWeight(structure.getEdge("excitatory", "excitatory")), 1e-6);
        assertEquals(250 * 100 * (double) 0.1f, structure.getEdgeWeight(structure.getEdge("excitatory", "inhibitory")), 1e-6);
        assertEquals(1000 * 25 * (double) 0.5f, structure.getEdgeWeight(structure.getEdge("inhibitory", "excitatory")), 1e-6);
        assertEquals(250 * 25 * (double) 0.5f, structure.getEdgeWeight(structure.getEdge("inhibitory", "inhibitory")), 1e-6);
    }

    @Test
    void edgesByGroupPairCountAndSumInEdgeOrder() {
        Network model = smallBrunel();
        Models.connect(model, null, null, Models.fixed(10), Distributions.gaussian(1, 0.2, Unit.MILLIVOLT), null);
        NetworkInstance network = NetworkInstantiator.instantiate(model, InstantiationOptions.defaults());
        long[][] counts = new long[2][2];
        double[][] sums = new double[2][2];
        for (int e = 0; e < network.edgeCount(); e++) {
            int s = network.sources()[e] < 1000 ? 0 : 1;
            int t = network.targets()[e] < 1000 ? 0 : 1;
            counts[s][t]++;
            sums[s][t] += network.weights()[e];
        }
        NetworkAnalysis.GroupPairEdges edges = NetworkAnalysis.edgesByGroupPair(network);
        double[][] means = NetworkAnalysis.meanWeightsByGroup(network);
        for (int s = 0; s < 2; s++) {
            assertArrayEquals(counts[s], edges.counts()[s]);
            assertArrayEquals(counts[s], NetworkAnalysis.edgeCountsByGroup(network)[s]);
            for (int t = 0; t < 2; t++) {
                // bit for bit: the same weights added in the same order
                assertEquals(sums[s][t], edges.weightSums()[s][t]);
                assertEquals(sums[s][t] / counts[s][t], means[s][t]);
                assertEquals(means[s][t], edges.meanWeights()[s][t]);
            }
        }
        // the gaussian weights (mean 1 mV) raise every pair's mean above the constant 0.1 mV of excitatory edges
        assertTrue(means[0][0] > 0.1 && means[0][0] < 1, "mean " + means[0][0]);
    }

    @Test
    void absentWeightsAndDelaysTakeNngtDefaultsAndDelaysSitOnTheGrid() {
        Network network = Networks.network("defaults", 3, NeuralPop.uniform(200, "iaf_psc_alpha", Map.of()));
        Models.connect(network, null, null, Models.fixed(10), null, null);
        Models.connect(network, null, null, Models.fixed(10), null, Distributions.uniform(0, 0.35, Unit.MILLISECOND));
        SimulationSettings settings = F.createSimulationSettings();
        settings.setDuration(Units.quantity(1, Unit.SECOND));
        settings.setResolution(Units.quantity(0.1, Unit.MILLISECOND));
        network.setSimulation(settings);
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        assertEquals(0.1, instance.resolution());
        for (int e = 0; e < 2000; e++) {
            assertEquals(1f, instance.weights()[e]);
            assertEquals(1f, instance.delays()[e]);
        }
        java.util.Set<Float> seen = new java.util.TreeSet<>();
        for (int e = 2000; e < 4000; e++) {
            seen.add(instance.delays()[e]);
        }
        // uniform on [0, 0.35) rounds to 0 (raised to one step), 0.1, 0.2 or 0.3 ms
        assertEquals(java.util.Set.of(0.1f, 0.2f, 0.3f), seen);
        assertFalse(instance.spatial());
        assertNull(instance.x());
    }

    @Test
    void instantiatedDelaysAreHeldAsStepsAndReadInMilliseconds() {
        Network network = Networks.network("steps", 8, NeuralPop.uniform(300, "iaf_psc_alpha", Map.of()));
        Models.connect(network, null, null, Models.gaussian(20, 3), Distributions.gaussian(1, 0.2, Unit.MILLIVOLT),
                Distributions.lognormal(0.5, 0.4, Unit.MILLISECOND));
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults().withResolution(0.1));
        assertTrue(instance.compactDelays());
        float[] delays = instance.delays();
        assertEquals(instance.edgeCount(), delays.length);
        for (int e = 0; e < instance.edgeCount(); e++) {
            long steps = instance.delaySteps(e);
            assertTrue(steps >= 1, "edge " + e + " has " + steps + " steps");
            assertEquals((float) (steps * 0.1), instance.delay(e), "edge " + e);
            assertEquals(delays[e], instance.delay(e), "edge " + e);
        }
    }

    @Test
    void delaysBeyondSixteenBitsOfStepsStayExactAsFloats() {
        Network network = Networks.network("long", 8, NeuralPop.uniform(100, "iaf_psc_alpha", Map.of()));
        Models.connect(network, null, null, Models.fixed(5), null, Distributions.constant(1.5, Unit.MILLISECOND));
        // 7 s is 70,000 steps of 0.1 ms: more than the compact column holds
        Models.connect(network, null, null, Models.fixed(5), null, Distributions.uniform(6999.96, 7000.04, Unit.MILLISECOND));
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults().withResolution(0.1));
        assertFalse(instance.compactDelays());
        for (int e = 0; e < 500; e++) {
            assertEquals(1.5f, instance.delay(e), "edge " + e);
            assertEquals(15, instance.delaySteps(e), "edge " + e);
        }
        for (int e = 500; e < 1000; e++) {
            assertEquals((float) (70_000 * 0.1), instance.delay(e), "edge " + e);
            assertEquals(70_000, instance.delaySteps(e), "edge " + e);
        }
    }

    @Test
    void delaysOffTheGridAreKeptAsGiven() {
        java.util.List<nngt.graph.GroupRange> groups = java.util.List.of(new nngt.graph.GroupRange("all", 0, 3, 1, "iaf_psc_alpha"));
        NetworkInstance onGrid = NetworkInstance.of("grid", 1, groups, null, new int[] {0, 1}, new int[] {1, 2},
                new float[] {1, 1}, new float[] {0.3f, 1.2f}, null, null, 0.1, null, null);
        assertTrue(onGrid.compactDelays());
        assertEquals(0.3f, onGrid.delay(0));
        assertEquals(12, onGrid.delaySteps(1));
        NetworkInstance offGrid = NetworkInstance.of("off", 1, groups, null, new int[] {0, 1}, new int[] {1, 2},
                new float[] {1, 1}, new float[] {0.15f, 1.2f}, null, null, 0.1, null, null);
        assertFalse(offGrid.compactDelays());
        assertEquals(0.15f, offGrid.delays()[0]);
        assertEquals(1.2f, offGrid.delay(1));
    }

    @Test
    void seedComesFromOptionsThenModelThenDefault() {
        Network network = Networks.network("seeded", 17, NeuralPop.uniform(10, "iaf_psc_alpha", Map.of()));
        assertEquals(17, NetworkInstantiator.instantiate(network, InstantiationOptions.defaults()).seed());
        assertEquals(4, NetworkInstantiator.instantiate(network, InstantiationOptions.defaults().withSeed(4)).seed());
        network.setSeed(null);
        assertEquals(InstantiationOptions.DEFAULT_SEED, NetworkInstantiator.instantiate(network, InstantiationOptions.defaults()).seed());
    }

    @Test
    void linearCorrelationOfDelaysWithDistanceSpansLowerToUpper() {
        // NNGT's test_delays: distance_rule(200, nodes=100, avg_deg=10, delays lin_corr 1..8 on distance)
        Network network = Networks.network("delays", 8, NeuralPop.uniform(100, "iaf_psc_alpha", Map.of()));
        DistanceRule rule = F.createDistanceRule();
        rule.setScale(Units.quantity(200, Unit.MICROMETRE));
        rule.setAverageDegree(10.0);
        Models.connect(network, null, null, rule, null,
                Distributions.linearCorrelation(CorrelationAttribute.DISTANCE, 1, 8, Unit.MILLISECOND));
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        assertEquals(1000, instance.edgeCount());
        assertTrue(instance.spatial());
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float d : instance.delays()) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        assertEquals(1f, min);
        assertEquals(8f, max);
        float[] distances = instance.distances();
        int longest = 0;
        for (int e = 0; e < distances.length; e++) {
            if (distances[e] > distances[longest]) {
                longest = e;
            }
        }
        assertEquals(8f, instance.delays()[longest]);
    }

    @Test
    void rectangleSpacePlacesNeuronsInsideIt() {
        Network network = Networks.network("space", 8, NeuralPop.uniform(500, "iaf_psc_alpha", Map.of()));
        Space space = F.createSpace();
        Rectangle rectangle = F.createRectangle();
        rectangle.setWidth(Units.quantity(2, Unit.MILLIMETRE));
        rectangle.setHeight(Units.quantity(500, Unit.MICROMETRE));
        space.setShape(rectangle);
        network.setSpace(space);
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        for (int i = 0; i < 500; i++) {
            assertTrue(Math.abs(instance.x()[i]) <= 1000 && Math.abs(instance.y()[i]) <= 250, "neuron " + i);
        }
    }

    @Test
    void everyRuleOfTheModelInstantiatesBetweenTypesAndMetaGroups() {
        Network network = Networks.network("rules", 6, NeuralPop.excAndInhib(400, 0.25));
        nngt.model.MetaGroup meta = F.createMetaGroup();
        meta.setName("mixed");
        meta.getGroups().add(network.getPopulation().getGroups().get(1));
        meta.getNeuronIds().addAll(java.util.List.of(0, 1, 2));
        network.getPopulation().getMetaGroups().add(meta);
        nngt.model.RandomScaleFree rsf = F.createRandomScaleFree();
        rsf.setInExponent(2.5);
        rsf.setOutExponent(2.5);
        rsf.setEdges(500L);
        nngt.model.NewmanWatts nw = F.createNewmanWatts();
        nw.setCoordinationNumber(4);
        nw.setShortcutProbability(0.1);
        nngt.model.WattsStrogatz ws = F.createWattsStrogatz();
        ws.setCoordinationNumber(4);
        ws.setShortcutProbability(0.2);
        ws.setShuffle(nngt.model.ShuffleMode.SOURCES);
        nngt.model.FromDegreeList list = F.createFromDegreeList();
        for (int i = 0; i < 103; i++) {
            list.getDegrees().add(i % 5);
        }
        nngt.model.Connection byType = Models.connect(network, null, null, Models.gaussian(10, 2), null, null);
        nngt.model.TypeSelection inhibitory = F.createTypeSelection();
        inhibitory.setNeuronType(-1);
        byType.setSources(inhibitory);
        byType.setDegreeType(nngt.model.DegreeType.OUT);
        // One out-degree per neuron of the meta-group: the constrained side of 'degree out' is the sources.
        Models.connect(network, new String[] {"mixed"}, null, list, null, null)
                .setDegreeType(nngt.model.DegreeType.OUT);
        Models.connect(network, null, null, rsf, null, null);
        Models.connect(network, new String[] {NeuralPop.EXCITATORY_GROUP}, new String[] {NeuralPop.EXCITATORY_GROUP}, nw, null, null);
        Models.connect(network, new String[] {NeuralPop.INHIBITORY_GROUP}, new String[] {NeuralPop.INHIBITORY_GROUP}, ws, null, null);
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        assertEquals(5, instance.connectionCount());
        int[] out = new int[400];
        for (long e = instance.connectionStart(0); e < instance.connectionStart(1); e++) {
            assertTrue(instance.sources()[(int) e] >= 300, "sources of the type selection are inhibitory");
            out[instance.sources()[(int) e]]++;
        }
        int[] fromMeta = new int[400];
        for (long e = instance.connectionStart(1); e < instance.connectionStart(2); e++) {
            fromMeta[instance.sources()[(int) e]]++;
        }
        // the meta-group holds ids 0, 1, 2 and 300..399, in population order; its list fixes out-degrees
        for (int k = 0; k < 103; k++) {
            assertEquals(k % 5, fromMeta[k < 3 ? k : 297 + k], "out-degree of the meta-group's neuron " + k);
        }
        assertEquals(500, instance.connectionStart(3) - instance.connectionStart(2));
        long nwEdges = instance.connectionStart(4) - instance.connectionStart(3);
        assertTrue(nwEdges >= 300 * 4, "Newman-Watts keeps the lattice: " + nwEdges);
        assertEquals(100 * 4, instance.edgeCount() - instance.connectionStart(4));
        int[] wsIn = new int[400];
        for (long e = instance.connectionStart(4); e < instance.edgeCount(); e++) {
            wsIn[instance.targets()[(int) e]]++;
        }
        for (int v = 300; v < 400; v++) {
            assertEquals(4, wsIn[v], "shuffling sources keeps in-degrees");
        }
    }

    @Test
    void customWeightsAreTakenInEdgeOrderWithTheirUnit() {
        Network network = Networks.network("custom", 2, NeuralPop.uniform(4, "iaf_psc_alpha", Map.of()));
        Models.connect(network, null, null, F.createAllToAll(),
                Distributions.custom(Unit.NANOAMPERE, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), null);
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        for (int e = 0; e < 12; e++) {
            assertEquals(1000f * (e + 1), instance.weights()[e]);
        }
        Network wrong = Networks.network("wrong", 2, NeuralPop.uniform(4, "iaf_psc_alpha", Map.of()));
        Models.connect(wrong, null, null, F.createAllToAll(), Distributions.custom(Unit.NONE, 1, 2, 3), null);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NetworkInstantiator.instantiate(wrong, InstantiationOptions.defaults()));
        assertTrue(error.getMessage().contains("3 values") && error.getMessage().contains("12 edges"), error.getMessage());
    }

    @Test
    void densitySpaceIsASquareOfTheRightSide() {
        Network network = Networks.network("density", 8, NeuralPop.uniform(2000, "iaf_psc_alpha", Map.of()));
        Space space = F.createSpace();
        space.setNeuronDensity(500.0);
        network.setSpace(space);
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        // 2000 neurons at 500 per mm² cover 4 mm²: a square of side 2000 um centred on the origin
        double max = 0;
        for (int i = 0; i < 2000; i++) {
            max = Math.max(max, Math.max(Math.abs(instance.x()[i]), Math.abs(instance.y()[i])));
        }
        assertTrue(max <= 1000 && max > 990, "largest coordinate " + max);
    }

    @Test
    void neuronValuesAreDrawnThenRandomized() {
        Network network = Networks.network("values", 8, NeuralPop.excAndInhib(100, 0.2, "iaf_psc_alpha",
                Map.of("C_m", 250.0), "iaf_psc_alpha", Map.of()));
        network.getPopulation().getGroups().get(1).getParameters()
                .add(Groups.parameter("tau_m", Distributions.uniform(10, 20, Unit.MILLISECOND)));
        StateRandomization randomization = F.createStateRandomization();
        NeuronSelection selection = F.createNeuronSelection();
        selection.getNeuronIds().addAll(java.util.List.of(3, 90));
        randomization.setTargets(selection);
        randomization.getAssignments().add(Groups.parameter("V_m", Distributions.constant(-0.06, Unit.NONE)));
        network.getRandomizations().add(randomization);
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        assertEquals(250.0, instance.neuronValues(0).get("C_m")[79]);
        double[] tau = instance.neuronValues(1).get("tau_m");
        assertEquals(20, tau.length);
        for (double t : tau) {
            assertTrue(t >= 10 && t < 20);
        }
        assertEquals(-0.06, instance.neuronValues(0).get("V_m")[3]);
        assertTrue(Double.isNaN(instance.neuronValues(0).get("V_m")[4]));
        assertEquals(-0.06, instance.neuronValues(1).get("V_m")[10]);
        assertEquals(1, instance.groupOf(80));
        assertEquals(0, instance.groupOf(79));
    }

    @Test
    void synapseSpecificationsAreResolvedPerGroupPair() {
        Network network = smallBrunel();
        network.getSynapses().add(SynapseSpecResolver.spec(SynapseSpecResolver.typeSide(1), SynapseSpecResolver.anySide(),
                "tsodyks_synapse", Map.of(), null));
        network.getSynapses().add(SynapseSpecResolver.spec(SynapseSpecResolver.anySide(), SynapseSpecResolver.anySide(),
                "stdp_synapse", Map.of(), null));
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        assertEquals(0, instance.synapseSpecIndex(0, 1));
        assertEquals(1, instance.synapseSpecIndex(1, 0));
        NetworkInstance none = NetworkInstantiator.instantiate(smallBrunel(), InstantiationOptions.defaults());
        assertEquals(-1, none.synapseSpecIndex(1, 1));
    }

    @Test
    void badModelsAreRejectedWithTheReason() {
        Network lin = Networks.network("lin", 1, NeuralPop.uniform(50, "iaf_psc_alpha", Map.of()));
        Models.connect(lin, null, null, Models.fixed(5), Distributions.linearCorrelation(CorrelationAttribute.DISTANCE, 1, 2,
                Unit.NONE), null);
        IllegalArgumentException noSpace = assertThrows(IllegalArgumentException.class,
                () -> NetworkInstantiator.instantiate(lin, InstantiationOptions.defaults()));
        assertTrue(noSpace.getMessage().contains("no positions"), noSpace.getMessage());
        Network price = Networks.network("price", 1, NeuralPop.excAndInhib(50, 0.2));
        PriceScaleFree rule = F.createPriceScaleFree();
        rule.setM(2);
        Models.connect(price, new String[] {NeuralPop.EXCITATORY_GROUP}, new String[] {NeuralPop.INHIBITORY_GROUP}, rule, null, null);
        IllegalArgumentException twoSets = assertThrows(IllegalArgumentException.class,
                () -> NetworkInstantiator.instantiate(price, InstantiationOptions.defaults()));
        assertTrue(twoSets.getMessage().contains("Connection 0"), twoSets.getMessage());
        Network dense = Networks.network("dense", 1, NeuralPop.uniform(20, "iaf_psc_alpha", Map.of()));
        Models.connect(dense, null, null, Models.fixed(20), null, null);
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> NetworkInstantiator.instantiate(dense, InstantiationOptions.defaults()));
        assertTrue(tooMany.getMessage().contains("Degree 20"), tooMany.getMessage());
    }

    @Test
    void networksBeyondTheArraysAreRefusedWithTheLimit() {
        // built by hand: NeuralPop would refuse the ids beyond an int first
        Network huge = F.createNetwork();
        huge.setName("huge");
        huge.setPopulation(F.createPopulation());
        huge.getPopulation().getGroups().add(Groups.neuralGroup("big", Integer.MAX_VALUE, "iaf_psc_alpha"));
        huge.getPopulation().getGroups().add(Groups.neuralGroup("more", 1, "iaf_psc_alpha"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NetworkInstantiator.instantiate(huge, InstantiationOptions.defaults()));
        assertEquals("The groups of network 'huge' hold 2147483648 neurons; at most 2147483639 fit in one network's "
                + "arrays.", error.getMessage());
    }

    @Test
    void networksBeyondTheMemoryAreRefusedBeforeAllocating() {
        // 1.5e9 edges at 14 bytes: 21 GB
        Network edges = Networks.network("edges", 1, NeuralPop.uniform(100_000, "iaf_psc_alpha", Map.of()));
        Connection connection = Models.connect(edges, null, null, Models.fixed(15_000), null, null);
        connection.setMultigraph(true);
        Assumptions.assumeTrue(NetworkFootprint.availableBytes() < 21_000_000_000L, "this machine's heap holds 21 GB");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NetworkInstantiator.instantiate(edges, InstantiationOptions.defaults()));
        assertTrue(error.getMessage().startsWith("Network 'edges': This network cannot be built in this machine's "
                + "memory: it needs at least 21.0 GB (1,500,000,000 edges at 14 bytes"), error.getMessage());

        // 10^9 neurons: their parameter values and ids alone, before any edge is drawn
        Network neurons = Networks.network("neurons", 1,
                NeuralPop.uniform(1_000_000_000, "iaf_psc_alpha", Map.of("C_m", 250.0, "V_th", -50.0)));
        Models.connect(neurons, null, null, Models.fixed(1), null, null);
        Assumptions.assumeTrue(NetworkFootprint.availableBytes() < 24_000_000_000L, "this machine's heap holds 24 GB");
        IllegalArgumentException neuronError = assertThrows(IllegalArgumentException.class,
                () -> NetworkInstantiator.instantiate(neurons, InstantiationOptions.defaults()));
        assertTrue(neuronError.getMessage().contains("it needs at least 24.0 GB (2,000,000,000 neuron parameter values "
                + "at 8 bytes, 2,000,000,000 selected neuron ids at 4 bytes)"), neuronError.getMessage());
    }

    @Test
    void analysisMeasuresOnAKnownGraph() {
        Network network = Networks.network("ring", 1, NeuralPop.uniform(30, "iaf_psc_alpha", Map.of()));
        nngt.model.Circular ring = F.createCircular();
        ring.setCoordinationNumber(2);
        Models.connect(network, null, null, ring, null, null);
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        assertEquals(1.0, NetworkAnalysis.reciprocity(instance));
        int[] labels = NetworkAnalysis.weakComponents(instance);
        assertEquals(0, java.util.Arrays.stream(labels).max().getAsInt());
        assertEquals(1, NetworkAnalysis.strongComponents(instance).size());
        assertEquals(0.0, NetworkAnalysis.globalClustering(instance));
        nngt.model.Circular wider = F.createCircular();
        wider.setCoordinationNumber(4);
        network.getConnections().get(0).setRule(wider);
        NetworkInstance lattice = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        // ring lattice with k = 4: each node's 4 neighbours share 3 links of 6 pairs, so C = 0.5
        assertEquals(0.5, NetworkAnalysis.globalClustering(lattice), 1e-12);
        assertEquals(0.5, NetworkAnalysis.averageClustering(lattice), 1e-12);
        long[] histogram = NetworkAnalysis.histogram(NetworkAnalysis.totalDegrees(instance));
        assertEquals(30, histogram[4]);
    }
}
