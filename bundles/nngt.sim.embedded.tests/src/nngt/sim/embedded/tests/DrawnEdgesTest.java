package nngt.sim.embedded.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.model.AllToAll;
import nngt.model.Connection;
import nngt.model.ConnectivityRule;
import nngt.model.DegreeType;
import nngt.model.Distribution;
import nngt.model.DistanceRule;
import nngt.model.ErdosRenyi;
import nngt.model.FixedDegree;
import nngt.model.GaussianDegree;
import nngt.model.Network;
import nngt.model.NngtFactory;
import nngt.model.PoissonInput;
import nngt.model.Selection;
import nngt.model.SimulationSettings;
import nngt.model.SynapseSpec;
import nngt.model.TypeSelection;
import nngt.model.Unit;
import nngt.model.api.Distributions;
import nngt.model.api.Groups;
import nngt.model.api.NeuralPop;
import nngt.model.api.Networks;
import nngt.model.api.SynapseSpecResolver;
import nngt.model.api.Units;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.PlanEdges;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlanBuilder;
import nngt.sim.api.SimulationResult;
import nngt.sim.embedded.EmbeddedSimulator;

/**
 * A plan whose edges are drawn when read ({@link NetworkInstantiator#withDeferredEdges}, {@link
 * SimulationPlanBuilder#build(Network, NetworkInstantiator.DeferredNetwork)}) is the plan of the instance: the
 * same edges, weights, delays, synapse models and per-edge synapse parameters in the same order, range by range,
 * and the embedded simulator, filling its tables from the drawn edges thread by thread, fires exactly the spikes of
 * tables filled from the instance's arrays, on 1, 2 and 3 threads, for every kind of connectivity rule.
 */
class DrawnEdgesTest {

    private static final NngtFactory F = NngtFactory.eINSTANCE;
    private static final Map<String, Double> NEURON = Map.of("tau_m", 20.0, "tau_syn_ex", 0.5, "tau_syn_in", 0.5,
            "E_L", 0.0, "V_reset", 0.0, "V_m", 0.0, "V_th", 20.0);

    /**
     * Three groups, excitatory, inhibitory, excitatory (the excitatory type selects groups 0 and 2: targets that
     * are not consecutive ids), a Poisson drive, 150 ms.
     */
    private static Network network(String name, Consumer<Network> connections) {
        Network network = Networks.network(name, 321, NeuralPop.fromGroups(
                Groups.neuralGroup("a", 160, Groups.EXCITATORY, "iaf_psc_alpha", NEURON),
                Groups.neuralGroup("i", 60, Groups.INHIBITORY, "iaf_psc_alpha", NEURON),
                Groups.neuralGroup("b", 100, Groups.EXCITATORY, "iaf_psc_alpha", NEURON)));
        connections.accept(network);
        PoissonInput drive = F.createPoissonInput();
        drive.setTargets(F.createAllNeurons());
        drive.setRate(Units.quantity(15000.0, Unit.HERTZ));
        drive.setWeight(Units.quantity(20.68, Unit.PICOAMPERE));
        network.getStimuli().add(drive);
        SimulationSettings settings = F.createSimulationSettings();
        settings.setDuration(Units.quantity(150.0, Unit.MILLISECOND));
        network.setSimulation(settings);
        return network;
    }

    private static Selection type(int neuronType) {
        TypeSelection selection = F.createTypeSelection();
        selection.setNeuronType(neuronType);
        return selection;
    }

    private static Connection connect(Network network, Selection sources, Selection targets, ConnectivityRule rule,
            Distribution weights, Distribution delays) {
        Connection connection = F.createConnection();
        connection.setSources(sources);
        connection.setTargets(targets);
        connection.setRule(rule);
        connection.setWeights(weights);
        connection.setDelays(delays);
        network.getConnections().add(connection);
        return connection;
    }

    private static FixedDegree fixed(int degree) {
        FixedDegree rule = F.createFixedDegree();
        rule.setDegree(degree);
        return rule;
    }

    private static Distribution pa(double value) {
        return Distributions.constant(value, Unit.PICOAMPERE);
    }

    private static Distribution ms(double value) {
        return Distributions.constant(value, Unit.MILLISECOND);
    }

