package nngt.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import nngt.model.Group;
import nngt.model.GroupEndpoint;
import nngt.model.MetaGroup;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.NeuronSelection;
import nngt.model.NngtPackage;
import nngt.model.Parameter;
import nngt.model.Population;
import nngt.model.SynapseEndpoint;
import nngt.model.SynapseSpec;
import nngt.model.TypeEndpoint;
import nngt.model.api.NetworkFootprint;
import nngt.model.api.SynapseParameterDraws;
import nngt.model.api.SynapseSpecResolver;

/**
 * Rules on the population and the synapse specifications: names, sizes, ids, seed, keys.
 */
public class StructureValidator extends NngtCheckSupport {

    /** The most messages about out-of-range ids of one selection before the rest are counted in one. */
    static final int MAX_ID_MESSAGES = 20;
    /** The most groups whose sizes a message about the population's size lists. */
    static final int MAX_LISTED_GROUPS = 12;

    /**
     * Group and meta-group names are unique within a network.
     *
     * @param group a group or meta-group
     */
    @Check
    public void checkGroupNameUnique(Group group) {
        Population population = (Population) group.eContainer();
        if (population == null || group.getName() == null) {
            return;
        }
        if (firstGroupNamed(population).get(group.getName()) != group) {
            error("The name '" + group.getName() + "' is already used by another group; group and meta-group "
                    + "names must be unique.", group, NngtPackage.Literals.GROUP__NAME, IssueCodes.DUPLICATE_NAME);
        }
    }

    /**
     * A group holds at least one neuron.
     *
     * @param group a group
     */
    @Check
    public void checkGroupSizePositive(NeuralGroup group) {
        if (group.getSize() < 1) {
            error(ModelLabels.capitalized(group) + " has " + group.getSize() + " neurons; a group needs at least 1.",
                    group, NngtPackage.Literals.NEURAL_GROUP__SIZE, IssueCodes.EMPTY_GROUP);
        }
    }

    /**
     * The groups add up to the population size the network declares.
     *
     * @param population the population
     */
    @Check
    public void checkPopulationDeclaredSize(Population population) {
        Integer declared = population.getDeclaredSize();
        if (declared == null) {
            return;
        }
        long total = selectionsOf(population).size();
        if (total != declared) {
            StringBuilder parts = new StringBuilder();
            if (population.getGroups().size() <= MAX_LISTED_GROUPS) {
                for (NeuralGroup group : population.getGroups()) {
                    parts.append(parts.length() == 0 ? "" : " + ").append(group.getSize()).append(" (")
                            .append(group.getName() == null ? "unnamed" : group.getName()).append(')');
                }
            }
            error("The population declares " + declared + " neurons but its groups hold " + total
                    + (parts.length() == 0 ? "" : " = " + parts) + "; make the sizes add up to " + declared + ".",
                    population, NngtPackage.Literals.POPULATION__DECLARED_SIZE, IssueCodes.POPULATION_SIZE);
        }
    }

    /**
     * The groups hold no more neurons than one network's arrays can index: the sizes add up without
     * overflowing, reported at the group that crosses the limit.
     *
     * @param population the population
     */
    @Check
    public void checkPopulationSizeFits(Population population) {
        long total = 0;
        for (NeuralGroup group : population.getGroups()) {
            total += Math.max(0, group.getSize());
            if (total > NetworkFootprint.MAX_ARRAY_LENGTH) {
                error(ModelLabels.capitalized(group) + " brings the population to " + total
                        + " neurons; a network holds at most " + NetworkFootprint.MAX_ARRAY_LENGTH
                        + ", the ids its arrays can index.", group,
                        NngtPackage.Literals.NEURAL_GROUP__SIZE, IssueCodes.NETWORK_TOO_LARGE);
                return;
            }
        }
    }

