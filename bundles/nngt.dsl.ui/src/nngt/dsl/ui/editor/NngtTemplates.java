package nngt.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContext;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.eclipse.jface.text.templates.TemplateVariableResolver;

import nngt.dsl.ui.internal.NngtDocuments;
import nngt.dsl.ui.wizards.ModelTemplate;
import nngt.model.Group;
import nngt.model.Network;

/**
 * Templates of .nngt statements, offered by content assist: a group, a connection, a stimulus and a
 * whole network. A template is offered where the grammar accepts its first keyword (its name), which
 * the language's content assist reports, so a group template appears among the groups and a
 * connection template after them. Group names in templates are variables whose choices are the
 * groups of the edited model (linked editing, as in Xtext's cross-reference template variables).
 */
public final class NngtTemplates {

    /** The context type of every .nngt template. */
    public static final String CONTEXT_TYPE = "nngt.dsl.ui.templates";

    private static final String GROUP_VARIABLE = "group";

    private static final TemplateContextType TYPE = createContextType();

    /** Every template, in the order content assist lists them; each is named by its first keyword. */
    public static final List<Template> TEMPLATES = List.of(
            new Template("group", "a group of neurons with its NEST model and parameters", CONTEXT_TYPE,
                    "group ${name}: 100 excitatory iaf_psc_alpha { C_m = 250 pF, tau_m = 10 ms }${cursor}", true),
            new Template("connect", "random connections from one group to another", CONTEXT_TYPE,
                    "connect ${source:" + GROUP_VARIABLE + "} -> ${target:" + GROUP_VARIABLE
                            + "}: erdos_renyi(density = 0.1) weight 10 pA delay 1.5 ms${cursor}", true),
            new Template("stimulate", "Poisson input to a group", CONTEXT_TYPE,
                    "stimulate poisson(rate = 8000 Hz, weight = 10 pA) -> ${target:" + GROUP_VARIABLE + "}${cursor}",
                    true),
            new Template("network", "a whole network: a group, connections, input, a recorder and a run", CONTEXT_TYPE,
                    ModelTemplate.forNetwork("${name}").stripTrailing() + "${cursor}", true));

    private NngtTemplates() {
    }

    private static TemplateContextType createContextType() {
        TemplateContextType type = new TemplateContextType(CONTEXT_TYPE, "NNGT model");
        type.addResolver(new GlobalTemplateVariables.Cursor());
        type.addResolver(new GroupResolver());
        return type;
    }

    /**
     * @return the context type of the templates, with the group-name variable
     */
    public static TemplateContextType contextType() {
        return TYPE;
    }

    /**
     * The template proposals at an offset: those whose first keyword the grammar accepts there and
     * whose name starts with the word typed before the offset.
     *
     * @param document the edited document
     * @param offset the caret offset
     * @param acceptedKeywords the keywords that content assist proposes at the offset
     * @return the proposals, in template order
     */
    public static List<TemplateProposal> proposals(IDocument document, int offset, Set<String> acceptedKeywords) {
        String text = document.get();
        int start = offset;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        String prefix = text.substring(start, offset);
        Region region = new Region(start, offset - start);
        TemplateContext context = new DocumentTemplateContext(TYPE, document, start, offset - start);
        List<TemplateProposal> proposals = new ArrayList<>();
        for (Template template : TEMPLATES) {
            if (acceptedKeywords.contains(template.getName()) && template.getName().startsWith(prefix)) {
                proposals.add(new TemplateProposal(template, context, region, null));
            }
        }
        return proposals;
    }

    /* The groups and metagroups of the edited model; "all" when it has none, which selects every neuron. */
    private static final class GroupResolver extends TemplateVariableResolver {
        GroupResolver() {
            super(GROUP_VARIABLE, "a group or metagroup of the model");
        }

        @Override
        protected String[] resolveAll(TemplateContext context) {
            List<String> names = new ArrayList<>();
            if (context instanceof DocumentTemplateContext documentContext) {
                NngtDocuments.Parsed parsed = NngtDocuments.parse(documentContext.getDocument().get());
                if (!parsed.resource().getContents().isEmpty()
                        && parsed.resource().getContents().get(0) instanceof Network network) {
                    network.eAllContents().forEachRemaining(element -> {
                        if (element instanceof Group group && group.getName() != null) {
                            names.add(group.getName());
                        }
                    });
                }
            }
            if (names.isEmpty()) {
                names.add("all");
            }
            return names.toArray(String[]::new);
        }
    }
}
