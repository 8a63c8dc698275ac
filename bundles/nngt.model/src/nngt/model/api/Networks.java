package nngt.model.api;

import nngt.model.NestVersion;
import nngt.model.Network;
import nngt.model.NngtFactory;

/**
 * Factory for networks: NNGT's {@code Network(population=...)}.
 */
public final class Networks {

    private Networks() {
    }

    /**
     * @param name network name, not blank
     * @param seed master seed of every random step
     * @param population the population; its EMF object moves into the network
     * @return a network targeting NEST 3 with no connections yet
     * @throws IllegalArgumentException when the name is blank or the population is null
     */
    public static Network network(String name, long seed, NeuralPop population) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Argument 'name' is '" + name + "'; a network needs a non-blank name.");
        }
        if (population == null) {
            throw new IllegalArgumentException("Argument 'population' is null; build one with NeuralPop.fromGroups.");
        }
        Network network = NngtFactory.eINSTANCE.createNetwork();
        network.setName(name);
        network.setSeed(seed);
        network.setNestVersion(NestVersion.NEST3);
        network.setPopulation(population.population());
        return network;
    }
}
