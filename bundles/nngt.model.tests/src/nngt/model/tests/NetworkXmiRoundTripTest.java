package nngt.model.tests;

import static nngt.model.api.Units.quantity;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.model.*;
import nngt.model.api.Distributions;
import nngt.model.api.Groups;
import nngt.model.api.NetworkResources;
import nngt.model.api.NeuralPop;
import nngt.model.api.Networks;
import nngt.model.api.SynapseSpecResolver;

class NetworkXmiRoundTripTest {

    private static final NngtFactory F = NngtFactory.eINSTANCE;

    @TempDir
    Path folder;

    @Test
    void roundTripPreservesEveryFeatureOfEveryClass() throws IOException {
        List<Network> networks = networksUsingEveryFeature();
        assertEveryConcreteClassAndFeatureIsUsed(networks);

        for (Network network : networks) {
            Path file = folder.resolve(network.getName() + ".xmi");
            NetworkResources.save(network, file);
            assertTrue(EcoreUtil.equals(network, NetworkResources.load(file)),
                    "loaded network " + network.getName() + " differs from the saved one");
        }
        Network original = networks.get(0);
        Network loaded = NetworkResources.load(folder.resolve(original.getName() + ".xmi"));
        GroupEndpoint endpoint = (GroupEndpoint) loaded.getSynapses().get(1).getSource();
        assertTrue(loaded.getPopulation().getGroups().contains(endpoint.getGroup()),
                "cross references must point into the loaded population, not to proxies");
        assertEquals(null, original.eResource(), "saving must not move the network into a resource");
    }

