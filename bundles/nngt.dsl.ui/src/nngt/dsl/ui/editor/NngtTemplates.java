package nngt.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * Templates of .nngt statements, offered by content assist: a group, a connection and a stimulus
 * inside a network, and a whole network at the top of a file. Group names in templates are variables
 * whose choices are the groups of the edited model (linked editing, as in Xtext's cross-reference
 * template variables).
 */
public final class NngtTemplates {

    /** Context of the statements of a network's body. */
    public static final String NETWORK_BODY = "nngt.dsl.ui.templates.networkBody";
    /** Context of the top level of a file, outside any network. */
    public static final String FILE = "nngt.dsl.ui.templates.file";

    private static final String GROUP_VARIABLE = "group";

    private static final TemplateContextType BODY_TYPE = contextType(NETWORK_BODY, "NNGT network body");
    private static final TemplateContextType FILE_TYPE = contextType(FILE, "NNGT file");

    /** Every template, in the order content assist lists them. */
    public static final List<Template> TEMPLATES = List.of(
            new Template("group", "a group of neurons with its NEST model and parameters", NETWORK_BODY,
                    "group ${name}: 100 excitatory iaf_psc_alpha { C_m = 250 pF, tau_m = 10 ms }${cursor}", true),
            new Template("connect", "random connections from one group to another", NETWORK_BODY,
                    "connect ${source:" + GROUP_VARIABLE + "} -> ${target:" + GROUP_VARIABLE
                            + "}: erdos_renyi(density = 0.1) weight 10 pA delay 1.5 ms${cursor}", true),
            new Template("stimulate", "Poisson input to a group", NETWORK_BODY,
                    "stimulate poisson(rate = 8000 Hz, weight = 10 pA) -> ${target:" + GROUP_VARIABLE + "}${cursor}",
                    true),
            new Template("network", "a whole network: a group, connections, input, a recorder and a run", FILE,
                    ModelTemplate.forNetwork("${name}").stripTrailing() + "${cursor}", true));

    private NngtTemplates() {
    }

    private static TemplateContextType contextType(String id, String name) {
        TemplateContextType type = new TemplateContextType(id, name);
        type.addResolver(new GlobalTemplateVariables.Cursor());
        type.addResolver(new GroupResolver());
        return type;
    }

    /**
     * @param id {@link #NETWORK_BODY} or {@link #FILE}
     * @return that context type
     */
    public static TemplateContextType contextType(String id) {
        return NETWORK_BODY.equals(id) ? BODY_TYPE : FILE_TYPE;
    }

    /**
     * The template proposals at an offset: those of the context there (network body or file level)
     * whose name starts with the word typed before the offset.
     *
     * @param document the edited document
     * @param offset the caret offset
     * @return the proposals, in template order
     */
    public static List<TemplateProposal> proposals(IDocument document, int offset) {
        String text = document.get();
        int start = offset;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        String prefix = text.substring(start, offset).toLowerCase(Locale.ROOT);
        String context = contextAt(text, start);
        List<TemplateProposal> proposals = new ArrayList<>();
        if (context == null) {
            return proposals;
        }
        Region region = new Region(start, offset - start);
        TemplateContext templateContext = new DocumentTemplateContext(contextType(context), document, start,
                offset - start);
        for (Template template : TEMPLATES) {
            if (template.getContextTypeId().equals(context) && template.getName().startsWith(prefix)) {
                proposals.add(new TemplateProposal(template, templateContext, region, null));
            }
        }
        return proposals;
    }

    /**
     * @param text a document's text
     * @param offset an offset in it
     * @return the template context there: {@link #FILE} outside braces, {@link #NETWORK_BODY} directly
     *         inside a network's braces, null elsewhere (in a parameter block, a comment or a string)
     */
    static String contextAt(String text, int offset) {
        int depth = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                if (end < 0 || end >= offset) {
                    return null;
                }
                i = end;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0 || end + 2 > offset) {
                    return null;
                }
                i = end + 1;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0 || end >= offset) {
                    return null;
                }
                i = end;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return switch (depth) {
            case 0 -> FILE;
            case 1 -> NETWORK_BODY;
            default -> null;
        };
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
