package nngt.graph.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.model.CorrelationAttribute;
import nngt.model.Disk;
import nngt.model.DistanceRule;
import nngt.model.ErdosRenyi;
import nngt.model.Network;
import nngt.model.NngtFactory;
import nngt.model.PriceScaleFree;
import nngt.model.Space;
import nngt.model.StateRandomization;
import nngt.model.Unit;
import nngt.model.api.Distributions;
import nngt.model.api.Groups;
import nngt.model.api.NeuralPop;
import nngt.model.api.Networks;
import nngt.model.api.Units;

/** The same model and seed give bit-identical networks on 1, 2 and 4 threads. */
class DeterminismTest {

    static Network mixedModel(long seed, int neurons) {
        NngtFactory f = NngtFactory.eINSTANCE;
        Network network = Networks.network("mixed", seed, NeuralPop.excAndInhib(neurons, 0.2, "iaf_psc_alpha",
                Map.of("C_m", 250.0), "iaf_psc_alpha", Map.of()));
        network.getPopulation().getGroups().get(0).getParameters()
                .add(Groups.parameter("V_th", Distributions.gaussian(-50, 1, Unit.MILLIVOLT)));
        Space space = f.createSpace();
        Disk disk = f.createDisk();
        disk.setRadius(Units.quantity(1, Unit.MILLIMETRE));
        space.setShape(disk);
        network.setSpace(space);
        String[] all = {NeuralPop.EXCITATORY_GROUP, NeuralPop.INHIBITORY_GROUP};
        Models.connect(network, all, new String[] {NeuralPop.EXCITATORY_GROUP}, Models.gaussian(80, 10),
                Distributions.gaussian(1, 0.1, Unit.NANOSIEMENS), Distributions.uniform(1, 3, Unit.MILLISECOND));
        ErdosRenyi er = f.createErdosRenyi();
        er.setAverageDegree(20.0);
        er.setReciprocity(0.3);
        Models.connect(network, new String[] {NeuralPop.INHIBITORY_GROUP}, new String[] {NeuralPop.INHIBITORY_GROUP}, er,
                Distributions.lognormal(0, 0.5, Unit.NANOSIEMENS), null);
        ErdosRenyi sparse = f.createErdosRenyi();
        sparse.setDensity(0.05);
        Models.connect(network, new String[] {NeuralPop.EXCITATORY_GROUP}, null, sparse, null, null);
        DistanceRule rule = f.createDistanceRule();
        rule.setScale(Units.quantity(100, Unit.MICROMETRE));
        rule.setAverageDegree(10.0);
        Models.connect(network, null, null, rule, null,
                Distributions.linearCorrelation(CorrelationAttribute.DISTANCE, 1, 8, Unit.MILLISECOND));
        PriceScaleFree price = f.createPriceScaleFree();
        price.setM(2);
        Models.connect(network, new String[] {NeuralPop.INHIBITORY_GROUP}, new String[] {NeuralPop.INHIBITORY_GROUP}, price,
                null, null);
        StateRandomization randomization = f.createStateRandomization();
        randomization.setTargets(f.createAllNeurons());
        randomization.getAssignments().add(Groups.parameter("V_m", Distributions.uniform(-70, -50, Unit.MILLIVOLT)));
        network.getRandomizations().add(randomization);
        return network;
    }

    @Test
    void oneTwoAndFourThreadsGiveIdenticalArrays() {
        NetworkInstance reference = NetworkInstantiator.instantiate(mixedModel(99, 3000), InstantiationOptions.defaults().withThreads(1));
        for (int threads : new int[] {2, 4}) {
            NetworkInstance other = NetworkInstantiator.instantiate(mixedModel(99, 3000),
                    InstantiationOptions.defaults().withThreads(threads));
            assertEquals(reference.edgeCount(), other.edgeCount());
            assertArrayEquals(reference.sources(), other.sources(), threads + " threads: sources");
            assertArrayEquals(reference.targets(), other.targets(), threads + " threads: targets");
            assertArrayEquals(reference.weights(), other.weights(), threads + " threads: weights");
            assertArrayEquals(reference.delays(), other.delays(), threads + " threads: delays");
            assertArrayEquals(reference.x(), other.x(), threads + " threads: x");
            assertArrayEquals(reference.y(), other.y(), threads + " threads: y");
            for (int g = 0; g < reference.groups().size(); g++) {
                for (Map.Entry<String, double[]> entry : reference.neuronValues(g).entrySet()) {
                    assertArrayEquals(entry.getValue(), other.neuronValues(g).get(entry.getKey()), entry.getKey());
                }
            }
        }
    }

    @Test
    void anotherSeedGivesAnotherNetwork() {
        NetworkInstance a = NetworkInstantiator.instantiate(mixedModel(1, 3000), InstantiationOptions.defaults().withThreads(2));
        NetworkInstance b = NetworkInstantiator.instantiate(mixedModel(2, 3000), InstantiationOptions.defaults().withThreads(2));
        assertEquals(1, a.seed());
        assertEquals(2, b.seed());
        assertNotEquals(java.util.Arrays.hashCode(a.sources()), java.util.Arrays.hashCode(b.sources()));
    }
}