    /** Excitatory and inhibitory inputs by the rule under test, with the drive enough to fire. */
    private static Network ruled(String name, java.util.function.Supplier<ConnectivityRule> rule, DegreeType degree,
            boolean multigraph) {
        return network(name, n -> {
            Connection exc = connect(n, type(Groups.EXCITATORY), F.createAllNeurons(), rule.get(), pa(20.0), ms(1.5));
            Connection inh = connect(n, type(Groups.INHIBITORY), type(Groups.EXCITATORY), rule.get(), pa(100.0),
                    ms(2.0));
            for (Connection c : List.of(exc, inh)) {
                if (degree != null) {
                    c.setDegreeType(degree);
                }
                c.setMultigraph(multigraph);
            }
        });
    }

    private static List<Network> models() {
        return List.of(
                ruled("fixed in-degree", () -> fixed(25), null, false),
                ruled("fixed in-degree, multigraph", () -> fixed(25), DegreeType.IN, true),
                ruled("fixed out-degree", () -> fixed(25), DegreeType.OUT, false),
                ruled("gaussian in-degree", () -> {
                    GaussianDegree rule = F.createGaussianDegree();
                    rule.setAverage(25);
                    rule.setDeviation(5);
                    return rule;
                }, null, false),
                ruled("all-to-all", () -> {
                    AllToAll rule = F.createAllToAll();
                    return rule;
                }, null, false),
                ruled("erdos-renyi", () -> {
                    ErdosRenyi rule = F.createErdosRenyi();
                    rule.setDensity(0.08);
                    return rule;
                }, null, false),
                ruled("distance rule", () -> {
                    DistanceRule rule = F.createDistanceRule();
                    rule.setScale(Units.quantity(150, Unit.MICROMETRE));
                    rule.setAverageDegree(25.0);
                    return rule;
                }, null, false),
                network("drawn weights and delays", n -> {
                    connect(n, type(Groups.EXCITATORY), F.createAllNeurons(), fixed(25),
                            Distributions.uniform(10, 30, Unit.PICOAMPERE),
                            Distributions.gaussian(2.0, 0.5, Unit.MILLISECOND));
                    Connection inh = connect(n, type(Groups.INHIBITORY), F.createAllNeurons(), fixed(6),
                            Distributions.lognormal(4.5, 0.2, Unit.PICOAMPERE),
                            Distributions.uniform(1.0, 3.0, Unit.MILLISECOND));
                    inh.setMultigraph(true);
                    ErdosRenyi er = F.createErdosRenyi();
                    er.setDensity(0.02);
                    connect(n, F.createAllNeurons(), type(Groups.INHIBITORY), er,
                            Distributions.uniform(5, 15, Unit.PICOAMPERE), Distributions.uniform(0.5, 4.0,
                                    Unit.MILLISECOND));
                }),
                network("tsodyks per-edge parameters", n -> {
                    connect(n, type(Groups.EXCITATORY), F.createAllNeurons(), fixed(25), pa(40.0), ms(1.5));
                    connect(n, type(Groups.INHIBITORY), F.createAllNeurons(), fixed(8), pa(120.0), ms(1.0));
                    // a specification on part of a connection's pairs (from group a only): drawn whole and kept
                    SynapseSpec fromA = SynapseSpecResolver.spec(SynapseSpecResolver.groupSide(
                            n.getPopulation().getGroups().get(0)), SynapseSpecResolver.anySide(), "tsodyks2_synapse",
                            Map.of(), null);
                    fromA.getParameters().add(Groups.parameter("U", Distributions.uniform(0.1, 0.9, Unit.NONE)));
                    n.getSynapses().add(fromA);
                    // on every edge of the inhibitory connection: drawn again
                    SynapseSpec inhibitory = SynapseSpecResolver.spec(SynapseSpecResolver.typeSide(Groups.INHIBITORY),
                            SynapseSpecResolver.anySide(), "tsodyks_synapse", Map.of("tau_psc", 0.5), null);
                    inhibitory.getParameters().add(Groups.parameter("U", Distributions.uniform(0.2, 0.6,
                            Unit.NONE)));
                    inhibitory.getParameters().add(Groups.parameter("tau_rec", Distributions.uniform(100, 900,
                            Unit.MILLISECOND)));
                    n.getSynapses().add(inhibitory);
                }));
    }

    private static InstantiationOptions options(int threads) {
        return InstantiationOptions.defaults().withThreads(threads);
    }

    private static SimulationPlan arrays(Network model, int threads) {
        NetworkInstance instance = NetworkInstantiator.instantiate(model, options(threads));
        return SimulationPlanBuilder.build(model, instance);
    }

    private static SimulationPlan drawn(Network model, int threads) {
        return SimulationPlanBuilder.build(model, NetworkInstantiator.withDeferredEdges(model, options(threads)));
    }

