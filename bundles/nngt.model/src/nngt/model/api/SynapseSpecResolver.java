package nngt.model.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nngt.model.AnyEndpoint;
import nngt.model.GroupEndpoint;
import nngt.model.NeuralGroup;
import nngt.model.NngtFactory;
import nngt.model.Parameter;
import nngt.model.SynapseEndpoint;
import nngt.model.SynapseSpec;
import nngt.model.TypeEndpoint;

/**
 * Chooses the synapse specification of a (source group, target group) pair with NNGT's priority order,
 * lowest first: type/type, type/name, name/type, name/name (NNGT {@code _get_syn_param}).
 *
 * <p>A {@code default} side ({@link AnyEndpoint}) matches every group with a priority below a type,
 * so a default/default key applies to every pair that no other key matches. NNGT documents that
 * behaviour but never reads its 'default' entry; here it is honoured. The source side weighs more than
 * the target side, as in NNGT's order: a type/default key beats a default/name key. Levels are not
 * merged: the chosen specification is used whole.
 */
public final class SynapseSpecResolver {

    /** The synapse NEST uses where no specification matches. */
    public static final String NEST_DEFAULT_SYNAPSE_MODEL = "static_synapse";

    private static final Set<String> FORBIDDEN_PARAMETERS = Set.of("weight", "delay");

    private final List<SynapseSpec> specs;

