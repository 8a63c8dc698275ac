package nngt.dsl.validation;

import java.util.BitSet;

import nngt.model.AllNeurons;
import nngt.model.Group;
import nngt.model.GroupSelection;
import nngt.model.MetaGroup;
import nngt.model.NeuralGroup;
import nngt.model.NeuronSelection;
import nngt.model.Population;
import nngt.model.Selection;
import nngt.model.TypeSelection;

/**
 * The neurons a selection denotes in a parsed model, where ids are laid out as NNGT's
 * {@code NeuralPop.from_groups} does: consecutive, in group order.
 */
final class Selections {

    private Selections() {
    }

    /**
     * @param population the population
     * @return the first id of each group, in group order
     */
    static int[] firstIds(Population population) {
        int[] first = new int[population.getGroups().size()];
        int next = 0;
        for (int i = 0; i < first.length; i++) {
            first[i] = next;
            next += Math.max(0, population.getGroups().get(i).getSize());
        }
        return first;
    }

    /**
     * @param population the population
     * @return the number of neurons
     */
    static int size(Population population) {
        return population.getGroups().stream().mapToInt(g -> Math.max(0, g.getSize())).sum();
    }

    /**
     * @param selection a selection inside a network
     * @param population that network's population
     * @return the ids it denotes (ids outside the population are left out)
     */
    static BitSet ids(Selection selection, Population population) {
        BitSet ids = new BitSet();
        int size = size(population);
        int[] first = firstIds(population);
        if (selection instanceof AllNeurons) {
            ids.set(0, size);
        } else if (selection instanceof TypeSelection type) {
            for (int i = 0; i < first.length; i++) {
                NeuralGroup group = population.getGroups().get(i);
                if (group.getNeuronType() == type.getNeuronType()) {
                    ids.set(first[i], first[i] + Math.max(0, group.getSize()));
                }
            }
        } else if (selection instanceof NeuronSelection neurons) {
            neurons.getNeuronIds().stream().filter(id -> id >= 0 && id < size).forEach(ids::set);
        } else if (selection instanceof GroupSelection groups) {
            for (Group group : groups.getGroups()) {
                addGroup(group, population, first, size, ids);
            }
        }
        return ids;
    }

    private static void addGroup(Group group, Population population, int[] first, int size, BitSet ids) {
        if (group instanceof NeuralGroup neural) {
            int index = population.getGroups().indexOf(neural);
            if (index >= 0) {
                ids.set(first[index], first[index] + Math.max(0, neural.getSize()));
            }
        } else if (group instanceof MetaGroup meta) {
            for (NeuralGroup member : meta.getGroups()) {
                addGroup(member, population, first, size, ids);
            }
            meta.getNeuronIds().stream().filter(id -> id >= 0 && id < size).forEach(ids::set);
        }
    }
}
