package nngt.graph.tests;

import nngt.model.Connection;
import nngt.model.ConnectivityRule;
import nngt.model.Distribution;
import nngt.model.GaussianDegree;
import nngt.model.Group;
import nngt.model.GroupSelection;
import nngt.model.Network;
import nngt.model.NngtFactory;
import nngt.model.Unit;
import nngt.model.api.Distributions;
import nngt.model.api.NeuralPop;
import nngt.model.api.Networks;

/** Model fixtures shared by the tests and the benchmark. */
public final class Models {

    private static final NngtFactory FACTORY = NngtFactory.eINSTANCE;

    private Models() {
    }

    /**
     * @param network a network
     * @param sources source group names, or none for all neurons
     * @param targets target group names, or none for all neurons
     * @param rule the rule
     * @param weights weights or null
     * @param delays delays or null
     * @return the connection, added to the network
     */
    public static Connection connect(Network network, String[] sources, String[] targets, ConnectivityRule rule,
            Distribution weights, Distribution delays) {
        Connection connection = FACTORY.createConnection();
        connection.setSources(selection(network, sources));
        connection.setTargets(selection(network, targets));
        connection.setRule(rule);
        connection.setWeights(weights);
        connection.setDelays(delays);
        network.getConnections().add(connection);
        return connection;
    }

    private static nngt.model.Selection selection(Network network, String[] names) {
        if (names == null || names.length == 0) {
            return FACTORY.createAllNeurons();
        }
        GroupSelection selection = FACTORY.createGroupSelection();
        NeuralPop pop = NeuralPop.of(network.getPopulation());
        for (String name : names) {
            Group group = pop.findGroup(name).orElseThrow();
            selection.getGroups().add(group);
        }
        return selection;
    }

    /**
     * The Brunel network as NNGT's random_balanced example builds it: 10,000 excitatory and 2,500
     * inhibitory neurons; every neuron receives CE = 1000 inputs from excitatory and CI = 250 from
     * inhibitory neurons (fixed in-degree), weights J = 0.1 mV and g·J = 0.5 mV, delay 1.5 ms.
     *
     * @param seed master seed
     * @return the model
     */
    public static Network brunel(long seed) {
        Network network = Networks.network("brunel", seed, NeuralPop.excAndInhib(12_500, 0.2, "iaf_psc_delta",
                java.util.Map.of(), "iaf_psc_delta", java.util.Map.of()));
        String[] all = {NeuralPop.EXCITATORY_GROUP, NeuralPop.INHIBITORY_GROUP};
        // edges go from the sources to the targets; the in-degree is fixed on the targets (every neuron)
        connect(network, new String[] {NeuralPop.EXCITATORY_GROUP}, all, fixed(1000), Distributions.constant(0.1, Unit.MILLIVOLT),
                Distributions.constant(1.5, Unit.MILLISECOND));
        connect(network, new String[] {NeuralPop.INHIBITORY_GROUP}, all, fixed(250), Distributions.constant(0.5, Unit.MILLIVOLT),
                Distributions.constant(1.5, Unit.MILLISECOND));
        return network;
    }

    /**
     * @param degree the degree
     * @return a fixed-degree rule
     */
    public static nngt.model.FixedDegree fixed(int degree) {
        nngt.model.FixedDegree rule = FACTORY.createFixedDegree();
        rule.setDegree(degree);
        return rule;
    }

    /**
     * @param average mean degree
     * @param deviation its standard deviation
     * @return a gaussian-degree rule
     */
    public static GaussianDegree gaussian(double average, double deviation) {
        GaussianDegree rule = FACTORY.createGaussianDegree();
        rule.setAverage(average);
        rule.setDeviation(deviation);
        return rule;
    }
}
