package nngt.sim.api;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nngt.catalog.ModelKind;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;

/**
 * What a simulator supports: NEST model names (neuron models, synapse models and devices) mapped to a
 * {@link SupportLevel}. A model that is not listed is {@link SupportLevel#UNSUPPORTED}.
 *
 * @param neuronModels  neuron model name to support level
 * @param synapseModels synapse model name to support level
 * @param devices       device name (poisson_generator, multimeter, ...) to support level
 */
public record Capabilities(Map<String, SupportLevel> neuronModels, Map<String, SupportLevel> synapseModels,
        Map<String, SupportLevel> devices) {

    /**
     * Creates an immutable, name-sorted copy of the three maps.
     *
     * @throws NullPointerException when a map is null
     */
    public Capabilities {
        neuronModels = java.util.Collections.unmodifiableMap(new TreeMap<>(neuronModels));
        synapseModels = java.util.Collections.unmodifiableMap(new TreeMap<>(synapseModels));
        devices = java.util.Collections.unmodifiableMap(new TreeMap<>(devices));
    }

    /**
     * Every neuron and synapse model of the catalog, in every NEST family, at {@link SupportLevel#FULL}, with the
     * given devices: what a backend declares when NEST itself runs what it writes (a NEST project, a SONATA
     * circuit for NEST's loader), so that a model the installed NEST lacks is reported by NEST.
     *
     * @param catalog the NEST catalog
     * @param devices the devices the backend writes
     * @return the capabilities
     */
    public static Capabilities everyCatalogModel(NestCatalog catalog, List<String> devices) {
        Map<String, SupportLevel> neurons = new LinkedHashMap<>();
        Map<String, SupportLevel> synapses = new LinkedHashMap<>();
        for (NestFamily family : NestFamily.values()) {
            catalog.modelNames(ModelKind.NEURON, family)
                    .forEach(name -> neurons.put(name, SupportLevel.FULL));
            catalog.modelNames(ModelKind.SYNAPSE, family)
                    .forEach(name -> synapses.put(name, SupportLevel.FULL));
        }
        Map<String, SupportLevel> supportedDevices = new LinkedHashMap<>();
        devices.forEach(device -> supportedDevices.put(device, SupportLevel.FULL));
        return new Capabilities(neurons, synapses, supportedDevices);
    }

    /**
     * The support level of a model name, looked up among neuron models, synapse models and devices.
     *
     * @param modelName a NEST model name such as {@code iaf_psc_alpha}
     * @return its level, {@link SupportLevel#UNSUPPORTED} when the name is unknown
     */
    public SupportLevel supportLevel(String modelName) {
        SupportLevel level = neuronModels.get(modelName);
        if (level == null) {
            level = synapseModels.get(modelName);
        }
        if (level == null) {
            level = devices.get(modelName);
        }
        return level == null ? SupportLevel.UNSUPPORTED : level;
    }

    /**
     * The parts of a request this simulator cannot run: neuron models of its ranges, synapse models of its
     * edges ({@code static_synapse} for edges without a model), stimulation devices, {@code spike_recorder}
     * when spikes are recorded and {@code multimeter} when traces are requested. Each part is named once.
     *
     * @param request the request to check
     * @return descriptions such as {@code neuron model 'aeif_cond_alpha' (group 'exc')}; empty when all is supported
     */
    public List<String> unsupportedParts(SimulationPlan request) {
        Set<String> parts = new LinkedHashSet<>();
        for (SimulationPlan.NeuronRange range : request.ranges()) {
            if (levelIn(neuronModels, range.model()) == SupportLevel.UNSUPPORTED) {
                parts.add("neuron model '" + range.model() + "' (group '" + range.group() + "')");
            }
        }
        // index 0: static edges, s + 1: synapse model s
        boolean[] used = request.edges().synapseModelsUsed(request.synapseModels().size());
        if (used[0] && levelIn(synapseModels, "static_synapse") == SupportLevel.UNSUPPORTED) {
            parts.add("synapse model 'static_synapse'");
        }
        for (int i = 0; i < request.synapseModels().size(); i++) {
            String model = request.synapseModels().get(i).model();
            if (used[i + 1] && levelIn(synapseModels, model) == SupportLevel.UNSUPPORTED) {
                parts.add("synapse model '" + model + "'");
            }
        }
        for (SimulationPlan.Stimulus stimulus : request.stimuli()) {
            String device = deviceName(stimulus);
            if (levelIn(devices, device) == SupportLevel.UNSUPPORTED) {
                parts.add("device '" + device + "'");
            }
        }
        if (request.spikeRecorded().length > 0 && levelIn(devices, "spike_recorder") == SupportLevel.UNSUPPORTED) {
            parts.add("device 'spike_recorder'");
        }
        if (!request.multimeters().isEmpty() && levelIn(devices, "multimeter") == SupportLevel.UNSUPPORTED) {
            parts.add("device 'multimeter'");
        }
        return List.copyOf(parts);
    }

    /**
     * Checks a request before anything runs.
     *
     * @param simulatorId the simulator's id, named in the message
     * @param request     the request to check
     * @throws IllegalArgumentException when {@link #unsupportedParts} is not empty; the message lists every
     *                                  unsupported part
     */
    public void requireSupported(String simulatorId, SimulationPlan request) {
        List<String> parts = unsupportedParts(request);
        if (!parts.isEmpty()) {
            throw new IllegalArgumentException("plan: backend '" + simulatorId + "' does not support "
                    + String.join(", ", parts) + "; nothing was run");
        }
    }

    /**
     * The NEST device name of a stimulus.
     *
     * @param stimulus a stimulus of a request
     * @return poisson_generator, dc_generator, noise_generator, step_current_generator or spike_generator
     */
    public static String deviceName(SimulationPlan.Stimulus stimulus) {
        if (stimulus instanceof SimulationPlan.PoissonInput) {
            return "poisson_generator";
        } else if (stimulus instanceof SimulationPlan.DcInput) {
            return "dc_generator";
        } else if (stimulus instanceof SimulationPlan.NoiseInput) {
            return "noise_generator";
        } else if (stimulus instanceof SimulationPlan.StepCurrentInput) {
            return "step_current_generator";
        }
        return "spike_generator";
    }

    private static SupportLevel levelIn(Map<String, SupportLevel> levels, String name) {
        return levels.getOrDefault(name, SupportLevel.UNSUPPORTED);
    }
}
