package nngt.generator.nest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.generator.nest.NestGeneratorOptions;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.model.Connection;
import nngt.model.DirectCurrent;
import nngt.model.Minis;
import nngt.model.Multimeter;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.NeuronSelection;
import nngt.model.NngtFactory;
import nngt.model.SimulationSettings;
import nngt.model.SpikeGenerator;
import nngt.model.SpikeRecorder;
import nngt.model.StepCurrents;
import nngt.model.Unit;
import nngt.model.api.Groups;
import nngt.model.api.NeuralPop;
import nngt.model.api.Networks;
import nngt.model.api.Units;
import nngt.sim.api.SimulationPlanBuilder;
import nngt.generator.nest.NestProjectGenerator;
import nngt.generator.nest.tests.Projects.Loaded;
import nngt.generator.nest.tests.Projects.Outcome;

/**
 * Runs generated NEST 3 projects end to end against {@code pynest-standin/nest}, a recording stand-in for
 * PyNEST, so that run.py's own logic (reading the arrays, ids, signs, result files) is exercised where NEST is
 * not installed. The real-NEST check is {@code NestProjectGeneratorTest.runsInRealNestWhenAvailable}.
 */
class StandInRunTest {

    @TempDir
    Path temporary;

    private Outcome runProject(Path folder) throws IOException {
        assumeTrue(Projects.pythonCan("import numpy"), () -> {
            System.out.println("SKIPPED StandInRunTest: numpy is not installed for " + Projects.PYTHON);
            return "no numpy";
        });
        return Projects.run(List.of(Projects.PYTHON, "run.py", "--verify", "--threads", "2"), folder,
                Map.of("PYTHONPATH", Projects.standIn().toString()));
    }

    @Test
    void arraysProjectConnectsEveryEdgeWithSignedWeightsAndWritesNngtSpikeFiles() throws IOException {
        Loaded loaded = Projects.load("basic_exc_inh");
        Path folder = temporary.resolve("basic");
        NestProjectGenerator.generate(loaded.plan(), NestGeneratorOptions.defaults(folder)
                .withShards(3));
        Outcome outcome = runProject(folder);
        assertEquals(0, outcome.exitCode(), outcome.output());
        String summary = Files.readString(folder.resolve("results/summary.json"));
        assertTrue(summary.contains("\"network_connections\": " + loaded.instance().edgeCount()), summary);
        assertTrue(summary.contains("\"inhibitory_weights_negative\": true"), summary);
        assertTrue(summary.contains("\"nest_version\": \"3.stand-in\""), summary);
        assertTrue(summary.contains("\"seed\": 2024"), summary);
        // The stand-in makes NEST id i spike at 1 + i % 7 ms (NNGT 800 = NEST 801: 4 ms); each neuron spikes once.
        List<String> lines = Files.readAllLines(folder.resolve("results/spikes_inhibitory_cells.txt"));
        assertEquals("# Neuron Time", lines.get(0));
        assertEquals(201, lines.size());
        assertEquals("800 4.000000", lines.stream().filter(l -> l.startsWith("800 ")).findFirst().orElseThrow());
        // 200 spikes of 200 neurons in 100 ms: 10 Hz.
        assertTrue(summary.contains("\"inhibitory_cells\": 10.0"), summary);
    }

    @Test
    void underMpiEachRankReadsOnlyTheEdgesOfTheNeuronsItHosts() throws IOException {
        Loaded loaded = Projects.load("basic_exc_inh");
        Path folder = temporary.resolve("mpi");
        NestProjectGenerator.generate(loaded.plan(), NestGeneratorOptions.defaults(folder)
                .withShards(4));
        assumeTrue(Projects.pythonCan("import numpy"), "no numpy");
        long connected = 0;
        for (int rank = 0; rank < 2; rank++) {
            Outcome outcome = Projects.run(List.of(Projects.PYTHON, "run.py", "--threads", "1"), folder,
                    Map.of("PYTHONPATH", Projects.standIn().toString(), "NNGT_STANDIN_PROCESSES", "2",
                            "NNGT_STANDIN_RANK", Integer.toString(rank)));
            assertEquals(0, outcome.exitCode(), outcome.output());
            String[] edges = outcome.output().lines().filter(l -> l.startsWith("EDGES")).findFirst().orElseThrow()
                    .split(" ");
            // Read = kept: with 2 processes and 4 shards a rank reads exactly its own targets' edges.
            assertEquals(edges[1], edges[2], "rank " + rank + " read edges it does not host");
            connected += Long.parseLong(edges[2]);
        }
        assertEquals(loaded.instance().edgeCount(), connected);
    }

    @Test
    void spatialProjectWritesPositionsAndMultimeterCsv() throws IOException {
        Loaded loaded = Projects.load("spatial");
        Path folder = temporary.resolve("spatial");
        NestProjectGenerator.generate(loaded.plan(), NestGeneratorOptions.defaults(folder));
        Outcome outcome = runProject(folder);
        assertEquals(0, outcome.exitCode(), outcome.output());
        List<String> spikes = Files.readAllLines(folder.resolve("results/spikes_pyramidal.txt"));
        assertEquals("# Neuron Time X Y", spikes.get(0));
        String[] first = spikes.get(1).split(" ");
        int neuron = Integer.parseInt(first[0]);
        assertEquals(loaded.instance().x()[neuron], Double.parseDouble(first[2]), 1e-6);
        List<String> trace = Files.readAllLines(folder.resolve("results/membrane.csv"));
        assertEquals("time,neuron,V_m", trace.get(0));
        assertEquals("0.500000,0,-64.999", trace.get(1));
        assertEquals(1 + 3 * 1000, trace.size(), "3 neurons, 500 ms every 0.5 ms");
    }

