package nngt.model.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nngt.model.Distribution;
import nngt.model.Group;
import nngt.model.MetaGroup;
import nngt.model.NeuralGroup;
import nngt.model.NngtFactory;
import nngt.model.Parameter;
import nngt.model.Population;

/**
 * NNGT's {@code NeuralPop} over the EMF {@link Population}: primary groups that are pairwise disjoint
 * and, for a valid population, cover the ids 0..N-1; plus overlapping meta-groups.
 *
 * <p>Every group of a population must have a neuron model and a type of +1 or -1 (NNGT's
 * {@code with_models=True}). {@link #isValid()} additionally requires that every id 0..N-1 belongs to
 * a group and that a declared size matches.
 */
public final class NeuralPop {

    /** NNGT's default neuron model ({@code nngt.lib.constants.default_neuron}). */
    public static final String DEFAULT_NEURON_MODEL = "aeif_cond_alpha";
    /** NNGT's default fraction of inhibitory neurons in {@code exc_and_inhib}. */
    public static final double DEFAULT_INHIBITORY_RATIO = 0.2;
    /** Name of the excitatory group made by {@link #excAndInhib}. */
    public static final String EXCITATORY_GROUP = "excitatory";
    /** Name of the inhibitory group made by {@link #excAndInhib}. */
    public static final String INHIBITORY_GROUP = "inhibitory";
    /** Name of the single group made by {@link #uniform}. */
    public static final String UNIFORM_GROUP = "default";

    /* Tolerance for int(size * (1 - iratio)): 0.58 * 100 is 57.99999999999999 in binary floating point. */
    private static final double ROUNDING_SLACK = 1e-9;

    private final Population population;

    private NeuralPop(Population population) {
        this.population = population;
    }

    /**
     * Wraps an existing EMF population without checking it; see {@link #problems()}.
     *
     * @param population the population to wrap
     * @return the wrapper
     * @throws IllegalArgumentException when {@code population} is null
     */
    public static NeuralPop of(Population population) {
        if (population == null) {
            throw new IllegalArgumentException("Argument 'population' is null; a Population is required.");
        }
        return new NeuralPop(population);
    }