    private static SimulationPlan withThreads(Network model, int threads, boolean drawnEdges) {
        model.getSimulation().setThreads(threads);
        return drawnEdges ? drawn(model, threads) : arrays(model, threads);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void drawnPlansHoldTheInstancesEdgesInItsOrder(int threads) {
        for (Network model : models()) {
            String name = model.getName();
            SimulationPlan expected = arrays(model, 2);
            SimulationPlan actual = drawn(model, threads);
            assertTrue(actual.edgesDrawn(), name);
            assertFalse(expected.edgesDrawn(), name);
            assertTrue(expected.edgeCount() > 1000, name + ": " + expected.edgeCount());
            assertEquals(expected.edgeCount(), actual.edgeCount(), name);
            // range by range, in the arrays' order: what each engine thread reads
            int n = expected.neuronCount();
            for (int[] range : new int[][] {{0, n}, {0, n / 3}, {n / 3, 2 * n / 3}, {2 * n / 3, n}, {150, 170},
                    {200, 260}}) {
                assertSameEdges(name + " " + range[0] + ".." + range[1], expected.edges().edgesTo(range[0], range[1]),
                        actual.edges().edgesTo(range[0], range[1]), expected.edges().parameterNames().size());
            }
            assertEquals(expected.edges().parameterNames(), actual.edges().parameterNames(), name);
            // the arrays a backend such as Brian2 reads, drawn on demand
            assertArrayEquals(expected.sources(), actual.sources(), name);
            assertArrayEquals(expected.targets(), actual.targets(), name);
            assertArrayEquals(expected.weights(), actual.weights(), name);
            assertArrayEquals(expected.delaysMs(), actual.delaysMs(), name);
            assertArrayEquals(expected.synapseModelIndex(), actual.synapseModelIndex(), name);
            assertEquals(expected.edgeParameters().keySet(), actual.edgeParameters().keySet(), name);
            for (String parameter : expected.edgeParameters().keySet()) {
                assertArrayEquals(expected.edgeParameters().get(parameter), actual.edgeParameters().get(parameter),
                        name + " " + parameter);
            }
            assertEquals(describe(expected.nativeConnections()), describe(actual.nativeConnections()), name);
        }
    }

    /** The native connections as text, their group arrays by content. */
    private static List<String> describe(List<SimulationPlan.NativeConnection> connections) {
        return connections.stream().map(c -> c + java.util.Arrays.toString(c.sourceGroups())
                + java.util.Arrays.toString(c.targetGroups())).map(text -> text.replaceAll("\\[I@[0-9a-f]+", ""))
                .toList();
    }

    private static void assertSameEdges(String what, PlanEdges.Cursor expected, PlanEdges.Cursor actual,
            int parameters) {
        int e = 0;
        while (expected.next()) {
            assertTrue(actual.next(), what + ": edge " + e + " is missing");
            assertEquals(expected.source(), actual.source(), what + ": source of edge " + e);
            assertEquals(expected.target(), actual.target(), what + ": target of edge " + e);
            assertEquals(expected.weight(), actual.weight(), what + ": weight of edge " + e);
            assertEquals(expected.delayMs(), actual.delayMs(), what + ": delay of edge " + e);
            assertEquals(expected.synapseModel(), actual.synapseModel(), what + ": synapse model of edge " + e);
            for (int p = 0; p < parameters; p++) {
                assertEquals(expected.parameter(p), actual.parameter(p), what + ": parameter " + p + " of edge " + e);
            }
            e++;
        }
        assertFalse(actual.next(), what + ": more edges than the arrays' " + e);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void tablesFilledFromDrawnEdgesFireTheSpikesOfTheArrays(int threads) {
        for (Network model : models()) {
            SimulationResult expected = run(withThreads(model, threads, false));
            SimulationResult actual = run(withThreads(model, threads, true));
            assertTrue(expected.totalSpikes() > 100, model.getName() + " fires: " + expected.totalSpikes());
            assertArrayEquals(expected.spikeOffsets(), actual.spikeOffsets(), model.getName());
            assertArrayEquals(expected.rawSpikeTimes(), actual.rawSpikeTimes(), model.getName());
        }
    }

    private static SimulationResult run(SimulationPlan plan) {
        try (var prepared = new EmbeddedSimulator().prepare(plan)) {
            return prepared.run(ProgressListener.NONE, new CancellationToken());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1})
    void aStaticNetworkHasNoSynapseModelColumn(int threads) {
        SimulationPlan plan = drawn(models().get(0), threads);
        assertNull(plan.synapseModelIndex(), "every edge is static, as in the instance's plan");
    }
}
