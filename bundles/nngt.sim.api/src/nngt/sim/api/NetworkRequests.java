package nngt.sim.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import nngt.graph.GroupRange;
import nngt.graph.NetworkInstance;
import nngt.graph.SelectionIds;
import nngt.model.ConstantValue;
import nngt.model.DirectCurrent;
import nngt.model.Distribution;
import nngt.model.Minis;
import nngt.model.Multimeter;
import nngt.model.NestVersion;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.NoiseInput;
import nngt.model.Parameter;
import nngt.model.PoissonInput;
import nngt.model.Quantity;
import nngt.model.Recorder;
import nngt.model.Selection;
import nngt.model.SimulationSettings;
import nngt.model.SpikeGenerator;
import nngt.model.SpikeRecorder;
import nngt.model.StepCurrents;
import nngt.model.Stimulus;
import nngt.model.SynapseSpec;
import nngt.model.api.SynapseSpecResolver;
import nngt.model.api.Units;

/**
 * Turns a model ({@link Network}: synapse specs, stimuli, recorders, simulation settings) and its
 * concrete {@link NetworkInstance} into a {@link SimulationRequest}, with NNGT's rules: weights get the
 * sign of their source group (negative for inhibitory sources) except towards conductance-based targets
 * through a receptor port; {@code set_minis} draws, for every target, a Poisson train at
 * {@code k·baseRate} where k counts its incoming edges from neurons of the given type; a model without
 * recorders records all spikes.
 */
public final class NetworkRequests {

    private NetworkRequests() {
    }

    /**
     * Builds the request.
     *
     * @param model    the model the instance was built from
     * @param instance the concrete network
     * @return the request, using the model's duration and threads and the instance's seed and resolution
     * @throws IllegalArgumentException when the model has no simulation duration, a synapse-spec parameter
     *                                  is not a constant, or a stimulus uses a synapse model other than
     *                                  static_synapse
     */
    public static SimulationRequest from(Network model, NetworkInstance instance) {
        SimulationSettings settings = model.getSimulation();
        if (settings == null || settings.getDuration() == null) {
            throw new IllegalArgumentException("model: network '" + model.getName()
                    + "' has no simulation duration; add simulation settings with a duration");
        }
        SimulationRequest.Builder builder = SimulationRequest.builder()
                .duration(Units.toNest(settings.getDuration()))
                .resolution(instance.resolution())
                .threads(Math.max(1, settings.getThreads()))
                .seed(instance.seed())
                .source(model, instance);
        List<GroupRange> groups = instance.groups();
        for (int g = 0; g < groups.size(); g++) {
            GroupRange group = groups.get(g);
            builder.neurons(new SimulationRequest.NeuronRange(group.name(), group.firstId(), group.size(),
                    group.neuronType(), group.neuronModel(), instance.neuronValues(g)));
        }
        List<SynapseSpec> specs = model.getSynapses();
        for (SynapseSpec spec : specs) {
            builder.synapseModel(new SimulationRequest.SynapseModel(
                    spec.getSynapseModel() == null ? SynapseSpecResolver.NEST_DEFAULT_SYNAPSE_MODEL
                            : spec.getSynapseModel(),
                    constants(spec)));
        }
        int[] groupOf = groupOfNeuron(instance);
        addEdges(builder, instance, specs, groupOf);
        for (Stimulus stimulus : model.getStimuli()) {
            builder.stimulus(stimulus(stimulus, model, instance, groupOf));
        }
        addRecorders(builder, model, instance);
        return builder.build();
    }

    private static int[] groupOfNeuron(NetworkInstance instance) {
        int[] groupOf = new int[instance.neuronCount()];
        List<GroupRange> groups = instance.groups();
        for (int g = 0; g < groups.size(); g++) {
            Arrays.fill(groupOf, groups.get(g).firstId(), groups.get(g).firstId() + groups.get(g).size(), g);
        }
        return groupOf;
    }

    private static void addEdges(SimulationRequest.Builder builder, NetworkInstance instance,
            List<SynapseSpec> specs, int[] groupOf) {
        List<GroupRange> groups = instance.groups();
        int groupCount = groups.size();
        // sign and spec index per (source group, target group) pair, applied edge by edge below
        float[] sign = new float[groupCount * groupCount];
        int[] specOfPair = new int[groupCount * groupCount];
        for (int s = 0; s < groupCount; s++) {
            for (int t = 0; t < groupCount; t++) {
                int spec = instance.synapseSpecIndex(s, t);
                boolean receptorPort = spec >= 0 && specs.get(spec).getReceptorPort() != null;
                boolean conductance = groups.get(t).neuronModel().contains("cond");
                sign[s * groupCount + t] = groups.get(s).neuronType() < 0 && !(receptorPort && conductance) ? -1f : 1f;
                specOfPair[s * groupCount + t] = spec;
            }
        }
        int[] sources = instance.sources();
        int[] targets = instance.targets();
        float[] weights = instance.weights();
        float[] signed = new float[weights.length];
        int[] specIndex = new int[weights.length];
        boolean anySpec = false;
        for (int e = 0; e < signed.length; e++) {
            int pair = groupOf[sources[e]] * groupCount + groupOf[targets[e]];
            signed[e] = sign[pair] * weights[e];
            specIndex[e] = specOfPair[pair];
            anySpec |= specIndex[e] >= 0;
        }
        builder.edges(sources, targets, signed, instance.delays(), anySpec ? specIndex : null);
    }

