package nngt.sim.api;

import java.util.Map;
import java.util.TreeMap;

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
}
