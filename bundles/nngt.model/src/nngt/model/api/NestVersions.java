package nngt.model.api;

import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.model.NestVersion;

/**
 * A model's {@code nest} line as the catalog's version family: the one mapping that validation, instantiation and
 * the simulation plan use.
 */
public final class NestVersions {

    private NestVersions() {
    }

    /**
     * The family of a model's {@code nest} line.
     *
     * @param version the model's NEST version; null (a model the parser could not complete) is the default NEST 3
     * @return the family
     */
    public static NestFamily family(NestVersion version) {
        if (version == null) {
            return NestFamily.NEST_3;
        }
        return switch (version) {
            case NEST2_20 -> NestFamily.NEST_2_20;
            case NEST3 -> NestFamily.NEST_3;
            case NEST3_10 -> NestFamily.NEST_3_10;
        };
    }

    /**
     * NEST's default resolution for a model that sets none.
     *
     * @param version the model's NEST version
     * @return the resolution in ms, from the catalog's kernel facts
     */
    public static double defaultResolutionMs(NestVersion version) {
        return NestCatalog.standard().kernel(family(version)).defaultResolutionMs();
    }
}
