package nngt.graph;

/**
 * A primary group of the instantiated population: the ids {@code firstId .. firstId + size - 1}.
 *
 * @param name group name
 * @param firstId first neuron id
 * @param size number of neurons
 * @param neuronType +1 excitatory, -1 inhibitory
 * @param neuronModel NEST neuron model
 */
public record GroupRange(String name, int firstId, int size, int neuronType, String neuronModel) {

    /**
     * @throws IllegalArgumentException when the name is null, the first id or size negative, or the type not ±1
     */
    public GroupRange {
        if (name == null) {
            throw new IllegalArgumentException("Argument 'name' is null; a group needs a name.");
        }
        if (firstId < 0 || size < 0) {
            throw new IllegalArgumentException("Group '" + name + "' has firstId " + firstId + " and size " + size
                    + "; both must be 0 or more.");
        }
        if (neuronType != 1 && neuronType != -1) {
            throw new IllegalArgumentException("Group '" + name + "' has neuron type " + neuronType
                    + "; valid types are 1 (excitatory) and -1 (inhibitory).");
        }
    }

    /**
     * @param neuron a neuron id
     * @return whether this group holds it
     */
    public boolean contains(int neuron) {
        return neuron >= firstId && neuron < firstId + size;
    }
}