    @Test
    void savingTwiceGivesIdenticalBytes() throws IOException {
        Network network = networksUsingEveryFeature().get(0);
        Path first = folder.resolve("a.xmi");
        Path second = folder.resolve("b.xmi");
        NetworkResources.save(network, first);
        NetworkResources.save(network, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "no temporary file may be left behind");
        }
    }

    @Test
    void loadingABrokenFileNamesTheFileLineAndColumn() throws IOException {
        Path broken = folder.resolve("broken.xmi");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<nngt:Network xmlns:nngt=\"http://nngt.workbench/model/1.0\"\n"
                + "  name=\"x\">\n  <population><groups></population>\n");
        IOException error = assertThrows(IOException.class, () -> NetworkResources.load(broken));
        assertTrue(error.getMessage().startsWith(broken + ":4:"), error.getMessage());

        IOException missing = assertThrows(IOException.class, () -> NetworkResources.load(folder.resolve("none.xmi")));
        assertEquals(folder.resolve("none.xmi") + ": no such file.", missing.getMessage());
    }

    /**
     * Networks in which every concrete class appears and every feature holds a non-default value: the
     * kitchen sink, and a second network whose space is a disk (a space has one shape).
     */
    static List<Network> networksUsingEveryFeature() {
        NeuralGroup oscillators = Groups.neuralGroup("oscillators", 400, 1, "aeif_psc_alpha",
                Map.of("E_L", -65.0, "b", 40.0));
        NeuralGroup inhibitory = Groups.neuralGroup("inhibitory", 100, -1, "iaf_psc_alpha", Map.of());
        NeuralPop pop = NeuralPop.fromGroups(oscillators, inhibitory);
        pop.setNeuronParam("V_m", Distributions.gaussian(-70, 2, Unit.MILLIVOLT), "inhibitory");
        pop.setNeuronParam("C_m", Distributions.lognormal(5.5, 0.1, Unit.PICOFARAD), "inhibitory");
        pop.setNeuronParam("I_e", Distributions.custom(Unit.NANOAMPERE, 0.1, 0.2), "inhibitory");
        pop.setNeuronParam("t_ref", Distributions.uniform(1, 3, Unit.MILLISECOND), "inhibitory");
        pop.population().setDeclaredSize(500);
        pop.createMetaGroup("layer4", List.of("inhibitory"), 1, 2, 3);

        Network network = Networks.network("kitchen_sink", 42, pop);
        network.setNestVersion(NestVersion.NEST2_20);

        network.getSynapses().add(SynapseSpecResolver.spec(SynapseSpecResolver.anySide(),
                SynapseSpecResolver.typeSide(-1), "tsodyks2_synapse", Map.of("U", 0.6), 2));
        network.getSynapses().add(SynapseSpecResolver.spec(SynapseSpecResolver.groupSide(oscillators),
                SynapseSpecResolver.anySide(), "stdp_synapse", Map.of(), null));

        network.getConnections().add(connection(all(), groups(oscillators), F.createAllToAll()));
        ErdosRenyi er = F.createErdosRenyi();
        er.setDensity(0.1);
        er.setEdges(1000L);
        er.setAverageDegree(5.0);
        er.setReciprocity(0.2);
        Connection erConnection = connection(type(-1), ids(1, 2), er);
        erConnection.setMultigraph(true);
        erConnection.setDegreeType(DegreeType.TOTAL);
        LinearCorrelation delays = Distributions.linearCorrelation(CorrelationAttribute.BETWEENNESS, 1, 8,
                Unit.MILLISECOND);
        delays.setSlope(quantity(0.01, Unit.MILLISECOND));
        delays.setOffset(quantity(0.5, Unit.MILLISECOND));
        delays.setNoiseScale(0.1);
        erConnection.setDelays(delays);
        network.getConnections().add(erConnection);
        FixedDegree fixed = F.createFixedDegree();
        fixed.setDegree(10);
        network.getConnections().add(connection(all(), all(), fixed));
        GaussianDegree gaussian = F.createGaussianDegree();
        gaussian.setAverage(100);
        gaussian.setDeviation(15);
        network.getConnections().add(connection(all(), all(), gaussian));
        FromDegreeList list = F.createFromDegreeList();
        list.getDegrees().addAll(List.of(1, 2, 3));
        network.getConnections().add(connection(all(), all(), list));
        RandomScaleFree rsf = F.createRandomScaleFree();
        rsf.setInExponent(2.1);
        rsf.setOutExponent(2.6);
        rsf.setReciprocity(0.1);
        network.getConnections().add(connection(all(), all(), rsf));
        PriceScaleFree price = F.createPriceScaleFree();
        price.setM(3);
        price.setC(1.0);
        price.setGamma(1.5);
        price.setReciprocity(0.3);
        network.getConnections().add(connection(all(), all(), price));
        Circular circular = F.createCircular();
        circular.setCoordinationNumber(10);
        circular.setLatticeReciprocity(0.5);
        circular.setReciprocityChoice(ReciprocityChoice.CLOSEST);
        network.getConnections().add(connection(all(), all(), circular));
        NewmanWatts nw = F.createNewmanWatts();
        nw.setCoordinationNumber(10);
        nw.setShortcutProbability(0.1);
        nw.setEdges(6000L);
        network.getConnections().add(connection(all(), all(), nw));
        WattsStrogatz ws = F.createWattsStrogatz();
        ws.setCoordinationNumber(4);
        ws.setShortcutProbability(0.2);
        ws.setShuffle(ShuffleMode.TARGETS);
        network.getConnections().add(connection(all(), all(), ws));
        DistanceRule distance = F.createDistanceRule();
        distance.setScale(quantity(200, Unit.MICROMETRE));
        distance.setProfile(DistanceProfile.GAUSSIAN);
        distance.setMaxProbability(0.5);
        network.getConnections().add(connection(all(), all(), distance));
        FromFile fromFile = F.createFromFile();
        fromFile.setPath("network/edges.h5");
        fromFile.setPopulation("v1_to_v1");
        fromFile.setEdgeType(101);
        network.getConnections().add(connection(all(), all(), fromFile));

        Space space = F.createSpace();
        Rectangle rectangle = F.createRectangle();
        rectangle.setWidth(quantity(1, Unit.MILLIMETRE));
        rectangle.setHeight(quantity(500, Unit.MICROMETRE));
        space.setShape(rectangle);
        space.setNeuronDensity(1000.0);
        Position position = F.createPosition();
        position.setX(1.5);
        position.setY(-2.5);
        space.getPositions().add(position);
        network.setSpace(space);
        Disk disk = F.createDisk();
        disk.setRadius(quantity(300, Unit.MICROMETRE));
        Network diskNetwork = F.createNetwork();
        diskNetwork.setName("disk");
        diskNetwork.setPopulation(F.createPopulation());
        diskNetwork.setSpace(F.createSpace());
        diskNetwork.getSpace().setShape(disk);

        PoissonInput poisson = F.createPoissonInput();
        poisson.setName("drive");
        poisson.setTargets(all());
        poisson.setStart(quantity(10, Unit.MILLISECOND));
        poisson.setStop(quantity(1, Unit.SECOND));
        poisson.setRate(quantity(8, Unit.HERTZ));
        poisson.setWeight(quantity(20, Unit.PICOAMPERE));
        poisson.setSynapseModel("static_synapse");
        network.getStimuli().add(poisson);
        NoiseInput noise = F.createNoiseInput();
        noise.setTargets(groups(inhibitory));
        noise.setMean(quantity(10, Unit.PICOAMPERE));
        noise.setStd(quantity(2, Unit.PICOAMPERE));
        network.getStimuli().add(noise);
        StepCurrents steps = F.createStepCurrents();
        steps.setTargets(all());
        steps.getTimes().addAll(List.of(quantity(100, Unit.MILLISECOND), quantity(200, Unit.MILLISECOND)));
        steps.getAmplitudes().addAll(List.of(quantity(0.1, Unit.NANOAMPERE), quantity(0, Unit.NANOAMPERE)));
        network.getStimuli().add(steps);
        Minis minis = F.createMinis();
        minis.setTargets(all());
        minis.setBaseRate(quantity(0.5, Unit.HERTZ));
        minis.setWeight(quantity(1, Unit.NANOSIEMENS));
        minis.setSourceType(-1);
        network.getStimuli().add(minis);
        DirectCurrent dc = F.createDirectCurrent();
        dc.setTargets(all());
        dc.setAmplitude(quantity(150, Unit.PICOAMPERE));
        network.getStimuli().add(dc);
        SpikeGenerator generator = F.createSpikeGenerator();
        generator.setTargets(ids(0));
        generator.getSpikeTimes().add(quantity(5, Unit.MILLISECOND));
        generator.setWeight(quantity(0.01, Unit.MICROSIEMENS));
        network.getStimuli().add(generator);

        SpikeRecorder spikes = F.createSpikeRecorder();
        spikes.setName("spikes");
        spikes.setTargets(all());
        network.getRecorders().add(spikes);
        Multimeter meter = F.createMultimeter();
        meter.setTargets(ids(0, 1));
        meter.getRecordFrom().addAll(List.of("V_m", "w"));
        meter.setInterval(quantity(0.5, Unit.MILLISECOND));
        network.getRecorders().add(meter);

        StateRandomization randomization = F.createStateRandomization();
        randomization.setTargets(groups(oscillators));
        randomization.getAssignments().add(Groups.parameter("w", Distributions.uniform(0, 200, Unit.PICOAMPERE)));
        network.getRandomizations().add(randomization);

        SimulationSettings simulation = F.createSimulationSettings();
        simulation.setDuration(quantity(1600, Unit.MILLISECOND));
        simulation.setResolution(quantity(0.1, Unit.MILLISECOND));
        simulation.setThreads(4);
        simulation.setMpiProcesses(2);
        network.setSimulation(simulation);

        erConnection.setWeights(Distributions.constant(155, Unit.PICOAMPERE));
        return List.of(network, diskNetwork);
    }

    private static void assertEveryConcreteClassAndFeatureIsUsed(List<Network> networks) {
        List<EObject> objects = new ArrayList<>();
        for (Network network : networks) {
            network.eAllContents().forEachRemaining(objects::add);
            objects.add(network);
        }
        Set<EClass> used = new HashSet<>();
        Set<EStructuralFeature> set = new HashSet<>();
        for (EObject object : objects) {
            used.add(object.eClass());
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                if (object.eIsSet(feature)) {
                    set.add(feature);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (var classifier : NngtPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
                if (!used.contains(eClass)) {
                    missing.add("class " + eClass.getName());
                }
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    if (!set.contains(feature)) {
                        missing.add(eClass.getName() + "." + feature.getName());
                    }
                }
            }
        }
        for (var classifier : NngtPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && eClass.isAbstract()) {
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    if (!set.contains(feature)) {
                        missing.add(eClass.getName() + "." + feature.getName());
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "the fixture does not use: " + missing);
    }

    private static Connection connection(Selection sources, Selection targets, ConnectivityRule rule) {
        Connection connection = F.createConnection();
        connection.setSources(sources);
        connection.setTargets(targets);
        connection.setRule(rule);
        connection.setDegreeType(DegreeType.OUT);
        connection.setWeights(Distributions.gaussian(155, 10, Unit.PICOAMPERE));
        connection.setDelays(Distributions.constant(5, Unit.MILLISECOND));
        return connection;
    }

    private static AllNeurons all() {
        return F.createAllNeurons();
    }

    private static GroupSelection groups(Group... groups) {
        GroupSelection selection = F.createGroupSelection();
        selection.getGroups().addAll(List.of(groups));
        return selection;
    }

    private static TypeSelection type(int neuronType) {
        TypeSelection selection = F.createTypeSelection();
        selection.setNeuronType(neuronType);
        return selection;
    }

    private static NeuronSelection ids(Integer... ids) {
        NeuronSelection selection = F.createNeuronSelection();
        selection.getNeuronIds().addAll(List.of(ids));
        return selection;
    }
}
