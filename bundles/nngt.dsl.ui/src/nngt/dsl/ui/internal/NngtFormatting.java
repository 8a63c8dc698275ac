package nngt.dsl.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;

import nngt.dsl.ui.NngtUi;

/**
 * Formats .nngt text with the language's Xtext formatter (nngt.dsl.formatting2).
 */
public final class NngtFormatting {

    private NngtFormatting() {
    }

    /**
     * Computes the edits that format a text. Text with syntax errors is left alone, because the
     * formatter would move tokens of a tree that does not match what the user meant.
     *
     * @param text the text
     * @return the edits, in increasing offset order; empty when the text is formatted or unparsable
     */
    public static List<TextFix> edits(String text) {
        NngtDocuments.Parsed parsed = NngtDocuments.parse(text);
        if (parsed.resource().getParseResult() == null || parsed.resource().getParseResult().hasSyntaxErrors()) {
            return List.of();
        }
        FormatterRequest request = NngtUi.injector().getInstance(FormatterRequest.class);
        request.setTextRegionAccess(new TextRegionAccessBuilder().forNodeModel(parsed.resource()).create());
        // The formatter's own defaults: the language has no preference pages to override them.
        request.setPreferences(TypedPreferenceValues.castOrWrap(new MapBasedPreferenceValues(Map.of())));
        request.setAllowIdentityEdits(false);
        request.setFormatUndefinedHiddenRegionsOnly(false);
        IFormatter2 formatter = NngtUi.injector().getInstance(IFormatter2.class);
        List<TextFix> edits = new ArrayList<>();
        for (ITextReplacement replacement : formatter.format(request)) {
            edits.add(new TextFix("Format", replacement.getOffset(), replacement.getLength(),
                    replacement.getReplacementText()));
        }
        edits.sort(Comparator.comparingInt(TextFix::offset));
        return edits;
    }

    /**
     * Formats a document in place, inside one rewrite session.
     *
     * @param document the document
     * @return the number of edits applied
     * @throws BadLocationException never for edits computed on the document's own text
     */
    public static int format(IDocument document) throws BadLocationException {
        List<TextFix> edits = edits(document.get());
        if (edits.isEmpty()) {
            return 0;
        }
        DocumentRewriteSession session = document instanceof IDocumentExtension4 extension
                ? extension.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED_SMALL) : null;
        try {
            // From the end backwards, so that earlier offsets stay valid.
            for (int i = edits.size() - 1; i >= 0; i--) {
                edits.get(i).apply(document);
            }
        } finally {
            if (session != null) {
                ((IDocumentExtension4) document).stopRewriteSession(session);
            }
        }
        return edits.size();
    }
}
