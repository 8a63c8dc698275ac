package nngt.model.api;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * The neurons that selections denote in a model, with ids laid out as NNGT's {@code NeuralPop.from_groups}
 * does: consecutive, in group order. The one selection-to-ids mapping: the validator (on models the parser may
 * have left incomplete, with sizes beyond an int), the instantiator and the simulation plan use it. Build one
 * per population and reuse it.
 */
public final class PopulationSelections {

    private final List<NeuralGroup> groups;
    private final Map<NeuralGroup, Long> firstIds = new IdentityHashMap<>();
    private final long[] firstIdsInOrder;
    private final long size;

    /**
     * @param population the population to index; null (a model the parser could not complete) has no neurons
     */
    public PopulationSelections(Population population) {
        groups = population == null ? List.of() : List.copyOf(population.getGroups());
        firstIdsInOrder = new long[groups.size()];
        long next = 0;
        for (int i = 0; i < groups.size(); i++) {
            firstIds.put(groups.get(i), next);
            firstIdsInOrder[i] = next;
            next += Math.max(0, groups.get(i).getSize());
        }
        size = next;
    }

    /**
     * @return the number of neurons, which may exceed the ids an int can hold
     */
    public long size() {
        return size;
    }

    /**
     * @return the primary groups in order
     */
    public List<NeuralGroup> groups() {
        return groups;
    }

    /**
     * @param group a primary group of the population
     * @return its first id, or -1 when it is not in the population
     */
    public long firstId(NeuralGroup group) {
        return firstIds.getOrDefault(group, -1L);
    }

    /**
     * @param selection a selection inside the network
     * @return the ids it denotes (ids outside the population are left out)
     */
    public IdRanges ids(Selection selection) {
        IdRanges.Builder ids = new IdRanges.Builder();
        if (selection instanceof AllNeurons) {
            ids.add(0, size);
        } else if (selection instanceof TypeSelection type) {
            for (NeuralGroup group : groups) {
                if (group.getNeuronType() == type.getNeuronType()) {
                    addGroup(group, ids);
                }
            }
        } else if (selection instanceof NeuronSelection neurons) {
            addIds(neurons.getNeuronIds(), ids);
        } else if (selection instanceof GroupSelection selected) {
            for (Group group : selected.getGroups()) {
                addGroup(group, ids);
            }
        }
        return ids.build();
    }

    /**
     * @param selection a selection inside the network
     * @return the primary groups that hold at least one selected neuron, in population order
     */
    public Set<NeuralGroup> groupsTouched(Selection selection) {
        Set<NeuralGroup> touched = new LinkedHashSet<>();
        if (selection instanceof AllNeurons) {
            touched.addAll(groups);
        } else if (selection instanceof TypeSelection type) {
            groups.stream().filter(g -> g.getNeuronType() == type.getNeuronType()).forEach(touched::add);
        } else if (selection instanceof NeuronSelection neurons) {
            neurons.getNeuronIds().forEach(id -> groupOf(id).ifPresent(touched::add));
        } else if (selection instanceof GroupSelection selected) {
            for (Group group : selected.getGroups()) {
                if (group instanceof NeuralGroup neural) {
                    touched.add(neural);
                } else if (group instanceof MetaGroup meta) {
                    touched.addAll(meta.getGroups());
                    meta.getNeuronIds().forEach(id -> groupOf(id).ifPresent(touched::add));
                }
            }
        }
        return touched;
    }

    /**
     * @param id a neuron id, possibly null in a model built by a program
     * @return the primary group holding it, found by binary search over the first ids
     */
    public Optional<NeuralGroup> groupOf(Integer id) {
        if (id == null || id < 0 || id >= size) {
            return Optional.empty();
        }
        int low = 0;
        int high = groups.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (firstIdsInOrder[middle] <= id) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return Optional.of(groups.get(low));
    }

    private void addGroup(Group group, IdRanges.Builder ids) {
        if (group instanceof NeuralGroup neural) {
            long first = firstId(neural);
            if (first >= 0) {
                ids.add(first, first + Math.max(0, neural.getSize()));
            }
        } else if (group instanceof MetaGroup meta) {
            for (NeuralGroup member : meta.getGroups()) {
                addGroup(member, ids);
            }
            addIds(meta.getNeuronIds(), ids);
        }
    }

    private void addIds(List<Integer> idList, IdRanges.Builder ids) {
        for (Integer id : idList) {
            if (id != null && id >= 0 && id < size) {
                ids.add(id, id + 1L);
            }
        }
    }
}