    /**
     * Explicit neuron ids lie inside the population.
     *
     * @param selection explicit ids
     */
    @Check
    public void checkNeuronIdsInRange(NeuronSelection selection) {
        Network network = networkOf(selection);
        if (network == null) {
            return;
        }
        checkIds(selection.getNeuronIds(), selectionsOf(network.getPopulation()).size(), selection,
                NngtPackage.Literals.NEURON_SELECTION__NEURON_IDS);
    }

    /**
     * A meta-group's explicit ids lie inside the population.
     *
     * @param group a meta-group
     */
    @Check
    public void checkMetaGroupIdsInRange(MetaGroup group) {
        Network network = networkOf(group);
        if (network == null) {
            return;
        }
        checkIds(group.getNeuronIds(), selectionsOf(network.getPopulation()).size(), group,
                NngtPackage.Literals.META_GROUP__NEURON_IDS);
        if (group.getGroups().isEmpty() && group.getNeuronIds().isEmpty()) {
            error(ModelLabels.capitalized(group) + " selects no neuron; list groups or 'neurons [..]'.", group,
                    NngtPackage.Literals.GROUP__NAME, IssueCodes.EMPTY_GROUP);
        }
    }

    /**
     * A network without a seed draws another network at every run: warn.
     *
     * @param network the network
     */
    @Check
    public void checkSeedPresent(Network network) {
        if (network.getSeed() == null) {
            warning(ModelLabels.capitalized(network) + " has no seed, so every run builds another random network; "
                    + "add 'seed <number>' to make it reproducible.", network, NngtPackage.Literals.NETWORK__NAME,
                    IssueCodes.MISSING_SEED);
        } else if (network.getSeed() < 1 || network.getSeed() > 0x7fffffffL) {
            error("Seed " + network.getSeed() + " is outside NEST's range; seeds are 1 to 2147483647.", network,
                    NngtPackage.Literals.NETWORK__SEED, IssueCodes.VALUE_OUT_OF_RANGE,
                    Long.toString(Math.max(1, Math.min(0x7fffffffL, network.getSeed()))));
        }
    }

    /**
     * A synapse key that names a neuron type no group has matches nothing.
     *
     * @param spec a synapse specification
     */
    @Check
    public void checkSynapseKeyMatchesGroups(SynapseSpec spec) {
        Network network = networkOf(spec);
        if (network == null) {
            return;
        }
        checkTypeSide(spec, spec.getSource(), network, "source", NngtPackage.Literals.SYNAPSE_SPEC__SOURCE);
        checkTypeSide(spec, spec.getTarget(), network, "target", NngtPackage.Literals.SYNAPSE_SPEC__TARGET);
    }

    /**
     * Each (source, target) key appears once: NNGT would silently keep one of them.
     *
     * @param network the network
     */
    @Check
    public void checkSynapseKeysUnique(Network network) {
        Map<String, SynapseSpec> first = new HashMap<>();
        for (SynapseSpec spec : network.getSynapses()) {
            if (!isComplete(spec.getSource()) || !isComplete(spec.getTarget())) {
                continue;
            }
            String key = SynapseSpecResolver.describeKey(spec);
            SynapseSpec previous = first.putIfAbsent(key, spec);
            if (previous != null) {
                error("The synapse key " + key + " is specified twice; keep one specification per (source, target).",
                        spec, NngtPackage.Literals.SYNAPSE_SPEC__SOURCE, IssueCodes.DUPLICATE_SYNAPSE_KEY);
            }
        }
    }

    /**
     * Weights and delays come from the connections, as in NNGT, never from synapse specifications.
     *
     * @param spec a synapse specification
     */
    @Check
    public void checkSynapseHasNoWeightOrDelay(SynapseSpec spec) {
        for (Parameter parameter : spec.getParameters()) {
            if ("weight".equals(parameter.getName()) || "delay".equals(parameter.getName())) {
                error("Synapse specifications cannot set '" + parameter.getName() + "'; write it on the connection "
                        + "('connect ... " + parameter.getName() + " <value>').", parameter,
                        NngtPackage.Literals.PARAMETER__NAME, IssueCodes.SYNAPSE_WEIGHT_OR_DELAY);
            }
        }
    }

