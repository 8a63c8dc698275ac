package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import nngt.catalog.NestFamily;
import nngt.sim.api.CatalogValues;
import nngt.sim.api.SimulationPlan.NeuronRange;
import nngt.sim.api.SupportLevel;

/** The neuron models the embedded simulator implements, by NEST name. */
public final class Models {

    private static final Map<String, BiFunction<NeuronRange, Double, NeuronPopulation>> FACTORIES = new TreeMap<>();
    private static final Map<String, SupportLevel> LEVELS = new TreeMap<>();
    private static final Map<String, Supplier<LinkedHashMap<String, Double>>> DEFAULTS = new TreeMap<>();

    static {
        register("iaf_psc_alpha", IafPscAlpha::new, IafPscAlpha::defaults, SupportLevel.FULL);
        register("iaf_psc_exp", IafPscExp::new, IafPscExp::defaults, SupportLevel.FULL);
        register("iaf_psc_delta", IafPscDelta::new, IafPscDelta::defaults, SupportLevel.FULL);
        // NEST counts multiplicities and ignores weights; here the weights are counted (equal for weight 1)
        register("parrot_neuron", ParrotNeuron::new, ParrotNeuron::defaults, SupportLevel.APPROXIMATE);
        register("izhikevich", Izhikevich::new, Izhikevich::defaults, SupportLevel.FULL);
        register("hh_psc_alpha", HhPscAlpha::new, HhPscAlpha::defaults, SupportLevel.APPROXIMATE);
        register(HhCondExpTraub.MODEL, HhCondExpTraub::new, HhCondExpTraub::defaults, SupportLevel.APPROXIMATE);
        // adaptive RKF45 with GSL's control; sub-steps differ in detail from GSL's, so results agree
        // within the integration tolerance rather than bit for bit
        for (AdaptiveNeuron.Variant variant : AdaptiveNeuron.Variant.values()) {
            register(variant.name().toLowerCase(java.util.Locale.ROOT),
                    (range, h) -> new AdaptiveNeuron(variant, range, h), () -> AdaptiveNeuron.defaults(variant),
                    SupportLevel.APPROXIMATE);
        }
    }

    private Models() {
    }

    private static void register(String name, BiFunction<NeuronRange, Double, NeuronPopulation> factory,
            Supplier<LinkedHashMap<String, Double>> defaults, SupportLevel level) {
        FACTORIES.put(name, factory);
        DEFAULTS.put(name, defaults);
        LEVELS.put(name, level);
    }

    /**
     * The parameter defaults a model uses in a range built by hand: the NEST catalog's ({@code nngt.catalog}, NEST
     * 3.10, as {@link NeuronRange}'s defaults) for every parameter it knows, the model class's own values for the
     * others.
     *
     * @param model a NEST neuron model name
     * @return parameter names with defaults, in the model's order
     * @throws IllegalArgumentException when the model is not implemented
     */
    public static Map<String, Double> defaults(String model) {
        Supplier<LinkedHashMap<String, Double>> supplier = DEFAULTS.get(model);
        if (supplier == null) {
            throw new IllegalArgumentException("model: '" + model + "' is not implemented; available: "
                    + FACTORIES.keySet());
        }
        return java.util.Collections.unmodifiableMap(ParameterTable.withCatalogDefaults(supplier.get(),
                CatalogValues.defaults(model, NestFamily.NEST_3_10)));
    }

    /** @return neuron model names with their support level */
    public static Map<String, SupportLevel> supportLevels() {
        return java.util.Collections.unmodifiableMap(LEVELS);
    }

    /**
     * Instantiates a range.
     *
     * @param range the range
     * @param h     resolution
     * @return the population
     * @throws IllegalArgumentException when the model is not implemented or a parameter is invalid
     */
    public static NeuronPopulation create(NeuronRange range, double h) {
        BiFunction<NeuronRange, Double, NeuronPopulation> factory = FACTORIES.get(range.model());
        if (factory == null) {
            throw new IllegalArgumentException("model: group '" + range.group() + "' uses '" + range.model()
                    + "', which the embedded simulator does not implement; available: " + FACTORIES.keySet());
        }
        return factory.apply(range, h);
    }
}
