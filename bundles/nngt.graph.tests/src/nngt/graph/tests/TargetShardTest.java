package nngt.graph.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.TargetShard;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.SynapseSpec;
import nngt.model.Unit;
import nngt.model.api.Distributions;
import nngt.model.api.Groups;
import nngt.model.api.NeuralPop;
import nngt.model.api.SynapseSpecResolver;

/**
 * A target shard built alone holds exactly the whole network's edges into its targets, in the whole network's
 * order and with its values, so that the shards of any count together are the whole network, array for array;
 * on any thread count.
 */
class TargetShardTest {

    /**
     * {@link DeterminismTest#mixedModel} (Gaussian in-degree, Erdős–Rényi, a distance rule with distance-correlated
     * delays, Price's model, randomised states), plus exc -> inh with 30 inputs each whose edges all draw U
     * (drawn per target), and all -> inh with 20 inputs whose edges draw U only from exc (drawn whole).
     */
    private static Network model(long seed) {
        Network network = DeterminismTest.mixedModel(seed, 3000);
        NeuralGroup exc = network.getPopulation().getGroups().get(0);
        NeuralGroup inh = network.getPopulation().getGroups().get(1);
        SynapseSpec spec = SynapseSpecResolver.spec(SynapseSpecResolver.groupSide(exc),
                SynapseSpecResolver.groupSide(inh), "tsodyks2_synapse", Map.of(), null);
        spec.getParameters().add(Groups.parameter("U", Distributions.uniform(0.2, 0.8, Unit.NONE)));
        network.getSynapses().add(spec);
        Models.connect(network, new String[] {NeuralPop.EXCITATORY_GROUP}, new String[] {NeuralPop.INHIBITORY_GROUP},
                Models.fixed(30), Distributions.uniform(0.5, 1.5, Unit.NANOSIEMENS), null);
        Models.connect(network, null, new String[] {NeuralPop.INHIBITORY_GROUP}, Models.fixed(20), null,
                Distributions.gaussian(2, 0.5, Unit.MILLISECOND));
        return network;
    }

    private static NetworkInstance instantiate(Network network, int threads, TargetShard shard) {
        return NetworkInstantiator.instantiate(network,
                InstantiationOptions.defaults().withThreads(threads).withTargetShard(shard));
    }

    @Test
    void theShardsOfAnyCountAreTheWholeNetworkArrayForArray() {
        Network network = model(5);
        NetworkInstance whole = instantiate(network, 2, null);
        assertEquals(null, whole.targetShard());
        for (int count : new int[] {1, 3, 4}) {
            long edges = 0;
            for (int index = 0; index < count; index++) {
                TargetShard shard = new TargetShard(index, count, 1);
                NetworkInstance part = instantiate(network, 1 + index % 3, shard);
                assertEquals(shard, part.targetShard());
                assertShardOf(whole, part, shard);
                edges += part.edgeCount();
            }
            assertEquals(whole.edgeCount(), edges, count + " shards hold every edge once");
        }
    }

    /** Connection by connection, the part's edges are the whole's edges into the shard's targets. */
    private static void assertShardOf(NetworkInstance whole, NetworkInstance part, TargetShard shard) {
        String where = "shard " + shard.index() + " of " + shard.count();
        assertEquals(whole.connectionCount(), part.connectionCount(), where);
        assertEquals(whole.edgeParameters().keySet(), part.edgeParameters().keySet(), where);
        for (int g = 0; g < whole.groups().size(); g++) {
            Map<String, double[]> expected = whole.neuronValues(g);
            Map<String, double[]> actual = part.neuronValues(g);
            assertEquals(expected.keySet(), actual.keySet(), where);
            expected.forEach((name, values) -> assertArrayEquals(values, actual.get(name), where + ": " + name));
        }
        assertArrayEquals(whole.x(), part.x(), where + ": positions");
        for (int c = 0; c < whole.connectionCount(); c++) {
            int from = (int) whole.connectionStart(c);
            int to = (int) whole.connectionStart(c + 1);
            int[] kept = java.util.stream.IntStream.range(from, to).filter(e -> shard.holds(whole.targets()[e]))
                    .toArray();
            int partFrom = (int) part.connectionStart(c);
            assertEquals(kept.length, part.connectionStart(c + 1) - partFrom, where + ", connection " + c);
            String in = where + ", connection " + c;
            assertArrayEquals(pick(whole.sources(), kept), Arrays.copyOfRange(part.sources(), partFrom,
                    partFrom + kept.length), in + ": sources");
            assertArrayEquals(pick(whole.targets(), kept), Arrays.copyOfRange(part.targets(), partFrom,
                    partFrom + kept.length), in + ": targets");
            assertArrayEquals(bitsAt(whole.weights(), kept), bitsFrom(part.weights(), partFrom, kept.length),
                    in + ": weights");
            assertArrayEquals(bitsAt(whole.delays(), kept), bitsFrom(part.delays(), partFrom, kept.length),
                    in + ": delays");
            for (String name : whole.edgeParameters().keySet()) {
                assertArrayEquals(bitsAt(whole.edgeParameters().get(name), kept),
                        bitsFrom(part.edgeParameters().get(name), partFrom, kept.length), in + ": " + name);
            }
        }
    }

    private static int[] pick(int[] values, int[] at) {
        return Arrays.stream(at).map(e -> values[e]).toArray();
    }

    /** The bits of floats at the given indices, so that NaN equals NaN. */
    private static int[] bitsAt(float[] values, int[] at) {
        return Arrays.stream(at).map(e -> Float.floatToIntBits(values[e])).toArray();
    }

    /** The bits of {@code length} floats from {@code from} on. */
    private static int[] bitsFrom(float[] values, int from, int length) {
        return java.util.stream.IntStream.range(from, from + length).map(e -> Float.floatToIntBits(values[e]))
                .toArray();
    }

    @Test
    void everyConnectionKindContributesEdgesToEveryShard() {
        // the equality above means something only if each connection has edges in each shard
        Network network = model(5);
        for (int index = 0; index < 4; index++) {
            NetworkInstance part = instantiate(network, 2, new TargetShard(index, 4, 1));
            for (int c = 0; c < part.connectionCount(); c++) {
                assertTrue(part.connectionStart(c + 1) > part.connectionStart(c),
                        "connection " + c + " has edges in shard " + index);
            }
        }
    }

    @Test
    void aShardHoldsTheTargetsOfItsIndexAfterTheOffset() {
        TargetShard shard = new TargetShard(1, 4, 1);
        assertTrue(shard.holds(0) && shard.holds(4) && !shard.holds(1) && !shard.holds(3));
        assertTrue(new TargetShard(0, 1, 0).holds(12345));
        assertThrows(IllegalArgumentException.class, () -> new TargetShard(4, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> new TargetShard(0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new TargetShard(0, 2, -1));
    }
}