    /**
     * Synapse parameters are constants or laws drawn edge by edge ({@link SynapseParameterDraws}, the rule the
     * instantiator applies): a value list has no edge order to follow.
     *
     * @param spec a synapse specification
     */
    @Check
    public void checkSynapseParameterDrawable(SynapseSpec spec) {
        for (Parameter parameter : spec.getParameters()) {
            if (parameter.getValue() != null && !SynapseParameterDraws.isAllowed(parameter.getValue())) {
                error(SynapseParameterDraws.refusal(spec, parameter), parameter,
                        NngtPackage.Literals.PARAMETER__VALUE, IssueCodes.SYNAPSE_VALUE_LIST);
            }
        }
    }

    private void checkTypeSide(SynapseSpec spec, Object side, Network network, String which,
            EStructuralFeature feature) {
        if (side instanceof TypeEndpoint type && network.getPopulation() != null) {
            boolean matches = network.getPopulation().getGroups().stream()
                    .anyMatch(g -> g.getNeuronType() == type.getNeuronType());
            if (!matches) {
                String name = type.getNeuronType() == 1 ? "excitatory" : "inhibitory";
                warning("The " + which + " side '" + name + "' of this synapse matches no group: the network has no "
                        + name + " group.", spec, feature, IssueCodes.SYNAPSE_KEY_MATCHES_NOTHING);
            }
        }
    }

    /*
     * One message per run of consecutive bad ids (1, 2, ... 16000 is one run), at most MAX_ID_MESSAGES
     * of them and then one that counts the rest: linear in the ids, however many are wrong.
     */
    private void checkIds(List<Integer> ids, long size, EObject owner, EStructuralFeature feature) {
        String valid = size == 0 ? "the population has no neurons" : "ids run from 0 to " + (size - 1);
        int messages = 0;
        int i = 0;
        while (i < ids.size()) {
            if (inPopulation(ids.get(i), size)) {
                i++;
                continue;
            }
            int start = i;
            while (i + 1 < ids.size() && !inPopulation(ids.get(i + 1), size) && ids.get(i) != null
                    && ids.get(i + 1) != null && ids.get(i + 1) == ids.get(i) + 1) {
                i++;
            }
            if (messages == MAX_ID_MESSAGES) {
                long rest = ids.subList(start, ids.size()).stream().filter(id -> !inPopulation(id, size)).count();
                error(rest + " more neuron ids from entry " + start + " on are outside the population; " + valid + ".",
                        owner, feature, start, IssueCodes.NEURON_ID_OUT_OF_RANGE);
                return;
            }
            String which = start == i ? "Neuron id " + ids.get(start) + " is"
                    : "Neuron ids " + ids.get(start) + " to " + ids.get(i) + " are";
            error(which + " outside the population; " + valid + ".", owner, feature, start,
                    IssueCodes.NEURON_ID_OUT_OF_RANGE);
            messages++;
            i++;
        }
    }

    private static boolean inPopulation(Integer id, long size) {
        return id != null && id >= 0 && id < size;
    }

    /* A synapse side the parser completed: present, and a group side that names a resolved group. */
    private static boolean isComplete(SynapseEndpoint side) {
        return side != null && !(side instanceof GroupEndpoint group
                && (group.getGroup() == null || group.getGroup().eIsProxy() || group.getGroup().getName() == null));
    }

    /* The first group or meta-group of each name, computed once per version of the resource. */
    private Map<String, Group> firstGroupNamed(Population population) {
        return cached(population, "groupNames", () -> {
            Map<String, Group> first = new HashMap<>();
            population.getGroups().forEach(g -> first.putIfAbsent(g.getName(), g));
            population.getMetaGroups().forEach(g -> first.putIfAbsent(g.getName(), g));
            return first;
        });
    }
}