    /**
     * Groups exc (30) and inh (10), exc -> all all-to-all; minis (2 Hz per excitatory input, 5 pA) into all, a
     * current step into neurons 0 and 5, a DC into exc, 40 spike times into inh; spikes of all and V_m of neuron 3
     * recorded; 20 ms.
     */
    static Network stimuliNetwork() {
        NngtFactory factory = NngtFactory.eINSTANCE;
        NeuralGroup exc = Groups.neuralGroup("exc", 30, Groups.EXCITATORY, "iaf_psc_alpha", Map.of());
        NeuralGroup inh = Groups.neuralGroup("inh", 10, Groups.INHIBITORY, "iaf_psc_alpha", Map.of());
        Network network = Networks.network("stimuli", 3, NeuralPop.fromGroups(exc, inh));
        Connection connection = factory.createConnection();
        connection.setSources(selection(exc));
        connection.setTargets(factory.createAllNeurons());
        connection.setRule(factory.createAllToAll());
        network.getConnections().add(connection);
        Minis minis = factory.createMinis();
        minis.setBaseRate(Units.quantity(2, Unit.HERTZ));
        minis.setWeight(Units.quantity(5, Unit.PICOAMPERE));
        minis.setTargets(factory.createAllNeurons());
        network.getStimuli().add(minis);
        StepCurrents steps = factory.createStepCurrents();
        steps.getTimes().add(Units.quantity(5, Unit.MILLISECOND));
        steps.getAmplitudes().add(Units.quantity(100, Unit.PICOAMPERE));
        NeuronSelection two = factory.createNeuronSelection();
        two.getNeuronIds().add(5);
        two.getNeuronIds().add(0);
        steps.setTargets(two);
        network.getStimuli().add(steps);
        DirectCurrent dc = factory.createDirectCurrent();
        dc.setAmplitude(Units.quantity(0.1, Unit.NANOAMPERE));
        dc.setTargets(selection(exc));
        network.getStimuli().add(dc);
        SpikeGenerator generator = factory.createSpikeGenerator();
        // 40 spike times: the list is longer than a line and must be wrapped for flake8.
        for (int k = 0; k < 40; k++) {
            generator.getSpikeTimes().add(Units.quantity(1 + 0.5 * k, Unit.MILLISECOND));
        }
        generator.setWeight(Units.quantity(3, Unit.PICOAMPERE));
        generator.setTargets(selection(inh));
        network.getStimuli().add(generator);
        SpikeRecorder spikes = factory.createSpikeRecorder();
        spikes.setTargets(factory.createAllNeurons());
        network.getRecorders().add(spikes);
        Multimeter meter = factory.createMultimeter();
        meter.getRecordFrom().add("V_m");
        meter.setInterval(Units.quantity(1, Unit.MILLISECOND));
        NeuronSelection three = factory.createNeuronSelection();
        three.getNeuronIds().add(3);
        meter.setTargets(three);
        network.getRecorders().add(meter);
        SimulationSettings simulation = factory.createSimulationSettings();
        simulation.setDuration(Units.quantity(20, Unit.MILLISECOND));
        network.setSimulation(simulation);
        return network;
    }

    @Test
    void everyStimulusKindReachesNestWithItsParameters() throws IOException {
        Network network = stimuliNetwork();
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        Path folder = temporary.resolve("stimuli");
        NestProjectGenerator.generate(SimulationPlanBuilder.build(network, instance), NestGeneratorOptions.defaults(folder));
        Outcome outcome = runProject(folder);
        assertEquals(0, outcome.exitCode(), outcome.output());
        if (Projects.pythonCan("import flake8")) {
            Outcome lint = Projects.run(List.of(Projects.PYTHON, "-m", "flake8", "run.py"), folder);
            assertEquals(0, lint.exitCode(), lint.output());
        }
        List<String> devices = outcome.output().lines().filter(l -> l.startsWith("DEVICE")).toList();
        // Minis: one Poisson generator per distinct per-target rate, k * 2 Hz for k inputs from excitatory neurons.
        int[] indegree = new int[instance.neuronCount()];
        for (int e = 0; e < instance.edgeCount(); e++) {
            indegree[instance.targets()[e]]++;
        }
        java.util.TreeMap<Integer, Integer> perDegree = new java.util.TreeMap<>();
        for (int k : indegree) {
            perDegree.merge(k, 1, Integer::sum);
        }
        List<String> expected = new java.util.ArrayList<>();
        perDegree.forEach((k, count) -> expected.add("DEVICE poisson_generator {\"rate\": " + (2.0 * k)
                + "} {\"weight\": 5.0} " + count));
        expected.add("DEVICE step_current_generator {\"amplitude_times\": [5.0], \"amplitude_values\": [100.0]} {} 2");
        expected.add("DEVICE dc_generator {\"amplitude\": 100.0} {} 30");
        List<String> times = new java.util.ArrayList<>();
        for (int k = 0; k < 40; k++) {
            times.add(Double.toString(1 + 0.5 * k));
        }
        expected.add("DEVICE spike_generator {\"spike_times\": [" + String.join(", ", times) + "]} {\"weight\": 3.0} 10");
        assertEquals(expected, devices);
        assertEquals("time,neuron,V_m", Files.readAllLines(folder.resolve("results/multimeter.csv")).get(0));
        assertTrue(Files.exists(folder.resolve("results/spikes_inh.txt")));
    }

    private static nngt.model.GroupSelection selection(NeuralGroup group) {
        nngt.model.GroupSelection selection = NngtFactory.eINSTANCE.createGroupSelection();
        selection.getGroups().add(group);
        return selection;
    }
}
