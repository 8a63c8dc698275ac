package nngt.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessorExtension;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.util.TextRegion;

import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.internal.NngtDocuments;

/**
 * Content assist from the language's IDE services: keywords, NEST model names, parameters, recordables
 * and groups, as nngt.dsl.ide's proposal provider computes them (the language server's completion
 * too), followed by the {@link NngtTemplates templates} of the place. It opens by itself on typing a
 * name and after '=' or ':' (see {@link #isCompletionProposalAutoActivation}), and on Ctrl+Space.
 */
public final class NngtContentAssistProcessor implements IContentAssistProcessorExtension {

    /* After '=' come values and distributions; after ':' a group's size and model, a synapse model or a rule. */
    private static final char[] AUTO_ACTIVATION_CHARACTERS = { '=', ':' };

    /* The context factory parses follow elements in parallel; daemon threads never block shutdown. */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "nngt content assist");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Computes the language's proposals for a text at an offset; the editor and tests share it.
     *
     * @param text the document's text
     * @param offset the caret offset
     * @return the proposals, best first
     * @throws IllegalArgumentException when the offset is outside the text; the message gives both
     */
    public static List<ICompletionProposal> proposals(String text, int offset) {
        return entries(text, offset).stream().map(entry -> toProposal(entry, offset)).toList();
    }

    private static List<ContentAssistEntry> entries(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text of length " + text.length()
                    + "; it must be 0 to " + text.length() + ".");
        }
        NngtDocuments.Parsed parsed = NngtDocuments.parse(text);
        ContentAssistContextFactory factory = NngtUi.injector().getInstance(ContentAssistContextFactory.class);
        factory.setPool(POOL);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, parsed.resource());
        IdeContentProposalAcceptor acceptor = NngtUi.injector().getInstance(IdeContentProposalAcceptor.class);
        NngtUi.injector().getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
        List<ContentAssistEntry> entries = new ArrayList<>();
        acceptor.getEntries().forEach(entries::add);
        return entries;
    }

    private static ICompletionProposal toProposal(ContentAssistEntry entry, int offset) {
        String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
        int start = Math.max(0, offset - prefix.length());
        String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
        String display = entry.getDescription() == null ? label : label + " - " + entry.getDescription();
        return new CompletionProposal(entry.getProposal(), start, offset - start, entry.getProposal().length(), null,
                display, null, entry.getDocumentation());
    }

    /**
     * The language's proposals, then the templates whose first keyword the grammar accepts at the
     * offset (so a group template is offered among the groups, a connection template after them).
     */
    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        List<ContentAssistEntry> entries = entries(viewer.getDocument().get(), offset);
        List<ICompletionProposal> proposals = new ArrayList<>();
        Set<String> keywords = new HashSet<>();
        for (ContentAssistEntry entry : entries) {
            proposals.add(toProposal(entry, offset));
            if (ContentAssistEntry.KIND_KEYWORD.equals(entry.getKind())) {
                keywords.add(entry.getProposal());
            }
        }
        proposals.addAll(NngtTemplates.proposals(viewer.getDocument(), offset, keywords));
        return proposals.toArray(ICompletionProposal[]::new);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return AUTO_ACTIVATION_CHARACTERS.clone();
    }

    /**
     * Whether a typed character opens the proposals by itself: '=' and ':', and a letter that begins a
     * name or continues one ('_' and digits too, once a name has begun), so that "V_t" typed quickly
     * still opens them. Digits that begin a number do not. JFace's own switch for this,
     * {@code ContentAssistant.enableAutoActivateCompletionOnType}, is ignored by the synchronous
     * assistant that the editor uses, so the processor decides.
     *
     * @param c the character typed, not yet in the document
     * @param viewer the editor's viewer
     * @param offset where the character goes
     * @return true when the popup is to open once typing pauses
     */
    @Override
    public boolean isCompletionProposalAutoActivation(char c, ITextViewer viewer, int offset) {
        if (c == '=' || c == ':' || Character.isLetter(c)) {
            return true;
        }
        return (c == '_' || Character.isDigit(c)) && continuesName(viewer.getDocument(), offset);
    }

    /* True when the characters before the offset are a name's: a letter, then letters, digits or '_'. */
    private static boolean continuesName(IDocument document, int offset) {
        try {
            int start = offset;
            while (start > 0 && Character.isJavaIdentifierPart(document.getChar(start - 1))) {
                start--;
            }
            return start < offset && Character.isLetter(document.getChar(start));
        } catch (BadLocationException e) {
            return false;
        }
    }

    @Override
    public boolean isContextInformationAutoActivation(char c, ITextViewer viewer, int offset) {
        return false;
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