    /**
     * @param specs the specifications, each with a distinct (source, target) key
     * @throws IllegalArgumentException when two specifications share a key, or one sets 'weight' or
     *         'delay' (those come from the connections, as in NNGT)
     */
    public SynapseSpecResolver(List<SynapseSpec> specs) {
        if (specs == null) {
            throw new IllegalArgumentException("Argument 'specs' is null; give a list, possibly empty.");
        }
        Map<String, Integer> firstIndexOfKey = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            SynapseSpec spec = specs.get(i);
            String key = describeKey(spec);
            Integer previous = firstIndexOfKey.putIfAbsent(key, i);
            if (previous != null) {
                throw new IllegalArgumentException("Synapse specifications " + previous + " and " + i
                        + " both have the key " + key + "; each (source, target) key may appear once.");
            }
            for (Parameter parameter : spec.getParameters()) {
                if (FORBIDDEN_PARAMETERS.contains(parameter.getName())) {
                    throw new IllegalArgumentException("Synapse specification " + key + " sets '" + parameter.getName()
                            + "'; weights and delays come from the connections, not from synapse specifications.");
                }
            }
        }
        this.specs = List.copyOf(specs);
    }

    /**
     * @param source presynaptic group
     * @param target postsynaptic group
     * @return the matching specification of highest priority, or empty when none matches (NEST then
     *         uses {@link #NEST_DEFAULT_SYNAPSE_MODEL})
     */
    public Optional<SynapseSpec> resolve(NeuralGroup source, NeuralGroup target) {
        SynapseSpec best = null;
        int bestPriority = -1;
        for (SynapseSpec spec : specs) {
            if (matches(spec.getSource(), source) && matches(spec.getTarget(), target)) {
                int priority = priority(spec);
                if (priority > bestPriority) {
                    best = spec;
                    bestPriority = priority;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * @param source presynaptic group
     * @param target postsynaptic group
     * @return the NEST synapse model used between them
     */
    public String resolveModel(NeuralGroup source, NeuralGroup target) {
        return resolve(source, target).map(SynapseSpec::getSynapseModel).filter(m -> m != null && !m.isBlank())
                .orElse(NEST_DEFAULT_SYNAPSE_MODEL);
    }

    /**
     * @param spec a specification
     * @return its priority: higher wins; type/type &lt; type/name &lt; name/type &lt; name/name, with
     *         default sides below type sides
     */
    public static int priority(SynapseSpec spec) {
        return 3 * specificity(spec.getSource()) + specificity(spec.getTarget());
    }

    /**
     * @param spec a specification
     * @return its key as written, e.g. {@code (oscillators, default)} or {@code (1, -1)}
     */
    public static String describeKey(SynapseSpec spec) {
        return "(" + describe(spec.getSource()) + ", " + describe(spec.getTarget()) + ")";
    }

    /**
     * @return a side that matches every neuron ({@code default})
     */
    public static AnyEndpoint anySide() {
        return NngtFactory.eINSTANCE.createAnyEndpoint();
    }

    /**
     * @param neuronType +1 or -1
     * @return a side that matches the groups of that type
     * @throws IllegalArgumentException for another type
     */
    public static TypeEndpoint typeSide(int neuronType) {
        if (neuronType != Groups.EXCITATORY && neuronType != Groups.INHIBITORY) {
            throw new IllegalArgumentException("Argument 'neuronType' is " + neuronType
                    + "; valid types are 1 (excitatory) and -1 (inhibitory).");
        }
        TypeEndpoint side = NngtFactory.eINSTANCE.createTypeEndpoint();
        side.setNeuronType(neuronType);
        return side;
    }

    /**
     * @param group a group
     * @return a side that matches that group only
     */
    public static GroupEndpoint groupSide(NeuralGroup group) {
        if (group == null) {
            throw new IllegalArgumentException("Argument 'group' is null; a NeuralGroup is required.");
        }
        GroupEndpoint side = NngtFactory.eINSTANCE.createGroupEndpoint();
        side.setGroup(group);
        return side;
    }

    /**
     * Creates a specification.
     *
     * @param source presynaptic side
     * @param target postsynaptic side
     * @param synapseModel NEST synapse model, not blank
     * @param parameters synapse parameters in NEST units, neither 'weight' nor 'delay'
     * @param receptorPort receptor_type on the target, or null for port 0
     * @return the specification
     * @throws IllegalArgumentException when an argument is missing or a parameter is 'weight'/'delay'
     */
    public static SynapseSpec spec(SynapseEndpoint source, SynapseEndpoint target, String synapseModel,
            Map<String, ? extends Number> parameters, Integer receptorPort) {
        if (source == null || target == null) {
            throw new IllegalArgumentException("Argument '" + (source == null ? "source" : "target")
                    + "' is null; use anySide(), typeSide(..) or groupSide(..).");
        }
        if (synapseModel == null || synapseModel.isBlank()) {
            throw new IllegalArgumentException("Argument 'synapseModel' is '" + synapseModel
                    + "'; give a NEST synapse model such as static_synapse.");
        }
        if (receptorPort != null && receptorPort < 0) {
            throw new IllegalArgumentException("Argument 'receptorPort' is " + receptorPort
                    + "; receptor ports are 0 or more.");
        }
        SynapseSpec spec = NngtFactory.eINSTANCE.createSynapseSpec();
        spec.setSource(source);
        spec.setTarget(target);
        spec.setSynapseModel(synapseModel);
        spec.setReceptorPort(receptorPort);
        List<Parameter> converted = new ArrayList<>();
        if (parameters != null) {
            parameters.forEach((name, value) -> {
                if (FORBIDDEN_PARAMETERS.contains(name)) {
                    throw new IllegalArgumentException("Argument 'parameters' sets '" + name
                            + "'; weights and delays come from the connections, not from synapse specifications.");
                }
                converted.add(Groups.parameter(name, value.doubleValue()));
            });
        }
        spec.getParameters().addAll(converted);
        return spec;
    }

    private static boolean matches(SynapseEndpoint side, NeuralGroup group) {
        if (side instanceof AnyEndpoint) {
            return true;
        }
        if (side instanceof TypeEndpoint type) {
            return type.getNeuronType() == group.getNeuronType();
        }
        return ((GroupEndpoint) side).getGroup() == group;
    }

    private static int specificity(SynapseEndpoint side) {
        if (side instanceof AnyEndpoint) {
            return 0;
        }
        return side instanceof TypeEndpoint ? 1 : 2;
    }

    private static String describe(SynapseEndpoint side) {
        if (side instanceof AnyEndpoint) {
            return "default";
        }
        if (side instanceof TypeEndpoint type) {
            return Integer.toString(type.getNeuronType());
        }
        NeuralGroup group = ((GroupEndpoint) side).getGroup();
        return group == null ? "?" : group.getName();
    }
}
