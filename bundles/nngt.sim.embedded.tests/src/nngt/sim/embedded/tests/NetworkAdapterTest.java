package nngt.sim.embedded.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.model.Connection;
import nngt.model.FixedDegree;
import nngt.model.GroupSelection;
import nngt.model.Minis;
import nngt.model.Multimeter;
import nngt.model.Network;
import nngt.model.NngtFactory;
import nngt.model.PoissonInput;
import nngt.model.SimulationSettings;
import nngt.model.SpikeRecorder;
import nngt.model.SynapseSpec;
import nngt.model.TypeEndpoint;
import nngt.model.TypeSelection;
import nngt.model.Unit;
import nngt.model.api.Distributions;
import nngt.model.api.NeuralPop;
import nngt.model.api.Networks;
import nngt.model.api.SynapseSpecResolver;
import nngt.model.api.Units;
import nngt.sim.api.SimulationPlanBuilder;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.embedded.EmbeddedSimulator;
import nngt.sim.embedded.internal.Engine;

/** A model instantiated by nngt.graph, converted by {@link SimulationPlanBuilder} and run by the embedded simulator. */
class NetworkAdapterTest {

    private static final NngtFactory F = NngtFactory.eINSTANCE;

    private static Network model() {
        Map<String, Double> params = Map.of("tau_m", 20.0, "tau_syn_ex", 0.5, "tau_syn_in", 0.5, "E_L", 0.0,
                "V_reset", 0.0, "V_m", 0.0, "V_th", 20.0);
        Network network = Networks.network("small brunel", 99,
                NeuralPop.excAndInhib(500, 0.2, "iaf_psc_alpha", params, "iaf_psc_alpha", params));
        NeuralPop pop = NeuralPop.of(network.getPopulation());
        connect(network, pop, NeuralPop.EXCITATORY_GROUP, 40, 20.68);
        connect(network, pop, NeuralPop.INHIBITORY_GROUP, 10, 103.4);
        SynapseSpec spec = F.createSynapseSpec();
        TypeEndpoint inhibitory = F.createTypeEndpoint();
        inhibitory.setNeuronType(-1);
        spec.setSource(inhibitory);
        spec.setTarget(SynapseSpecResolver.anySide());
        spec.setSynapseModel("tsodyks2_synapse");
        nngt.model.Parameter u = F.createParameter();
        u.setName("U");
        u.setValue(Distributions.constant(1.0, Unit.NONE));
        spec.getParameters().add(u);
        network.getSynapses().add(spec);
        PoissonInput drive = F.createPoissonInput();
        drive.setTargets(F.createAllNeurons());
        drive.setRate(Units.quantity(14000.0, Unit.HERTZ));
        drive.setWeight(Units.quantity(20.68, Unit.PICOAMPERE));
        network.getStimuli().add(drive);
        Minis minis = F.createMinis();
        TypeSelection excitatory = F.createTypeSelection();
        excitatory.setNeuronType(1);
        minis.setTargets(excitatory);
        minis.setBaseRate(Units.quantity(2.0, Unit.HERTZ));
        minis.setWeight(Units.quantity(5.0, Unit.PICOAMPERE));
        minis.setSourceType(1);
        network.getStimuli().add(minis);
        SpikeRecorder recorder = F.createSpikeRecorder();
        GroupSelection exc = F.createGroupSelection();
        exc.getGroups().add(pop.findGroup(NeuralPop.EXCITATORY_GROUP).orElseThrow());
        recorder.setTargets(exc);
        network.getRecorders().add(recorder);
        Multimeter meter = F.createMultimeter();
        nngt.model.NeuronSelection few = F.createNeuronSelection();
        few.getNeuronIds().addAll(java.util.List.of(0, 450));
        meter.setTargets(few);
        meter.getRecordFrom().add("V_m");
        network.getRecorders().add(meter);
        SimulationSettings settings = F.createSimulationSettings();
        settings.setDuration(Units.quantity(200.0, Unit.MILLISECOND));
        settings.setThreads(2);
        network.setSimulation(settings);
        return network;
    }

