package nngt.dsl.ui.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.templates.ContextTypeRegistry;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContext;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.eclipse.jface.text.templates.TemplateVariableResolver;
import org.eclipse.jface.text.templates.persistence.TemplatePersistenceData;
import org.eclipse.jface.text.templates.persistence.TemplateStore;

import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.internal.NngtDocuments;
import nngt.dsl.ui.internal.NngtGrammar;
import nngt.dsl.ui.wizards.ModelTemplate;
import nngt.model.Group;
import nngt.model.Network;

/**
 * Templates of .nngt statements, offered by content assist. Four are built in (a group, a connection,
 * a stimulus and a whole network); users edit them and add their own on the preference page NNGT >
 * Templates, which keeps them in the {@link #store() template store}. A template is offered where the
 * grammar accepts the keyword its text begins with, which the language's content assist reports, so a
 * group template appears among the groups and a connection template after them; a template that
 * begins otherwise (a value, a variable) is offered wherever content assist is. Group names in
 * templates are variables of type {@code group} whose choices are the groups of the edited model
 * (linked editing, as in Xtext's cross-reference template variables).
 */
public final class NngtTemplates {

    /** The context type of every .nngt template. */
    public static final String CONTEXT_TYPE = "nngt.dsl.ui.templates";

    /** The preference that holds the user's templates and changes to the built-in ones, as XML. */
    public static final String TEMPLATES_PREFERENCE = "nngt.dsl.ui.templates";

    private static final String GROUP_VARIABLE = "group";

    private static final TemplateContextType TYPE = createContextType();

    /** The built-in templates, in the order content assist lists them; each is named by its first keyword. */
    public static final List<Template> BUILT_IN = List.of(
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

    /* The first word of a template's text after its leading comments: the keyword the grammar must accept. */
    private static final Pattern FIRST_WORD = Pattern.compile(
            "(?:\\s|//[^\\n]*(?:\\n|$)|/\\*.*?\\*/)*([A-Za-z_][A-Za-z0-9_]*)", Pattern.DOTALL);

    private NngtTemplates() {
    }

    /**
     * The templates that content assist offers: the built-in ones as the user left them (edited,
     * disabled or removed) and the user's own, read from and saved to the instance preferences of
     * this bundle.
     *
     * @return the shared store, loaded
     */
    public static TemplateStore store() {
        return StoreHolder.STORE;
    }

    /**
     * @return the registry of the templates' context type, for the preference page
     */
    public static ContextTypeRegistry registry() {
        return StoreHolder.REGISTRY;
    }

    /**
     * Creates a template store over a preference store; {@link #store()} is the one the editor uses.
     *
     * @param preferences where the user's changes are kept
     * @return the store, loaded: the built-in templates, then the user's changes
     * @throws UncheckedIOException when the saved templates cannot be read
     */
    public static TemplateStore createStore(IPreferenceStore preferences) {
        TemplateStore store = new BuiltInTemplateStore(preferences);
        try {
            store.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The saved NNGT templates cannot be read (preference "
                    + TEMPLATES_PREFERENCE + "): " + e.getMessage(), e);
        }
        return store;
    }

    /* Created on first use: the preference store needs the running platform. */
    private static final class StoreHolder {
        static final ContextTypeRegistry REGISTRY = new ContextTypeRegistry();
        static final TemplateStore STORE;

        static {
            REGISTRY.addContextType(TYPE);
            STORE = sharedStore();
        }

        /* Unreadable saved templates must not cost the editor its content assist: report, offer the built-in ones. */
        private static TemplateStore sharedStore() {
            try {
                return createStore(NngtUi.preferences());
            } catch (UncheckedIOException e) {
                Platform.getLog(NngtTemplates.class).error(e.getMessage()
                        + " Content assist offers the built-in templates; Preferences > NNGT > Templates >"
                        + " Restore Defaults replaces the saved ones.", e);
                return createStore(new PreferenceStore());
            }
        }
    }

    /* Contributes the built-in templates, with ids, so that the preference page can restore them. */
    private static final class BuiltInTemplateStore extends TemplateStore {
        BuiltInTemplateStore(IPreferenceStore preferences) {
            super(preferences, TEMPLATES_PREFERENCE);
        }

        @Override
        protected void loadContributedTemplates() {
            for (Template template : BUILT_IN) {
                internalAdd(new TemplatePersistenceData(template, true, CONTEXT_TYPE + "." + template.getName()));
            }
        }
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
     * The template proposals at an offset: the enabled templates of the {@link #store() store} whose
     * first keyword the grammar accepts there (or that begin with no keyword) and whose name starts
     * with the word typed before the offset.
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
        for (Template template : store().getTemplates(CONTEXT_TYPE)) {
            if (template.getName().startsWith(prefix) && acceptedHere(template, acceptedKeywords)) {
                proposals.add(new TemplateProposal(template, context, region, null));
            }
        }
        return proposals;
    }

    private static boolean acceptedHere(Template template, Set<String> acceptedKeywords) {
        Matcher first = FIRST_WORD.matcher(template.getPattern());
        if (!first.lookingAt() || !NngtGrammar.keywords().contains(first.group(1))) {
            return true;
        }
        return acceptedKeywords.contains(first.group(1));
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
