package nngt.graph.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.graph.GroupRange;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.io.GraphData;
import nngt.graph.io.GraphFiles;
import nngt.graph.io.NngtFormat;
import nngt.model.CorrelationAttribute;
import nngt.model.Distribution;
import nngt.model.DistanceRule;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.NngtFactory;
import nngt.model.SynapseSpec;
import nngt.model.Unit;
import nngt.model.api.Distributions;
import nngt.model.api.Groups;
import nngt.model.api.NeuralPop;
import nngt.model.api.Networks;
import nngt.model.api.SynapseParameterDraws;
import nngt.model.api.SynapseSpecResolver;
import nngt.model.api.Units;

/**
 * Synapse parameters drawn per edge by the instantiation: exactly on the edges of the pairs whose
 * specification draws them, the same on any thread count, with the stated laws, and through the files.
 */
class SynapseParameterDrawTest {

    private static final String U = "U";
    private static final String TAU_REC = "tau_rec";

    /**
     * Groups a (600) and b (400); every neuron receives 60 inputs from all neurons (fixed in-degree, so
     * every group pair has edges), and a second connection a -> a; 66,000 edges in more than one chunk.
     */
    private static Network twoGroups(long seed) {
        return twoGroups(seed, 1000);
    }

    /** {@link #twoGroups(long)} scaled to {@code neurons} neurons (a multiple of 100). */
    private static Network twoGroups(long seed, int neurons) {
        Network network = Networks.network("pairs", seed, NeuralPop.fromGroups(
                Groups.neuralGroup("a", neurons * 6 / 10, "iaf_psc_alpha"), Groups.neuralGroup("b", neurons * 4 / 10, "iaf_psc_alpha")));
        Models.connect(network, null, null, Models.fixed(neurons * 6 / 100), null, null);
        Models.connect(network, new String[] {"a"}, new String[] {"a"}, Models.fixed(neurons / 100), null, null);
        return network;
    }

    private static NeuralGroup group(Network network, int index) {
        return network.getPopulation().getGroups().get(index);
    }

    /** Adds a tsodyks2 specification a -> b with the given U and tau_rec, and the constant tau_fac. */
    private static SynapseSpec tsodyks(Network network, Distribution u, Distribution tauRec) {
        SynapseSpec spec = SynapseSpecResolver.spec(SynapseSpecResolver.groupSide(group(network, 0)),
                SynapseSpecResolver.groupSide(group(network, 1)), "tsodyks2_synapse", Map.of("tau_fac", 0.0), null);
        spec.getParameters().add(Groups.parameter(U, u));
        spec.getParameters().add(Groups.parameter(TAU_REC, tauRec));
        network.getSynapses().add(spec);
        return spec;
    }

    private static Network tsodyksModel(long seed) {
        return tsodyksModel(seed, 1000);
    }

    private static Network tsodyksModel(long seed, int neurons) {
        Network network = twoGroups(seed, neurons);
        tsodyks(network, Distributions.uniform(0.2, 0.8, Unit.NONE), Distributions.gaussian(800, 50, Unit.MILLISECOND));
        return network;
    }

    private static NetworkInstance instantiate(Network network, int threads) {
        return NetworkInstantiator.instantiate(network, InstantiationOptions.defaults().withThreads(threads));
    }

    @Test
    void drawnParametersFillExactlyTheEdgesOfTheirPair() {
        NetworkInstance network = instantiate(tsodyksModel(3), 2);
        assertEquals(List.of(U, TAU_REC), List.copyOf(network.edgeParameters().keySet()), "drawn names only, sorted");
        float[] u = network.edgeParameters().get(U);
        float[] tauRec = network.edgeParameters().get(TAU_REC);
        assertEquals(network.edgeCount(), u.length);
        int onPair = 0;
        for (int e = 0; e < network.edgeCount(); e++) {
            boolean aToB = network.groupOf(network.sources()[e]) == 0 && network.groupOf(network.targets()[e]) == 1;
            if (aToB) {
                onPair++;
                assertTrue(u[e] >= 0.2f && u[e] <= 0.8f, "U of edge " + e + " is " + u[e]);
                assertTrue(Float.isFinite(tauRec[e]) && tauRec[e] > 500, "tau_rec of edge " + e + " is " + tauRec[e]);
            } else {
                assertTrue(Float.isNaN(u[e]) && Float.isNaN(tauRec[e]), "edge " + e + " is not a -> b");
            }
        }
        // b receives 60 inputs per neuron from 1,000 neurons, 600 of them in a: about 400 * 36 edges
        assertTrue(onPair > 12_000 && onPair < 16_800, "a -> b edges: " + onPair);
        assertThrows(UnsupportedOperationException.class, () -> network.edgeParameters().remove(U));
    }

