package nngt.dsl.validation;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * How messages name an element of a model for people: by its kind and name ({@code group 'exc'}), or
 * by its kind and line where it has no name ({@code the Poisson input on line 12}); never by the
 * object's {@code toString} or as {@code 'null'}.
 */
final class ModelLabels {

    /* Kinds whose class name does not read as the language calls them. */
    private static final Map<String, String> KINDS = Map.of("NeuralGroup", "group", "MetaGroup", "meta-group",
            "PoissonInput", "Poisson input", "SynapseSpec", "synapse specification", "Quantity", "value",
            "ConstantValue", "value", "StateRandomization", "randomization", "SimulationSettings",
            "simulation settings", "DirectCurrent", "DC input");

    private ModelLabels() {
    }

    /**
     * @param object an element of a model
     * @return its kind and name, or its kind and line when it has no name, in lower case
     */
    static String of(EObject object) {
        String kind = kind(object);
        EStructuralFeature nameFeature = object.eClass().getEStructuralFeature("name");
        Object name = nameFeature == null || nameFeature.isMany() ? null : object.eGet(nameFeature);
        // A name that is not an identifier (from XMI) could hold line breaks: NameValidator shows it escaped.
        if (name instanceof String text && NameValidator.IDENTIFIER.matcher(text).matches()) {
            return kind + " '" + text + "'";
        }
        ICompositeNode node = NodeModelUtils.getNode(object);
        return node == null ? "this " + kind : "the " + kind + " on line " + node.getStartLine();
    }

    /**
     * @param object an element of a model
     * @return its kind and name with its line, such as {@code Poisson input 'drive' on line 12}, or
     *         {@link #of} where it has no name or no line
     */
    static String located(EObject object) {
        String label = of(object);
        ICompositeNode node = NodeModelUtils.getNode(object);
        return node == null || label.startsWith("the ") ? label : label + " on line " + node.getStartLine();
    }

    /**
     * @param object an element of a model
     * @return {@link #of} with a capital first letter, to start a sentence
     */
    static String capitalized(EObject object) {
        String label = of(object);
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    /**
     * @param object an element of a model
     * @return its kind in words: {@code ErdosRenyi} reads {@code erdos renyi}
     */
    static String kind(EObject object) {
        String className = object.eClass().getName();
        String known = KINDS.get(className);
        return known != null ? known : className.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