    private static Map<String, Double> constants(SynapseSpec spec) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Parameter parameter : spec.getParameters()) {
            Distribution value = parameter.getValue();
            if (!(value instanceof ConstantValue constant)) {
                throw new IllegalArgumentException("synapses: parameter '" + parameter.getName() + "' of synapse "
                        + SynapseSpecResolver.describeKey(spec) + " is a " + value.eClass().getName()
                        + "; the simulators take constant synapse parameters only");
            }
            values.put(parameter.getName(), Units.toNest(constant.getValue()));
        }
        return values;
    }

    private static SimulationRequest.Stimulus stimulus(Stimulus stimulus, Network model, NetworkInstance instance,
            int[] groupOf) {
        int[] targets = ids(stimulus.getTargets(), instance, "stimulus " + stimulus.getName());
        double start = stimulus.getStart() == null ? 0 : Units.toNest(stimulus.getStart());
        double stop = stimulus.getStop() == null ? Double.POSITIVE_INFINITY : Units.toNest(stimulus.getStop());
        if (stimulus instanceof PoissonInput poisson) {
            String synapse = poisson.getSynapseModel();
            if (synapse != null && !synapse.equals(SynapseSpecResolver.NEST_DEFAULT_SYNAPSE_MODEL)) {
                throw new IllegalArgumentException("stimuli: Poisson input '" + stimulus.getName() + "' uses synapse "
                        + synapse + "; device connections support static_synapse only");
            }
            return new SimulationRequest.PoissonInput(targets, new double[] {Units.toNest(poisson.getRate())},
                    new double[] {weight(poisson.getWeight())}, SimulationRequest.DEFAULT_DEVICE_DELAY_MS, start,
                    stop);
        } else if (stimulus instanceof Minis minis) {
            double[] rates = miniRates(instance, groupOf, targets, minis.getSourceType(),
                    Units.toNest(minis.getBaseRate()));
            return new SimulationRequest.PoissonInput(targets, rates, new double[] {weight(minis.getWeight())},
                    SimulationRequest.DEFAULT_DEVICE_DELAY_MS, start, stop);
        } else if (stimulus instanceof NoiseInput noise) {
            // NEST's noise dt: 1 ms up to 3.2, ten steps since 3.3
            double dt = model.getNestVersion() == NestVersion.NEST2_20 ? 1.0 : 10 * instance.resolution();
            return new SimulationRequest.NoiseInput(targets, Units.toNest(noise.getMean()),
                    Units.toNest(noise.getStd()), dt, start, stop);
        } else if (stimulus instanceof StepCurrents steps) {
            return new SimulationRequest.StepCurrentInput(targets, toNest(steps.getTimes()),
                    toNest(steps.getAmplitudes()));
        } else if (stimulus instanceof DirectCurrent dc) {
            return new SimulationRequest.DcInput(targets, Units.toNest(dc.getAmplitude()), start, stop);
        } else if (stimulus instanceof SpikeGenerator generator) {
            return new SimulationRequest.SpikeTrainInput(targets, toNest(generator.getSpikeTimes()),
                    weight(generator.getWeight()), SimulationRequest.DEFAULT_DEVICE_DELAY_MS);
        }
        throw new IllegalArgumentException("stimuli: " + stimulus.eClass().getName() + " '" + stimulus.getName()
                + "' is not supported");
    }

    private static double[] miniRates(NetworkInstance instance, int[] groupOf, int[] targets, int sourceType,
            double baseRate) {
        int[] inDegree = new int[instance.neuronCount()];
        int[] sources = instance.sources();
        int[] edgeTargets = instance.targets();
        List<GroupRange> groups = instance.groups();
        for (int e = 0; e < sources.length; e++) {
            if (groups.get(groupOf[sources[e]]).neuronType() == sourceType) {
                inDegree[edgeTargets[e]]++;
            }
        }
        double[] rates = new double[targets.length];
        for (int k = 0; k < targets.length; k++) {
            rates[k] = inDegree[targets[k]] * baseRate;
        }
        return rates;
    }

    private static void addRecorders(SimulationRequest.Builder builder, Network model, NetworkInstance instance) {
        BitSet spiking = new BitSet(instance.neuronCount());
        boolean anySpikeRecorder = false;
        for (Recorder recorder : model.getRecorders()) {
            int[] ids = ids(recorder.getTargets(), instance, "recorder " + recorder.getName());
            if (recorder instanceof SpikeRecorder) {
                anySpikeRecorder = true;
                for (int id : ids) {
                    spiking.set(id);
                }
            } else if (recorder instanceof Multimeter multimeter) {
                double interval = multimeter.getInterval() == null ? SimulationRequest.DEFAULT_MULTIMETER_INTERVAL_MS
                        : Units.toNest(multimeter.getInterval());
                builder.multimeter(new SimulationRequest.Multimeter(ids, new ArrayList<>(multimeter.getRecordFrom()),
                        interval));
            }
        }
        if (anySpikeRecorder) {
            builder.recordSpikes(spiking.stream().toArray());
        } else {
            builder.recordAllSpikes();
        }
    }

    private static double weight(Quantity weight) {
        // NEST's default weight of a device connection
        return weight == null ? 1.0 : Units.toNest(weight);
    }

    private static double[] toNest(List<Quantity> quantities) {
        return quantities.stream().mapToDouble(Units::toNest).toArray();
    }

    /**
     * The NNGT ids of a selection, ascending and without duplicates.
     *
     * @param selection the selection; null means all neurons
     * @param instance  the network
     * @param where     what the selection belongs to, for messages
     * @return the ids
     * @throws IllegalArgumentException when a neuron id is outside the network
     */
    public static int[] ids(Selection selection, NetworkInstance instance, String where) {
        List<NeuralGroup> modelGroups = selection == null ? List.of()
                : ((Network) EcoreUtil.getRootContainer(selection)).getPopulation().getGroups();
        return SelectionIds.of(selection, modelGroups, instance.groups(), instance.neuronCount(), where);
    }
}