    /**
     * NNGT's {@code NeuralPop.from_groups}: groups without ids get consecutive ids in list order
     * (0..N0-1, N0..N0+N1-1, ...), continuing after the highest id already taken.
     *
     * @param groups the primary groups, each not yet in another population
     * @return the population, owning the groups
     * @throws InvalidPopulationException when groups overlap, have a type other than +1/-1, have no
     *         model, or share a name; the message names each offending group
     * @throws IllegalArgumentException when {@code groups} is null or holds null
     */
    public static NeuralPop fromGroups(List<NeuralGroup> groups) {
        if (groups == null) {
            throw new IllegalArgumentException("Argument 'groups' is null; a list of groups is required.");
        }
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i) == null) {
                throw new IllegalArgumentException("Argument 'groups' holds null at index " + i + ".");
            }
        }
        int nextId = groups.stream().filter(g -> g.getFirstId() >= 0)
                .mapToInt(g -> g.getFirstId() + g.getSize()).max().orElse(0);
        for (NeuralGroup group : groups) {
            if (group.getFirstId() < 0) {
                group.setFirstId(nextId);
                nextId += group.getSize();
            }
        }
        List<String> problems = new ArrayList<>();
        checkGroups(groups, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPopulationException(problems);
        }
        Population population = NngtFactory.eINSTANCE.createPopulation();
        population.getGroups().addAll(groups);
        return new NeuralPop(population);
    }

    /**
     * @param groups the primary groups
     * @return see {@link #fromGroups(List)}
     */
    public static NeuralPop fromGroups(NeuralGroup... groups) {
        return fromGroups(groups == null ? null : Arrays.asList(groups));
    }

    /**
     * NNGT's {@code NeuralPop.exc_and_inhib} with the default model for both groups.
     *
     * @param size total number of neurons, at least 1
     * @param inhibitoryRatio fraction of inhibitory neurons, in [0, 1]
     * @return groups 'excitatory' (ids 0..n_exc-1, type +1) and 'inhibitory' (n_exc..size-1, type -1),
     *         with n_exc = int(size * (1 - inhibitoryRatio))
     */
    public static NeuralPop excAndInhib(int size, double inhibitoryRatio) {
        return excAndInhib(size, inhibitoryRatio, DEFAULT_NEURON_MODEL, Map.of(), DEFAULT_NEURON_MODEL, Map.of());
    }

    /**
     * NNGT's {@code NeuralPop.exc_and_inhib}.
     *
     * @param size total number of neurons, at least 1
     * @param inhibitoryRatio fraction of inhibitory neurons, in [0, 1]
     * @param excitatoryModel NEST model of the excitatory group
     * @param excitatoryParameters its parameters, in NEST units
     * @param inhibitoryModel NEST model of the inhibitory group
     * @param inhibitoryParameters its parameters, in NEST units
     * @return the two-group population
     * @throws IllegalArgumentException when {@code size} or {@code inhibitoryRatio} is out of range
     */
    public static NeuralPop excAndInhib(int size, double inhibitoryRatio, String excitatoryModel,
            Map<String, ? extends Number> excitatoryParameters, String inhibitoryModel,
            Map<String, ? extends Number> inhibitoryParameters) {
        if (size < 1) {
            throw new IllegalArgumentException("Argument 'size' is " + size + "; a population needs at least 1 neuron.");
        }
        if (!(inhibitoryRatio >= 0 && inhibitoryRatio <= 1)) {
            throw new IllegalArgumentException("Argument 'inhibitoryRatio' is " + inhibitoryRatio
                    + "; it is a fraction in [0, 1].");
        }
        int excitatoryCount = (int) Math.floor(size * (1 - inhibitoryRatio) + ROUNDING_SLACK);
        NeuralGroup excitatory = Groups.neuralGroup(EXCITATORY_GROUP, excitatoryCount, Groups.EXCITATORY,
                excitatoryModel, excitatoryParameters);
        NeuralGroup inhibitory = Groups.neuralGroup(INHIBITORY_GROUP, size - excitatoryCount, Groups.INHIBITORY,
                inhibitoryModel, inhibitoryParameters);
        return fromGroups(excitatory, inhibitory);
    }

    /**
     * NNGT's {@code NeuralPop.uniform}: one excitatory group named 'default' with ids 0..size-1.
     *
     * @param size number of neurons, at least 1
     * @param neuronModel NEST model
     * @param parameters neuron parameters in NEST units
     * @return the population
     */
    public static NeuralPop uniform(int size, String neuronModel, Map<String, ? extends Number> parameters) {
        if (size < 1) {
            throw new IllegalArgumentException("Argument 'size' is " + size + "; a population needs at least 1 neuron.");
        }
        return fromGroups(Groups.neuralGroup(UNIFORM_GROUP, size, Groups.EXCITATORY, neuronModel, parameters));
    }

    /**
     * NNGT's {@code create_group} with a size: the new group takes the ids right after the highest id
     * in use (NNGT would leave it without ids; that defect is fixed here).
     *
     * @param name a name no other group or meta-group has
     * @param size number of neurons
     * @param neuronType +1 or -1
     * @param neuronModel NEST model, not null
     * @param parameters neuron parameters in NEST units
     * @return the new group, already in this population
     * @throws IllegalArgumentException when the name is taken or an argument is out of range
     */
    public NeuralGroup createGroup(String name, int size, int neuronType, String neuronModel,
            Map<String, ? extends Number> parameters) {
        Groups.requireName(name);
        if (findGroup(name).isPresent()) {
            throw new IllegalArgumentException("Argument 'name' is '" + name
                    + "', but the population already has a group of that name; names must be unique.");
        }
        if (neuronModel == null) {
            throw new IllegalArgumentException("Argument 'neuronModel' of group '" + name
                    + "' is null; every group of a population needs a NEST model such as iaf_psc_alpha.");
        }
        NeuralGroup group = Groups.neuralGroup(name, size, neuronType, neuronModel, parameters);
        group.setFirstId(population.getGroups().stream().mapToInt(g -> g.getFirstId() + g.getSize()).max().orElse(0));
        population.getGroups().add(group);
        return group;
    }

    /**
     * NNGT's {@code create_meta_group}: an overlapping selection of whole groups and explicit ids.
     *
     * @param name a name no other group or meta-group has
     * @param groupNames primary groups included whole
     * @param neuronIds additional ids, each in 0..size()-1
     * @return the new meta-group, already in this population
     * @throws IllegalArgumentException when the name is taken, a group is unknown or an id is out of range
     */
    public MetaGroup createMetaGroup(String name, List<String> groupNames, int... neuronIds) {
        Groups.requireName(name);
        if (findGroup(name).isPresent()) {
            throw new IllegalArgumentException("Argument 'name' is '" + name
                    + "', but the population already has a group of that name; names must be unique.");
        }
        MetaGroup meta = NngtFactory.eINSTANCE.createMetaGroup();
        meta.setName(name);
        for (String groupName : groupNames == null ? List.<String>of() : groupNames) {
            meta.getGroups().add(group(groupName));
        }
        int size = size();
        for (int id : neuronIds == null ? new int[0] : neuronIds) {
            if (id < 0 || id >= size) {
                throw new IllegalArgumentException("Argument 'neuronIds' of meta-group '" + name + "' holds " + id
                        + "; ids of this population are 0.." + (size - 1) + ".");
            }
            meta.getNeuronIds().add(id);
        }
        population.getMetaGroups().add(meta);
        return meta;
    }

    /**
     * NNGT's {@code set_neuron_param}: sets one parameter on every neuron of the named groups.
     *
     * @param parameter NEST parameter name
     * @param value value or per-neuron distribution (copied for each group)
     * @param groupNames the groups; none means every group
     * @throws IllegalArgumentException when a group is unknown or the parameter name is blank
     */
    public void setNeuronParam(String parameter, Distribution value, String... groupNames) {
        List<NeuralGroup> targets = groupNames == null || groupNames.length == 0 ? groups()
                : Arrays.stream(groupNames).map(this::group).collect(Collectors.toList());
        for (NeuralGroup group : targets) {
            Parameter replacement = Groups.parameter(parameter, org.eclipse.emf.ecore.util.EcoreUtil.copy(value));
            group.getParameters().removeIf(p -> p.getName().equals(parameter));
            group.getParameters().add(replacement);
        }
    }

    /**
     * @param parameter NEST parameter name
     * @param value value in NEST units
     * @param groupNames the groups; none means every group
     * @see #setNeuronParam(String, Distribution, String...)
     */
    public void setNeuronParam(String parameter, double value, String... groupNames) {
        setNeuronParam(parameter, Distributions.constant(value, nngt.model.Unit.NONE), groupNames);
    }

    /**
     * @return the wrapped EMF population
     */
    public Population population() {
        return population;
    }

    /**
     * @return the primary groups in population order
     */
    public List<NeuralGroup> groups() {
        return List.copyOf(population.getGroups());
    }

    /**
     * @return the number of neurons: the sum of the primary group sizes
     */
    public int size() {
        return population.getGroups().stream().mapToInt(NeuralGroup::getSize).sum();
    }

    /**
     * @param name a primary group name
     * @return that group
     * @throws IllegalArgumentException when no primary group has that name; the message lists them
     */
    public NeuralGroup group(String name) {
        return population.getGroups().stream().filter(g -> g.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Argument 'name' is '" + name
                        + "', which is no group of this population; valid names are "
                        + population.getGroups().stream().map(NeuralGroup::getName).collect(Collectors.toList())
                        + "."));
    }

    /**
     * @param name a group or meta-group name
     * @return the group or meta-group of that name, if any
     */
    public Optional<Group> findGroup(String name) {
        return allGroups().stream().filter(g -> name.equals(g.getName())).findFirst();
    }

    /**
     * @param name a group or meta-group name
     * @return its neuron ids in increasing order
     * @throws IllegalArgumentException when no group or meta-group has that name
     */
    public int[] ids(String name) {
        Group group = findGroup(name).orElseThrow(() -> new IllegalArgumentException("Argument 'name' is '"
                + name + "', which is no group or meta-group of this population; valid names are "
                + allGroups().stream().map(Group::getName).collect(Collectors.toList()) + "."));
        return ids(group);
    }

    /**
     * @param group a group or meta-group of this population
     * @return its neuron ids in increasing order (a meta-group's without duplicates)
     */
    public static int[] ids(Group group) {
        if (group instanceof NeuralGroup neural) {
            int[] ids = new int[neural.getSize()];
            Arrays.setAll(ids, i -> neural.getFirstId() + i);
            return ids;
        }
        MetaGroup meta = (MetaGroup) group;
        BitSet members = new BitSet();
        for (NeuralGroup member : meta.getGroups()) {
            members.set(member.getFirstId(), member.getFirstId() + member.getSize());
        }
        meta.getNeuronIds().forEach(members::set);
        return members.stream().toArray();
    }

    /**
     * @param neuronId a neuron id
     * @return the primary group holding it, if any
     */
    public Optional<NeuralGroup> groupOf(int neuronId) {
        return population.getGroups().stream()
                .filter(g -> neuronId >= g.getFirstId() && neuronId < g.getFirstId() + g.getSize()).findFirst();
    }

    /**
     * @return ids of the neurons of excitatory groups, increasing
     */
    public int[] excitatoryIds() {
        return idsOfType(Groups.EXCITATORY);
    }

    /**
     * @return ids of the neurons of inhibitory groups, increasing
     */
    public int[] inhibitoryIds() {
        return idsOfType(Groups.INHIBITORY);
    }

    /**
     * @return true when {@link #problems()} is empty: groups disjoint, with models and types, names
     *         unique, ids 0..N-1 all covered, meta-groups in range and the declared size matched
     */
    public boolean isValid() {
        return problems().isEmpty();
    }

    /**
     * @return every reason this population is not valid, one full sentence each, naming the group
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        checkGroups(population.getGroups(), problems);
        checkNames(problems);
        checkCoverage(problems);
        checkMetaGroups(problems);
        Integer declared = population.getDeclaredSize();
        if (declared != null && declared != size()) {
            problems.add("The population declares " + declared + " neurons but its groups hold " + size() + ".");
        }
        return problems;
    }

    private int[] idsOfType(int type) {
        return population.getGroups().stream().filter(g -> g.getNeuronType() == type)
                .flatMapToInt(g -> Arrays.stream(ids(g))).sorted().toArray();
    }

    private List<Group> allGroups() {
        List<Group> all = new ArrayList<>(population.getGroups());
        all.addAll(population.getMetaGroups());
        return all;
    }

    private static void checkGroups(List<NeuralGroup> groups, List<String> problems) {
        Set<String> names = new HashSet<>();
        for (NeuralGroup group : groups) {
            String name = group.getName();
            if (!names.add(name)) {
                problems.add("Group name '" + name + "' is used twice; group names must be unique.");
            }
            if (group.getNeuronType() != Groups.EXCITATORY && group.getNeuronType() != Groups.INHIBITORY) {
                problems.add("Group '" + name + "' has neuron type " + group.getNeuronType()
                        + "; valid types are 1 (excitatory) and -1 (inhibitory).");
            }
            if (group.getNeuronModel() == null || group.getNeuronModel().isBlank()) {
                problems.add("Group '" + name
                        + "' has no neuron model; every group of a population needs one, such as iaf_psc_alpha.");
            }
            if (group.getSize() < 0) {
                problems.add("Group '" + name + "' has size " + group.getSize() + "; sizes are 0 or more.");
            }
            if (group.getFirstId() < 0) {
                problems.add("Group '" + name + "' has no neuron ids yet; add it with NeuralPop.fromGroups.");
            }
        }
        List<NeuralGroup> byFirstId = groups.stream().filter(g -> g.getFirstId() >= 0 && g.getSize() > 0)
                .sorted(Comparator.comparingInt(NeuralGroup::getFirstId)).collect(Collectors.toList());
        for (int i = 1; i < byFirstId.size(); i++) {
            NeuralGroup previous = byFirstId.get(i - 1);
            NeuralGroup current = byFirstId.get(i);
            int previousEnd = previous.getFirstId() + previous.getSize() - 1;
            if (current.getFirstId() <= previousEnd) {
                problems.add("Groups '" + previous.getName() + "' (ids " + range(previous) + ") and '"
                        + current.getName() + "' (ids " + range(current) + ") overlap at ids " + current.getFirstId()
                        + ".." + Math.min(previousEnd, current.getFirstId() + current.getSize() - 1)
                        + "; primary groups must be disjoint (use a meta-group for an overlapping selection).");
            }
        }
    }

    private void checkNames(List<String> problems) {
        Set<String> groupNames = population.getGroups().stream().map(NeuralGroup::getName).collect(Collectors.toSet());
        Set<String> metaNames = new HashSet<>();
        for (MetaGroup meta : population.getMetaGroups()) {
            if (groupNames.contains(meta.getName()) || !metaNames.add(meta.getName())) {
                problems.add("Meta-group name '" + meta.getName()
                        + "' is already used by another group; names must be unique.");
            }
        }
    }

    private void checkCoverage(List<String> problems) {
        int size = size();
        BitSet covered = new BitSet(size);
        for (NeuralGroup group : population.getGroups()) {
            if (group.getFirstId() >= 0) {
                covered.set(group.getFirstId(), group.getFirstId() + group.getSize());
            }
        }
        int gap = covered.nextClearBit(0);
        if (gap < size) {
            int gapEnd = covered.nextSetBit(gap);
            problems.add("Ids " + gap + ".." + ((gapEnd < 0 ? size : gapEnd) - 1)
                    + " belong to no group; the groups must cover ids 0.." + (size - 1) + ".");
        }
        int beyond = covered.length();
        if (beyond > size) {
            NeuralGroup offender = groupOf(beyond - 1).orElseThrow();
            problems.add("Group '" + offender.getName() + "' (ids " + range(offender) + ") lies beyond id "
                    + (size - 1) + "; the groups must cover exactly ids 0.." + (size - 1) + ".");
        }
    }

    private void checkMetaGroups(List<String> problems) {
        int size = size();
        for (MetaGroup meta : population.getMetaGroups()) {
            for (NeuralGroup member : meta.getGroups()) {
                if (!population.getGroups().contains(member)) {
                    problems.add("Meta-group '" + meta.getName() + "' includes group '" + member.getName()
                            + "', which is not in this population.");
                }
            }
            for (int id : meta.getNeuronIds()) {
                if (id < 0 || id >= size) {
                    problems.add("Meta-group '" + meta.getName() + "' holds id " + id + "; ids of this population are 0.."
                            + (size - 1) + ".");
                }
            }
        }
    }

    private static String range(NeuralGroup group) {
        return group.getFirstId() + ".." + (group.getFirstId() + group.getSize() - 1);
    }
}