    private static void connect(Network network, NeuralPop pop, String sourceGroup, int degree, double weight) {
        Connection connection = F.createConnection();
        GroupSelection sources = F.createGroupSelection();
        sources.getGroups().add(pop.findGroup(sourceGroup).orElseThrow());
        connection.setSources(sources);
        connection.setTargets(F.createAllNeurons());
        FixedDegree rule = F.createFixedDegree();
        rule.setDegree(degree);
        connection.setRule(rule);
        connection.setWeights(Distributions.constant(weight, Unit.PICOAMPERE));
        connection.setDelays(Distributions.constant(1.5, Unit.MILLISECOND));
        network.getConnections().add(connection);
    }

    @Test
    void modelAndInstanceBecomeARequestWithNestSigns() {
        Network network = model();
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        SimulationPlan plan = SimulationPlanBuilder.build(network, instance);
        assertEquals(500, plan.neuronCount());
        assertEquals(instance.edgeCount(), plan.sources().length);
        for (int e = 0; e < plan.sources().length; e++) {
            boolean inhibitory = plan.sources()[e] >= 400;
            assertEquals(inhibitory ? -instance.weights()[e] : instance.weights()[e], plan.weights()[e], 0f);
            assertEquals(inhibitory ? 0 : -1, plan.synapseModelIndex()[e], "tsodyks2 only from inhibitory");
        }
        assertEquals("tsodyks2_synapse", plan.synapseModels().get(0).model());
        assertEquals(1.0, plan.synapseModels().get(0).parameters().get("U"), 0.0);
        int[] recorded = plan.spikeRecorded();
        assertEquals(400, recorded.length);
        assertEquals(399, recorded[recorded.length - 1]);
        SimulationPlan.PoissonInput minis = (SimulationPlan.PoissonInput) plan.stimuli().get(1);
        assertEquals(400, minis.targets().length);
        int[] inDegreeFromExcitatory = new int[500];
        for (int e = 0; e < plan.sources().length; e++) {
            if (plan.sources()[e] < 400) {
                inDegreeFromExcitatory[plan.targets()[e]]++;
            }
        }
        for (int k = 0; k < minis.targets().length; k++) {
            assertEquals(2.0 * inDegreeFromExcitatory[minis.targets()[k]], minis.ratesHz()[k], 1e-12);
        }
        assertEquals(200.0, plan.durationMs(), 0.0);
        assertEquals(instance.seed(), plan.seed());
    }

    @Test
    void convertedModelRunsAndRecordsOnlyWhatWasAsked() {
        Network network = model();
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        SimulationResult result = Sim.run(SimulationPlanBuilder.build(network, instance));
        int excitatorySpikes = 0;
        for (int i = 0; i < 400; i++) {
            excitatorySpikes += result.spikeCount(i);
        }
        for (int i = 400; i < 500; i++) {
            assertEquals(0, result.spikeCount(i), "inhibitory neurons are not recorded");
        }
        assertTrue(excitatorySpikes > 400, "the driven network fires: " + excitatorySpikes);
        assertEquals(2, result.traces().size());
        assertArrayEquals(new double[] {1, 2, 3}, java.util.Arrays.copyOf(result.traces().get(0).timesMs(), 3), 0);
    }

    @Test
    void randomSynapseParametersReachTheEngineEdgeByEdge() {
        Network network = model();
        network.getSynapses().get(0).getParameters().get(0)
                .setValue(Distributions.uniform(0.1, 0.9, Unit.NONE));
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        SimulationPlan plan = SimulationPlanBuilder.build(network, instance);
        assertEquals(java.util.List.of("U"), plan.synapseModels().get(0).perEdge());
        Assumptions.assumeTrue(plan.edgeParameters().containsKey("U"),
                "skipped: this nngt.graph does not draw per-edge synapse parameters into the instance yet");
        double[] tables = ((Engine) new EmbeddedSimulator().prepare(plan)).synapseParameterByEdge("U");
        float[] drawn = plan.edgeParameters().get("U");
        int tsodyks = 0;
        for (int e = 0; e < drawn.length; e++) {
            if (!Float.isNaN(drawn[e])) {
                assertEquals(drawn[e], tables[e], 0.0, "edge " + e);
                assertTrue(drawn[e] >= 0.1 && drawn[e] <= 0.9, "edge " + e + ": " + drawn[e]);
                tsodyks++;
            }
        }
        assertTrue(tsodyks > 0, "the inhibitory edges draw U");
    }
}
