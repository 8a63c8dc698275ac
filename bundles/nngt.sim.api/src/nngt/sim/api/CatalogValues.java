package nngt.sim.api;

import java.util.Map;
import java.util.TreeMap;

import nngt.catalog.KernelFacts;
import nngt.catalog.ModelSpec;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.catalog.ParameterSpec;

/**
 * The NEST facts a plan needs, read from {@link NestCatalog#standard()}, the one place they live: model
 * defaults, the kernel's defaults, the default delay and weight of a device connection, the multimeter's
 * interval, the noise generator's dt and the unit (hence sign rule) of a neuron model's incoming weights.
 */
public final class CatalogValues {

    private static final String STATIC_SYNAPSE = "static_synapse";

    private CatalogValues() {
    }

    /**
     * The numeric defaults of a model (neuron, synapse or device).
     *
     * @param model  NEST's model name
     * @param family the version family
     * @return parameter name to default, sorted; empty for a model the catalog does not know
     */
    public static Map<String, Double> defaults(String model, NestFamily family) {
        Map<String, Double> defaults = new TreeMap<>();
        NestCatalog.standard().model(model, family).ifPresent(spec -> spec.parameters().values().stream()
                .filter(ParameterSpec::hasNumericDefault)
                .forEach(parameter -> defaults.put(parameter.name(), parameter.defaultValue())));
        return defaults;
    }

    /**
     * The kernel facts of a family.
     *
     * @param family the version family
     * @return the facts
     */
    public static KernelFacts kernel(NestFamily family) {
        return NestCatalog.standard().kernel(family);
    }

    /**
     * The default delay of a connection, which device connections use: static_synapse's {@code delay}.
     *
     * @param family the version family
     * @return the delay in ms
     */
    public static double defaultDelayMs(NestFamily family) {
        return required(STATIC_SYNAPSE, "delay", family);
    }

    /**
     * The default weight of a connection, which device connections use: static_synapse's {@code weight}.
     *
     * @param family the version family
     * @return the weight
     */
    public static double defaultWeight(NestFamily family) {
        return required(STATIC_SYNAPSE, "weight", family);
    }

    /**
     * The multimeter's default sampling interval.
     *
     * @param family the version family
     * @return the interval in ms
     */
    public static double multimeterIntervalMs(NestFamily family) {
        return required("multimeter", "interval", family);
    }

    /**
     * The noise generator's dt: its catalogued default where fixed (1 ms in NEST 2.20), otherwise
     * {@link KernelFacts#noiseDtSteps()} resolution steps.
     *
     * @param family       the version family
     * @param resolutionMs the resolution
     * @return dt in ms
     */
    public static double noiseDtMs(NestFamily family, double resolutionMs) {
        ParameterSpec dt = NestCatalog.standard().model("noise_generator", family)
                .flatMap(spec -> spec.parameter("dt")).orElse(null);
        if (dt != null && dt.hasNumericDefault()) {
            return dt.defaultValue();
        }
        return kernel(family).noiseDtSteps() * resolutionMs;
    }

    /**
     * Whether a neuron model's incoming weights are conductances (unit nS), for which a receptor port, not a
     * negative weight, selects the inhibitory channel.
     *
     * @param neuronModel NEST's neuron model name
     * @param family      the version family
     * @return true for conductance-based models
     */
    public static boolean conductanceBased(String neuronModel, NestFamily family) {
        return NestCatalog.standard().model(neuronModel, family).map(ModelSpec::weightUnit).map("nS"::equals)
                .orElse(false);
    }

    private static double required(String model, String parameter, NestFamily family) {
        return NestCatalog.standard().model(model, family).flatMap(spec -> spec.parameter(parameter))
                .filter(ParameterSpec::hasNumericDefault).map(ParameterSpec::defaultValue)
                .orElseThrow(() -> new IllegalStateException("catalog: " + model + " has no numeric default for '"
                        + parameter + "' in NEST " + family.label()));
    }
}