    @Test
    void valuesAreTheSameOnOneTwoAndFourThreads() {
        NetworkInstance one = instantiate(tsodyksModel(11), 1);
        for (int threads : new int[] {2, 4}) {
            NetworkInstance more = instantiate(tsodyksModel(11), threads);
            assertArrayEquals(one.sources(), more.sources());
            assertEquals(one.edgeParameters().keySet(), more.edgeParameters().keySet());
            for (String name : one.edgeParameters().keySet()) {
                assertTrue(Arrays.equals(one.edgeParameters().get(name), more.edgeParameters().get(name)),
                        name + " on " + threads + " threads");
            }
        }
    }

    @Test
    void anotherSeedDrawsOtherValues() {
        float[] first = instantiate(tsodyksModel(11), 2).edgeParameters().get(U);
        float[] second = instantiate(tsodyksModel(12), 2).edgeParameters().get(U);
        assertFalse(Arrays.equals(first, second));
    }

    @Test
    void aParameterKeepsItsValuesWhenTheOthersAreReordered() {
        Network swapped = twoGroups(11);
        SynapseSpec spec = tsodyks(swapped, Distributions.uniform(0.2, 0.8, Unit.NONE),
                Distributions.gaussian(800, 50, Unit.MILLISECOND));
        spec.getParameters().move(0, spec.getParameters().size() - 1);
        NetworkInstance reordered = instantiate(swapped, 2);
        NetworkInstance original = instantiate(tsodyksModel(11), 2);
        assertArrayEquals(original.edgeParameters().get(U), reordered.edgeParameters().get(U));
        assertArrayEquals(original.edgeParameters().get(TAU_REC), reordered.edgeParameters().get(TAU_REC));
    }

    @Test
    void twoSpecificationsShareOneColumnPerName() {
        Network network = tsodyksModel(5);
        network.getSynapses().add(SynapseSpecResolver.spec(SynapseSpecResolver.groupSide(group(network, 1)),
                SynapseSpecResolver.anySide(), "tsodyks2_synapse", Map.of(), null));
        network.getSynapses().get(1).getParameters().add(Groups.parameter(U, Distributions.uniform(0.9, 1.0, Unit.NONE)));
        NetworkInstance instance = instantiate(network, 2);
        float[] u = instance.edgeParameters().get(U);
        float[] tauRec = instance.edgeParameters().get(TAU_REC);
        for (int e = 0; e < instance.edgeCount(); e++) {
            int source = instance.groupOf(instance.sources()[e]);
            int target = instance.groupOf(instance.targets()[e]);
            if (source == 1) {
                assertTrue(u[e] >= 0.9f && u[e] <= 1.0f, "b -> * edge " + e + ": " + u[e]);
                assertTrue(Float.isNaN(tauRec[e]), "tau_rec is drawn by the first specification only");
            } else if (target == 1) {
                assertTrue(u[e] >= 0.2f && u[e] <= 0.8f, "a -> b edge " + e + ": " + u[e]);
            } else {
                assertTrue(Float.isNaN(u[e]), "a -> a edge " + e);
            }
        }
    }

    /** One group of 2,000 neurons, 50 inputs each (100,000 edges), with every parameter on the default pair. */
    private static NetworkInstance allEdges(Map<String, Distribution> parameters) {
        Network network = Networks.network("stats", 21, NeuralPop.uniform(2000, "iaf_psc_alpha", Map.of()));
        Models.connect(network, null, null, Models.fixed(50), null, null);
        SynapseSpec spec = SynapseSpecResolver.spec(SynapseSpecResolver.anySide(), SynapseSpecResolver.anySide(),
                "tsodyks2_synapse", Map.of(), null);
        parameters.forEach((name, value) -> spec.getParameters().add(Groups.parameter(name, value)));
        network.getSynapses().add(spec);
        return instantiate(network, 2);
    }

