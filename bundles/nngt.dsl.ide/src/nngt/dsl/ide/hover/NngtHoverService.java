package nngt.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.hover.HoverService;

import nngt.catalog.ModelKind;
import nngt.catalog.ModelSpec;
import nngt.dsl.ide.NngtModels;
import nngt.graph.EdgeFiles;
import nngt.graph.io.EdgeFile;
import nngt.graph.io.EdgeFileException;
import nngt.model.FromFile;
import nngt.model.NeuralGroup;
import nngt.model.Parameter;
import nngt.model.SynapseSpec;

/**
 * Hovers of .nngt files: a parameter's meaning, unit, NEST default and constraints; a group's or
 * synapse's NEST model with its description and weight unit; a from_file rule's file, edge count and the
 * origin of its weights and delays.
 */
public class NngtHoverService extends HoverService {

    /* Never null: the base service wraps the text in an LSP MarkupContent, which rejects null (an unknown
       model or parameter would otherwise fail the whole hover request). */
    @Override
    public String getContents(EObject element) {
        Parameter parameter = EcoreUtil2.getContainerOfType(element, Parameter.class);
        if (parameter != null) {
            return NngtModels.modelAround(parameter)
                    .flatMap(model -> model.parameter(parameter.getName()).map(p -> NngtModels.describe(p, model)))
                    .orElseGet(() -> super.getContents(element));
        }
        if (element instanceof NeuralGroup group) {
            return NngtModels.model(group.getNeuronModel(), ModelKind.NEURON, group)
                    .map(model -> describe(model, "neurons of group '" + group.getName() + "' (" + group.getSize()
                            + ", " + (group.getNeuronType() == 1 ? "excitatory" : "inhibitory") + ")"))
                    .orElseGet(() -> super.getContents(element));
        }
        if (element instanceof SynapseSpec spec) {
            return NngtModels.model(spec.getSynapseModel(), ModelKind.SYNAPSE, spec)
                    .map(model -> describe(model, "synapses of this key")).orElseGet(() -> super.getContents(element));
        }
        if (element instanceof FromFile rule) {
            return describe(rule);
        }
        return super.getContents(element);
    }

    /* What the file gives: where it is, its edges, and whether weights and delays come from it. */
    private static String describe(FromFile rule) {
        try {
            EdgeFile file = EdgeFiles.read(rule);
            return "**from_file**: " + file.size() + " edges of " + file.description() + " (" + EdgeFiles.locate(rule)
                    + "); weights " + (file.weights() == null ? "from the weight clause" : "from the file")
                    + ", delays " + (file.delays() == null ? "from the delay clause" : "from the file")
                    + (file.parameters().isEmpty() ? ""
                            : ", synapse parameters per edge from the file: " + String.join(", ", file.parameters().keySet())
                                    + " (over the synapse specification's values)")
                    + ". Ids in the file are local: 0 is the first neuron of the source (target) selection.";
        } catch (EdgeFileException e) {
            return "**from_file**: " + e.getMessage();
        }
    }

    private static String describe(ModelSpec model, String role) {
        return "**" + model.name() + "** (NEST " + model.family().label() + "), " + role + ": " + model.description()
                + (model.weightUnit() == null ? "" : "\n\nWeights onto it are in " + model.weightUnit() + ".");
    }
}
