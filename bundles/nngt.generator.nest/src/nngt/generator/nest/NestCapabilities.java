package nngt.generator.nest;

import java.util.List;

import nngt.catalog.NestCatalog;
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
    private static final List<String> DEVICES = List.of("poisson_generator", "dc_generator", "noise_generator",
            "step_current_generator", "spike_generator", "spike_recorder", "multimeter");

    private static final Capabilities CAPABILITIES = Capabilities.everyCatalogModel(NestCatalog.standard(),
            DEVICES);

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
}
