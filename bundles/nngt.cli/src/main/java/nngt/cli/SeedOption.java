package nngt.cli;

import picocli.CommandLine.Option;

import nngt.sim.api.run.RunOverrides;

/**
 * The {@code --seed} option of the commands that build a network (a picocli mixin).
 */
final class SeedOption {

    @Option(names = "--seed", description = "Seed overriding the model's (1 to 2147483647, NEST's range).")
    private Long seed;

    /**
     * @param overrides the other overrides
     * @return them with the seed, when {@code --seed} was given
     */
    RunOverrides addTo(RunOverrides overrides) {
        return seed == null ? overrides : overrides.withSeed(seed, "--seed");
    }
}
