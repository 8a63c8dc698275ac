package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nngt.catalog.ModelKind;
import nngt.catalog.ModelSpec;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.catalog.ParameterSpec;

/**
 * Takes neuron parameter defaults from the NEST catalog, the single source of NEST's defaults for the
 * validator, the generators and this simulator. The model classes list the parameters they read; the
 * catalog gives their values.
 */
final class CatalogDefaults {

    /** The NEST version whose defaults the embedded simulator reproduces. */
    static final NestFamily FAMILY = NestFamily.NEST_3_10;

    private CatalogDefaults() {
    }

    /**
     * @param model a NEST neuron model name
     * @param parameters the parameters the model reads, with the model class's values
     * @return the same names in the same order, with the catalog's numeric default where it has one
     */
    static LinkedHashMap<String, Double> apply(String model, Map<String, Double> parameters) {
        LinkedHashMap<String, Double> merged = new LinkedHashMap<>(parameters);
        ModelSpec spec = NestCatalog.standard().model(model, ModelKind.NEURON, FAMILY).orElse(null);
        if (spec != null) {
            merged.replaceAll((name, own) -> spec.parameter(name).filter(ParameterSpec::hasNumericDefault)
                    .map(ParameterSpec::defaultValue).orElse(own));
        }
        return merged;
    }
}
