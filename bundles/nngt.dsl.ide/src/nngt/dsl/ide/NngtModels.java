package nngt.dsl.ide;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import nngt.catalog.ModelKind;
import nngt.catalog.ModelSpec;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.catalog.ParameterSpec;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.SynapseSpec;
import nngt.model.api.NestVersions;

/**
 * Finds the NEST model that an element of a .nngt file is about, for content assist and hovers.
 */
public final class NngtModels {

    private static final NestCatalog CATALOG = NestCatalog.standard();

    private NngtModels() {
    }

    /**
     * @param element any element of a model
     * @return the catalog family of its network's NEST version (NEST 3 when unknown)
     */
    public static NestFamily familyOf(EObject element) {
        Network network = EcoreUtil2.getContainerOfType(element, Network.class);
        return NestVersions.family(network == null ? null : network.getNestVersion());
    }

    /**
     * @param element an element inside a group or synapse specification
     * @return the neuron or synapse model whose parameters apply there
     */
    public static Optional<ModelSpec> modelAround(EObject element) {
        NeuralGroup group = EcoreUtil2.getContainerOfType(element, NeuralGroup.class);
        if (group != null && group.getNeuronModel() != null) {
            return CATALOG.model(group.getNeuronModel(), ModelKind.NEURON, familyOf(element));
        }
        SynapseSpec spec = EcoreUtil2.getContainerOfType(element, SynapseSpec.class);
        if (spec != null && spec.getSynapseModel() != null) {
            return CATALOG.model(spec.getSynapseModel(), ModelKind.SYNAPSE, familyOf(element));
        }
        return Optional.empty();
    }

    /**
     * @param kind neuron, synapse or device
     * @param context an element of the model
     * @return the models of that kind in the network's NEST version
     */
    public static List<ModelSpec> models(ModelKind kind, EObject context) {
        return CATALOG.models(kind, familyOf(context));
    }

    /**
     * @param name a model name
     * @param kind its kind
     * @param context an element of the model
     * @return that model in the network's NEST version
     */
    public static Optional<ModelSpec> model(String name, ModelKind kind, EObject context) {
        return name == null ? Optional.empty() : CATALOG.model(name, kind, familyOf(context));
    }

    /**
     * @param parameter a parameter of a model
     * @param model the model
     * @return a Markdown description: meaning, unit, default and NEST's constraints on it
     */
    public static String describe(ParameterSpec parameter, ModelSpec model) {
        StringBuilder text = new StringBuilder();
        text.append("**").append(parameter.name()).append("**");
        if (!parameter.unit().isEmpty() && !parameter.unit().equals("1")) {
            text.append(" (").append(parameter.hasTargetWeightUnit() ? "unit of the target's weights"
                    : parameter.unit()).append(')');
        }
        text.append(" of ").append(model.name()).append(": ").append(parameter.description());
        text.append("\n\nDefault: ").append(parameter.defaultWithUnit()).append('.');
        List<String> constraints = model.constraintsOn(parameter.name()).stream().map(c -> c.expression()).toList();
        if (!constraints.isEmpty()) {
            text.append("\n\nNEST requires: ").append(String.join("; ", constraints)).append('.');
        }
        return text.toString();
    }
}
