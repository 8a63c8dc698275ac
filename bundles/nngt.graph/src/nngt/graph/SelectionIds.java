package nngt.graph;

import java.util.List;

import nngt.model.Group;
import nngt.model.GroupSelection;
import nngt.model.MetaGroup;
import nngt.model.NeuralGroup;
import nngt.model.NeuronSelection;
import nngt.model.Selection;
import nngt.model.api.IdRanges;
import nngt.model.api.PopulationSelections;

/**
 * The neuron ids a selection of a valid model denotes, as the arrays of its instance hold them: the
 * selection-to-ids mapping of {@link PopulationSelections} (which the validator uses too), with the strictness that
 * building a network needs. Instantiation and the simulation plan use it.
 */
public final class SelectionIds {

    private SelectionIds() {
    }

    /**
     * @param selection the selection; null means all neurons
     * @param population the population's selections
     * @param where what the selection belongs to, for messages
     * @return the ids in increasing order, without duplicates
     * @throws IllegalArgumentException when an id is outside the network or a group is not in it
     */
    public static int[] of(Selection selection, PopulationSelections population, String where) {
        if (selection == null) {
            return new IdRanges.Builder().add(0, population.size()).build().toIntArray();
        }
        if (selection instanceof NeuronSelection neurons) {
            checkIds(neurons.getNeuronIds(), population, "The selection of " + where);
        } else if (selection instanceof GroupSelection groups) {
            groups.getGroups().forEach(group -> checkGroup(group, population, where));
        }
        return population.ids(selection).toIntArray();
    }

    /**
     * The number of ids of a selection, counted on its ranges without allocating them.
     *
     * @param selection the selection; null means all neurons
     * @param population the population's selections
     * @return the number of distinct ids inside the network
     */
    public static long count(Selection selection, PopulationSelections population) {
        return selection == null ? population.size() : population.ids(selection).count();
    }

    private static void checkGroup(Group group, PopulationSelections population, String where) {
        if (group instanceof MetaGroup meta) {
            meta.getGroups().forEach(member -> checkGroup(member, population, where));
            checkIds(meta.getNeuronIds(), population, "Meta-group '" + meta.getName() + "' of " + where);
        } else if (group instanceof NeuralGroup neural && population.firstId(neural) < 0) {
            throw new IllegalArgumentException("Group '" + group.getName() + "' of " + where
                    + " is not in the network's population.");
        }
    }

    private static void checkIds(List<Integer> ids, PopulationSelections population, String owner) {
        for (Integer id : ids) {
            if (id == null || id < 0 || id >= population.size()) {
                throw new IllegalArgumentException(owner + " names neuron " + id + "; valid ids are 0.."
                        + (population.size() - 1) + ".");
            }
        }
    }
}
