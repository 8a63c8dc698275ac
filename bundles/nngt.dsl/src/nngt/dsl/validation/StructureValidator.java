package nngt.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Check;

import nngt.model.Group;
import nngt.model.MetaGroup;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.NeuronSelection;
import nngt.model.NngtPackage;
import nngt.model.Parameter;
import nngt.model.Population;
import nngt.model.SynapseSpec;
import nngt.model.TypeEndpoint;
import nngt.model.api.SynapseParameterDraws;
import nngt.model.api.SynapseSpecResolver;

/**
 * Rules on the population and the synapse specifications: names, sizes, ids, seed, keys.
 */
public class StructureValidator extends NngtCheckSupport {

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
            error("Group '" + group.getName() + "' has " + group.getSize() + " neurons; a group needs at least 1.",
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
        int total = selectionsOf(population).size();
        if (total != declared) {
            StringBuilder parts = new StringBuilder();
            for (NeuralGroup group : population.getGroups()) {
                parts.append(parts.length() == 0 ? "" : " + ").append(group.getSize()).append(" (")
                        .append(group.getName()).append(')');
            }
            error("The population declares " + declared + " neurons but its groups hold " + total
                    + (parts.length() == 0 ? "" : " = " + parts) + "; make the sizes add up to " + declared + ".",
                    population, NngtPackage.Literals.POPULATION__DECLARED_SIZE, IssueCodes.POPULATION_SIZE);
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
            error("Meta-group '" + group.getName() + "' selects no neuron; list groups or 'neurons [..]'.", group,
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
            warning("Network '" + network.getName() + "' has no seed, so every run builds another random network; "
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
            if (spec.getSource() == null || spec.getTarget() == null) {
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
            org.eclipse.emf.ecore.EStructuralFeature feature) {
        if (side instanceof TypeEndpoint type) {
            boolean matches = network.getPopulation().getGroups().stream()
                    .anyMatch(g -> g.getNeuronType() == type.getNeuronType());
            if (!matches) {
                String name = type.getNeuronType() == 1 ? "excitatory" : "inhibitory";
                warning("The " + which + " side '" + name + "' of this synapse matches no group: the network has no "
                        + name + " group.", spec, feature, IssueCodes.SYNAPSE_KEY_MATCHES_NOTHING);
            }
        }
    }

    private void checkIds(List<Integer> ids, int size, org.eclipse.emf.ecore.EObject owner,
            org.eclipse.emf.ecore.EStructuralFeature feature) {
        for (int i = 0; i < ids.size(); i++) {
            int id = ids.get(i);
            if (id >= size) {
                error("Neuron id " + id + " is outside the population; ids run from 0 to " + (size - 1) + ".", owner,
                        feature, i, IssueCodes.NEURON_ID_OUT_OF_RANGE);
            }
        }
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
