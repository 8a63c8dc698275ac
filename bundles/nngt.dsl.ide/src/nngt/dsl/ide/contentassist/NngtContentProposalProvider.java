package nngt.dsl.ide.contentassist;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

import nngt.catalog.ModelKind;
import nngt.catalog.ModelSpec;
import nngt.catalog.ParameterSpec;
import nngt.dsl.ide.NngtModels;
import nngt.dsl.services.NngtGrammarAccess;
import nngt.graph.EdgeFiles;
import nngt.graph.io.EdgeFile;
import nngt.graph.io.EdgeFileException;
import nngt.graph.sonata.SonataEdges;
import nngt.model.FromFile;
import nngt.model.Multimeter;
import nngt.model.NeuralGroup;
import nngt.model.Parameter;
import nngt.model.SynapseSpec;

/**
 * Content assist of .nngt files: NEST neuron and synapse models of the network's NEST version,
 * parameters of the model around the cursor (with their default and unit), recordables; group names
 * come from the default cross-reference proposals.
 */
public class NngtContentProposalProvider extends IdeContentProposalProvider {

    /* Above keyword proposals (which Xtext ranks at 400 and below). */
    private static final int CATALOG_PRIORITY = 500;
    /* How deep below the model's folder edge files are proposed (circuits keep them in network/ or similar). */
    private static final int EDGE_FILE_DEPTH = 3;

    @Inject
    private NngtGrammarAccess grammar;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        if (assignment == grammar.getNeuralGroupAccess().getNeuronModelAssignment_5()) {
            proposeModels(ModelKind.NEURON, context, acceptor);
        } else if (assignment == grammar.getSynapseSpecAccess().getSynapseModelAssignment_3()
                || assignment == grammar.getPoissonInputAccess().getSynapseModelAssignment_5_1_3()) {
            proposeModels(ModelKind.SYNAPSE, context, acceptor);
        } else if (assignment == grammar.getParameterAccess().getNameAssignment_0()) {
            proposeParameters(context, acceptor);
        } else if (assignment == grammar.getMultimeterAccess().getRecordFromAssignment_0()
                || assignment == grammar.getMultimeterAccess().getRecordFromAssignment_1_1()) {
            proposeRecordables(context, acceptor);
        } else if (assignment == grammar.getFromFileAccess().getPathAssignment_2()) {
            proposeEdgeFiles(context, acceptor);
        } else if (assignment == grammar.getFromFileAccess().getPopulationAssignment_3_0_3()) {
            proposeEdgePopulations(context, acceptor);
        } else {
            super._createProposals(assignment, context, acceptor);
        }
    }

    /* The edge files (.el, .nn, .h5) in the model's folder and its subfolders, two levels down, as quoted paths. */
    private void proposeEdgeFiles(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        java.nio.file.Path folder = EdgeFiles.folderOf(context.getResource());
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(folder, EDGE_FILE_DEPTH)) {
            files.filter(java.nio.file.Files::isRegularFile)
                    .filter(file -> EdgeFile.EXTENSIONS.contains(EdgeFile.extension(file)))
                    .map(file -> folder.relativize(file).toString().replace('\\', '/')).sorted().forEach(name -> {
                        ContentAssistEntry entry = getProposalCreator().createProposal("\"" + name + "\"", context);
                        if (entry != null) {
                            entry.setKind(ContentAssistEntry.KIND_FILE);
                            entry.setDescription("edge file");
                            acceptor.accept(entry, CATALOG_PRIORITY);
                        }
                    });
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // an unreadable folder offers no file names; the keywords are still proposed
        }
    }

    /* The edge populations of the SONATA file the rule names. */
    private void proposeEdgePopulations(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        EObject current = context.getCurrentModel();
        FromFile rule = current instanceof FromFile fromFile ? fromFile
                : EcoreUtil2.getContainerOfType(current, FromFile.class);
        if (rule == null || rule.getPath() == null || !EdgeFile.extension(EdgeFiles.locate(rule)).equals("h5")) {
            return;
        }
        try {
            for (SonataEdges.Population population : SonataEdges.populations(EdgeFiles.locate(rule))) {
                ContentAssistEntry entry = getProposalCreator().createProposal("\"" + population.name() + "\"", context);
                if (entry != null) {
                    entry.setKind(ContentAssistEntry.KIND_VALUE);
                    entry.setDescription(population.edges() + " edges, " + population.sourceNodes() + " -> "
                            + population.targetNodes());
                    acceptor.accept(entry, CATALOG_PRIORITY);
                }
            }
        } catch (EdgeFileException e) {
            // the validator reports the file; nothing to propose
        }
    }

    private void proposeModels(ModelKind kind, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        for (ModelSpec model : NngtModels.models(kind, context.getCurrentModel())) {
            ContentAssistEntry entry = getProposalCreator().createProposal(model.name(), context);
            if (entry != null) {
                entry.setKind(ContentAssistEntry.KIND_CLASS);
                entry.setDescription(kind.name().toLowerCase(java.util.Locale.ROOT) + " model"
                        + (model.weightUnit() == null ? "" : ", weights in " + model.weightUnit()));
                entry.setDocumentation(model.description());
                acceptor.accept(entry, CATALOG_PRIORITY);
            }
        }
    }

    private void proposeParameters(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        EObject current = context.getCurrentModel();
        ModelSpec model = NngtModels.modelAround(current).orElse(null);
        if (model == null) {
            return;
        }
        Set<String> alreadySet = parametersSetAround(current);
        for (ParameterSpec parameter : model.parameters().values()) {
            if (parameter.readOnly() || alreadySet.contains(parameter.name())
                    || (EcoreUtil2.getContainerOfType(current, SynapseSpec.class) != null
                            && (parameter.name().equals("weight") || parameter.name().equals("delay")))) {
                continue;
            }
            ContentAssistEntry entry = getProposalCreator().createProposal(parameter.name(), context);
            if (entry != null) {
                entry.setKind(ContentAssistEntry.KIND_PROPERTY);
                entry.setDescription("default " + parameter.defaultWithUnit());
                entry.setDocumentation(NngtModels.describe(parameter, model));
                acceptor.accept(entry, CATALOG_PRIORITY);
            }
        }
    }

    private void proposeRecordables(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        Multimeter multimeter = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Multimeter.class);
        Collection<String> recordables = NngtModels.models(ModelKind.NEURON, context.getCurrentModel()).stream()
                .flatMap(m -> m.recordables().stream()).collect(Collectors.toCollection(java.util.TreeSet::new));
        for (String recordable : recordables) {
            if (multimeter != null && multimeter.getRecordFrom().contains(recordable)) {
                continue;
            }
            ContentAssistEntry entry = getProposalCreator().createProposal(recordable, context);
            if (entry != null) {
                entry.setKind(ContentAssistEntry.KIND_FIELD);
                entry.setDescription("recordable");
                acceptor.accept(entry, CATALOG_PRIORITY);
            }
        }
    }

    private static Set<String> parametersSetAround(EObject current) {
        EObject owner = EcoreUtil2.getContainerOfType(current, NeuralGroup.class);
        if (owner == null) {
            owner = EcoreUtil2.getContainerOfType(current, SynapseSpec.class);
        }
        if (owner == null) {
            return Set.of();
        }
        Parameter editing = EcoreUtil2.getContainerOfType(current, Parameter.class);
        return EcoreUtil2.getAllContentsOfType(owner, Parameter.class).stream().filter(p -> p != editing)
                .map(Parameter::getName).collect(Collectors.toSet());
    }
}
