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
        return brunel(seed, 2500, "iaf_psc_delta", 0.1, 0.5, Unit.MILLIVOLT);
    }

    /**
     * The Brunel network at an order: 4·order excitatory and order inhibitory neurons of one model, each
     * receiving 10 % of each population's neurons (fixed in-degree), delay 1.5 ms.
     *
     * @param seed master seed
     * @param order the order
     * @param model the neuron model of both groups
     * @param excitatory the excitatory weight
     * @param inhibitory the inhibitory weight (positive)
     * @param unit the weights' unit
     * @return the model
     */
    public static Network brunel(long seed, int order, String model, double excitatory, double inhibitory, Unit unit) {
        Network network = Networks.network("brunel", seed, NeuralPop.excAndInhib(5 * order, 0.2, model,
                java.util.Map.of(), model, java.util.Map.of()));
        String[] all = {NeuralPop.EXCITATORY_GROUP, NeuralPop.INHIBITORY_GROUP};
        // edges go from the sources to the targets; the in-degree is fixed on the targets (every neuron)
        connect(network, new String[] {NeuralPop.EXCITATORY_GROUP}, all, fixed(4 * order / 10),
                Distributions.constant(excitatory, unit), Distributions.constant(1.5, Unit.MILLISECOND));
        connect(network, new String[] {NeuralPop.INHIBITORY_GROUP}, all, fixed(order / 10),
                Distributions.constant(inhibitory, unit), Distributions.constant(1.5, Unit.MILLISECOND));
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
