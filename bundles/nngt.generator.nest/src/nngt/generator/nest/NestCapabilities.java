package nngt.generator.nest;

import java.util.LinkedHashMap;
import java.util.Map;

import nngt.catalog.ModelKind;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.sim.api.Capabilities;
import nngt.sim.api.SupportLevel;

/**
 * What a generated NEST project can express, shared by the generator services and the NEST runner: NEST itself
 * runs the model, so every neuron and synapse model of the catalog (all NEST families) is
 * {@link SupportLevel#FULL}, as are the devices the generator emits (Poisson, DC, noise, step-current and spike
 * generators, spike recorder, multimeter). A model that the installed NEST lacks is reported by NEST when the
 * project runs.
 */
public final class NestCapabilities {

    /** The devices the generator emits, named as the plan's stimuli and recorders map to them. */
    private static final String[] DEVICES = {"poisson_generator", "dc_generator", "noise_generator",
        "step_current_generator", "spike_generator", "spike_recorder", "multimeter"};

    private static final Capabilities CAPABILITIES = fromCatalog();

    private NestCapabilities() {
    }

    /**
     * The capabilities, read once from {@link NestCatalog#standard()}.
     *
     * @return the capabilities
     */
    public static Capabilities get() {
        return CAPABILITIES;
    }

    private static Capabilities fromCatalog() {
        NestCatalog catalog = NestCatalog.standard();
        Map<String, SupportLevel> neurons = new LinkedHashMap<>();
        Map<String, SupportLevel> synapses = new LinkedHashMap<>();
        for (NestFamily family : NestFamily.values()) {
            catalog.modelNames(ModelKind.NEURON, family).forEach(name -> neurons.put(name, SupportLevel.FULL));
            catalog.modelNames(ModelKind.SYNAPSE, family).forEach(name -> synapses.put(name, SupportLevel.FULL));
        }
        Map<String, SupportLevel> devices = new LinkedHashMap<>();
        for (String device : DEVICES) {
            devices.put(device, SupportLevel.FULL);
        }
        return new Capabilities(neurons, synapses, devices);
    }
}