    /** Mean and sample standard deviation of {@code f(values)}. */
    private static double[] meanAndStd(float[] values, java.util.function.DoubleUnaryOperator f) {
        double mean = 0;
        for (float value : values) {
            mean += f.applyAsDouble(value);
        }
        mean /= values.length;
        double variance = 0;
        for (float value : values) {
            double d = f.applyAsDouble(value) - mean;
            variance += d * d;
        }
        return new double[] {mean, Math.sqrt(variance / (values.length - 1))};
    }

    @Test
    void gaussianUniformAndLognormalFollowTheirLaws() {
        // tolerances: 5 standard errors over n = 100,000 edges (see StatisticsTest)
        NetworkInstance network = allEdges(Map.of(U, Distributions.uniform(0.2, 0.8, Unit.NONE),
                TAU_REC, Distributions.gaussian(800, 50, Unit.MILLISECOND),
                "tau_fac", Distributions.lognormal(-1, 0.3, Unit.SECOND)));
        int n = network.edgeCount();
        assertEquals(100_000, n);
        double[] gaussian = meanAndStd(network.edgeParameters().get(TAU_REC), v -> v);
        // standard errors: 50 / sqrt(n) = 0.158 for the mean, 50 / sqrt(2n) = 0.112 for the std
        assertEquals(800, gaussian[0], 5 * 0.158);
        assertEquals(50, gaussian[1], 5 * 0.112);
        double[] uniform = meanAndStd(network.edgeParameters().get(U), v -> v);
        // std of U(0.2, 0.8) = 0.6 / sqrt(12) = 0.173; standard error of the mean 0.173 / sqrt(n) = 0.00055
        assertEquals(0.5, uniform[0], 5 * 0.00055);
        assertEquals(0.6 / Math.sqrt(12), uniform[1], 0.002);
        // values in ms (NEST's unit) from a law given in s: ln(v / 1000) ~ N(-1, 0.3); standard errors
        // 0.3 / sqrt(n) = 0.00095 for the mean and 0.3 / sqrt(2n) = 0.00067 for the std
        double[] lognormal = meanAndStd(network.edgeParameters().get("tau_fac"), v -> Math.log(v / 1000));
        assertEquals(-1, lognormal[0], 5 * 0.00095);
        assertEquals(0.3, lognormal[1], 5 * 0.00067);
    }

    /** Groups a (300) and b (300) in space, a distance rule over all, tau_rec = lin_corr(100..900 ms) on a -> a. */
    private static Network spatial() {
        Network network = Networks.network("space", 8,
                NeuralPop.fromGroups(Groups.neuralGroup("a", 300, "iaf_psc_alpha"), Groups.neuralGroup("b", 300, "iaf_psc_alpha")));
        DistanceRule rule = NngtFactory.eINSTANCE.createDistanceRule();
        rule.setScale(Units.quantity(200, Unit.MICROMETRE));
        rule.setAverageDegree(20.0);
        Models.connect(network, null, null, rule, null, null);
        SynapseSpec spec = SynapseSpecResolver.spec(SynapseSpecResolver.groupSide(group(network, 0)),
                SynapseSpecResolver.groupSide(group(network, 0)), "tsodyks2_synapse", Map.of(), null);
        spec.getParameters().add(Groups.parameter(TAU_REC,
                Distributions.linearCorrelation(CorrelationAttribute.DISTANCE, 100, 900, Unit.MILLISECOND)));
        network.getSynapses().add(spec);
        return network;
    }

    @Test
    void linearCorrelationSpansTheDistancesOfThePairsEdges() {
        NetworkInstance network = instantiate(spatial(), 2);
        float[] tauRec = network.edgeParameters().get(TAU_REC);
        float[] distances = network.distances();
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        int longest = -1;
        for (int e = 0; e < network.edgeCount(); e++) {
            boolean aToA = network.sources()[e] < 300 && network.targets()[e] < 300;
            assertEquals(aToA, !Float.isNaN(tauRec[e]), "edge " + e);
            if (aToA) {
                min = Math.min(min, tauRec[e]);
                max = Math.max(max, tauRec[e]);
                longest = longest < 0 || distances[e] > distances[longest] ? e : longest;
            }
        }
        assertEquals(100f, min);
        assertEquals(900f, max);
        assertEquals(900f, tauRec[longest]);
        assertArrayEquals(tauRec, instantiate(spatial(), 4).edgeParameters().get(TAU_REC));
    }

