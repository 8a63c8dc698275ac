package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;

/** Parameters every NEST neuron inherits from its archiving base (STDP post-synaptic traces). */
final class CommonParameters {

    private CommonParameters() {
    }

    /**
     * Adds {@code tau_minus} (20 ms), {@code tau_minus_triplet} (110 ms) and {@code frozen} (false; the
     * embedded simulator accepts only false, see {@link ParameterTable}).
     *
     * @param parameters the model's parameter map
     * @return the same map
     */
    static LinkedHashMap<String, Double> withArchiving(LinkedHashMap<String, Double> parameters) {
        parameters.put("tau_minus", 20.0);
        parameters.put("tau_minus_triplet", 110.0);
        parameters.put("frozen", 0.0);
        return parameters;
    }
}
