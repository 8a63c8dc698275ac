package nngt.graph;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import nngt.model.AllNeurons;
import nngt.model.Group;
import nngt.model.GroupSelection;
import nngt.model.MetaGroup;
import nngt.model.NeuralGroup;
import nngt.model.NeuronSelection;
import nngt.model.Selection;
import nngt.model.TypeSelection;

/**
 * The neuron ids a selection of a model denotes, laid out by the group ranges of its instance: the one
 * place that both instantiation and the simulators' requests use.
 */
public final class SelectionIds {

    private SelectionIds() {
    }

    /**
     * @param selection the selection; null means all neurons
     * @param modelGroups the model's primary groups, in population order
     * @param ranges their id ranges, in the same order
     * @param neuronCount the number of neurons
     * @param where what the selection belongs to, for messages
     * @return the ids in increasing order, without duplicates
     * @throws IllegalArgumentException when an id is outside the network or a group is not in it
     */
    public static int[] of(Selection selection, List<NeuralGroup> modelGroups, List<GroupRange> ranges,
            int neuronCount, String where) {
        if (selection == null || selection instanceof AllNeurons) {
            int[] all = new int[neuronCount];
            Arrays.setAll(all, i -> i);
            return all;
        }
        BitSet members = new BitSet(neuronCount);
        if (selection instanceof GroupSelection groupSelection) {
            for (Group group : groupSelection.getGroups()) {
                addGroup(group, modelGroups, ranges, neuronCount, members, where);
            }
        } else if (selection instanceof TypeSelection typeSelection) {
            for (GroupRange group : ranges) {
                if (group.neuronType() == typeSelection.getNeuronType()) {
                    members.set(group.firstId(), group.firstId() + group.size());
                }
            }
        } else if (selection instanceof NeuronSelection neuronSelection) {
            for (int id : neuronSelection.getNeuronIds()) {
                if (id < 0 || id >= neuronCount) {
                    throw new IllegalArgumentException("The selection of " + where + " names neuron " + id
                            + "; valid ids are 0.." + (neuronCount - 1) + ".");
                }
                members.set(id);
            }
        } else {
            throw new IllegalArgumentException("The selection of " + where + " is a "
                    + selection.eClass().getName() + ", which is not supported.");
        }
        if (members.length() > neuronCount) {
            throw new IllegalArgumentException("The selection of " + where + " names neuron " + (members.length() - 1)
                    + "; valid ids are 0.." + (neuronCount - 1) + ".");
        }
        return members.stream().toArray();
    }

    /**
     * The number of ids of a selection, counted without allocating them: what {@link #of} would return
     * the length of, or more where explicit ids repeat or overlap the groups selected with them.
     *
     * @param selection the selection; null means all neurons
     * @param modelGroups the model's primary groups, in population order
     * @param ranges their id ranges, in the same order
     * @param neuronCount the number of neurons
     * @return an upper bound of the ids, exact for whole groups, types and all neurons
     */
    public static long count(Selection selection, List<NeuralGroup> modelGroups, List<GroupRange> ranges,
            int neuronCount) {
        if (selection == null || selection instanceof AllNeurons) {
            return neuronCount;
        }
        BitSet groupsSelected = new BitSet(ranges.size());
        long explicit = 0;
        if (selection instanceof GroupSelection groupSelection) {
            for (Group group : groupSelection.getGroups()) {
                explicit += markGroup(group, modelGroups, groupsSelected);
            }
        } else if (selection instanceof TypeSelection typeSelection) {
            for (int g = 0; g < ranges.size(); g++) {
                groupsSelected.set(g, ranges.get(g).neuronType() == typeSelection.getNeuronType());
            }
        } else if (selection instanceof NeuronSelection neuronSelection) {
            explicit = neuronSelection.getNeuronIds().size();
        }
        long count = explicit;
        for (int g = groupsSelected.nextSetBit(0); g >= 0; g = groupsSelected.nextSetBit(g + 1)) {
            count += ranges.get(g).size();
        }
        return Math.min(count, neuronCount);
    }

    /* Marks a group's index (a meta-group's members) and returns the explicit ids it adds. */
    private static long markGroup(Group group, List<NeuralGroup> modelGroups, BitSet groupsSelected) {
        if (group instanceof MetaGroup meta) {
            long explicit = meta.getNeuronIds().size();
            for (NeuralGroup member : meta.getGroups()) {
                explicit += markGroup(member, modelGroups, groupsSelected);
            }
            return explicit;
        }
        int index = modelGroups.indexOf(group);
        if (index >= 0) {
            groupsSelected.set(index);
        }
        return 0;
    }

    /* Ids of a group from the instance's ranges: groups of a parsed model have no ids of their own yet. */
    private static void addGroup(Group group, List<NeuralGroup> modelGroups, List<GroupRange> ranges,
            int neuronCount, BitSet members, String where) {
        if (group instanceof MetaGroup meta) {
            meta.getGroups().forEach(member -> addGroup(member, modelGroups, ranges, neuronCount, members, where));
            for (int id : meta.getNeuronIds()) {
                if (id < 0 || id >= neuronCount) {
                    throw new IllegalArgumentException("Meta-group '" + meta.getName() + "' of " + where
                            + " names neuron " + id + "; valid ids are 0.." + (neuronCount - 1) + ".");
                }
                members.set(id);
            }
            return;
        }
        int index = modelGroups.indexOf(group);
        if (index < 0) {
            throw new IllegalArgumentException("Group '" + group.getName() + "' of " + where
                    + " is not in the network's population.");
        }
        GroupRange range = ranges.get(index);
        members.set(range.firstId(), range.firstId() + range.size());
    }
}
