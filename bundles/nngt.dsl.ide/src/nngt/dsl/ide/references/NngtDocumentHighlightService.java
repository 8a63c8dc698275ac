package nngt.dsl.ide.references;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;

/**
 * Occurrences of the group or metagroup under the cursor (LSP document highlights): its declaration
 * as a write, each reference as a read. The editor's mark occurrences shows the same regions.
 */
public class NngtDocumentHighlightService implements IDocumentHighlightService {

    @Inject
    private GroupOccurrences groupOccurrences;

    @Override
    public List<? extends DocumentHighlight> getDocumentHighlights(Document document, XtextResource resource,
            DocumentHighlightParams params, CancelIndicator cancelIndicator) {
        int offset = offset(document, params.getPosition());
        List<DocumentHighlight> highlights = new ArrayList<>();
        groupOccurrences.at(resource, offset).ifPresent(found -> {
            highlights.add(new DocumentHighlight(range(document, found.declaration()), DocumentHighlightKind.Write));
            for (ITextRegion reference : found.references()) {
                highlights.add(new DocumentHighlight(range(document, reference), DocumentHighlightKind.Read));
            }
        });
        return highlights;
    }

    /**
     * @param document a document
     * @param position a position sent by the client
     * @return its offset, or -1 when it lies outside the text (no group is named there)
     */
    static int offset(Document document, Position position) {
        try {
            return document.getOffSet(position);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /**
     * @param document a document
     * @param region a region of its text
     * @return the region as an LSP range
     */
    static Range range(Document document, ITextRegion region) {
        return new Range(document.getPosition(region.getOffset()),
                document.getPosition(region.getOffset() + region.getLength()));
    }
}