    @Test
    void linearCorrelationWithoutPositionsIsRefused() {
        Network network = twoGroups(1);
        tsodyks(network, Distributions.uniform(0.2, 0.8, Unit.NONE),
                Distributions.linearCorrelation(CorrelationAttribute.DISTANCE, 100, 900, Unit.MILLISECOND));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> instantiate(network, 1));
        assertTrue(error.getMessage().contains("'tau_rec'") && error.getMessage().contains("(a, b)")
                && error.getMessage().contains("no positions"), error.getMessage());
    }

    @Test
    void customValuesAreRefusedWithTheReason() {
        Network network = twoGroups(1);
        SynapseSpec spec = tsodyks(network, Distributions.custom(Unit.NONE, 0.1, 0.2, 0.3),
                Distributions.gaussian(800, 50, Unit.MILLISECOND));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> instantiate(network, 1));
        assertEquals("Synapse parameter 'U' of the specification (a, b) is a list of custom values; a specification's"
                + " edges have no order in the model for a list to follow, so valid values are constants, uniform,"
                + " gaussian, lognormal and lin_corr.", error.getMessage());
        assertFalse(SynapseParameterDraws.isAllowed(spec.getParameters().get(1).getValue()));
        assertTrue(SynapseParameterDraws.isAllowed(spec.getParameters().get(2).getValue()));
    }

    @Test
    void constantParametersDrawNothing() {
        Network network = twoGroups(1);
        network.getSynapses().add(SynapseSpecResolver.spec(SynapseSpecResolver.anySide(), SynapseSpecResolver.anySide(),
                "tsodyks2_synapse", Map.of(U, 0.5, TAU_REC, 800.0), null));
        NetworkInstance instance = instantiate(network, 2);
        assertTrue(instance.edgeParameters().isEmpty());
        assertTrue(instantiate(twoGroups(1), 1).edgeParameters().isEmpty());
    }

    @Test
    void edgeParametersNeedOneValuePerEdge() {
        List<GroupRange> groups = List.of(new GroupRange("g", 0, 3, 1, "iaf_psc_alpha"));
        NetworkInstance network = NetworkInstance.of("n", 1, groups, null, new int[] {0, 1}, new int[] {1, 2},
                new float[] {1, 1}, new float[] {1, 1}, null, null, 0.1, null, null);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> network.withEdgeParameters(Map.of(U, new float[3])));
        assertTrue(error.getMessage().contains("'U'") && error.getMessage().contains("3 values"), error.getMessage());
        float[] u = {0.5f, Float.NaN};
        NetworkInstance with = network.withEdgeParameters(Map.of(U, u, "A", new float[2]));
        assertSame(u, with.edgeParameters().get(U), "kept, not copied");
        assertEquals(List.of("A", U), List.copyOf(with.edgeParameters().keySet()));
        assertSame(network.sources(), with.sources());
        assertTrue(network.edgeParameters().isEmpty(), "the original is unchanged");
    }

    @Test
    void drawnParametersTravelThroughTheFiles(@TempDir Path directory) {
        NetworkInstance network = instantiate(tsodyksModel(4, 200), 2);
        StringWriter text = new StringWriter();
        NngtFormat.writeEdgeList(GraphData.of(network), text);
        assertTrue(text.toString().contains("@edge_attributes=['weight', 'delay', 'U', 'tau_rec']\n"));
        assertTrue(text.toString().contains("@synapse_parameters=['U', 'tau_rec']\n"));
        for (String name : new String[] {"n.el", "n.nn", "n.graphml"}) {
            Path file = directory.resolve(name);
            GraphFiles.save(GraphData.of(network), file);
            NetworkInstance read = GraphFiles.load(file).toNetwork();
            assertEquals(network.edgeParameters().keySet(), read.edgeParameters().keySet(), name);
            if (!name.endsWith(".nn")) {
                for (String parameter : network.edgeParameters().keySet()) {
                    assertArrayEquals(network.edgeParameters().get(parameter), read.edgeParameters().get(parameter),
                            name + " " + parameter);
                }
            }
        }
        // NNGT's own distance column (or any other not listed) is no synapse parameter
        GraphData plain = NngtFormat.readEdgeList(new StringReader(
                "@edge_attributes=['weight', 'delay', 'distance']\n@edge_attr_types=['double', 'double', 'double']\n0 1 1.0;1.0;25.0\n"));
        assertTrue(plain.toNetwork().edgeParameters().isEmpty());
    }
}
