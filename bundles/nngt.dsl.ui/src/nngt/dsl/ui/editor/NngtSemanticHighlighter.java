package nngt.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;

/**
 * Lays the semantic highlights of the last reconcile over the lexical colouring, each time the
 * viewer builds a text presentation. Highlights computed for an older text are skipped until the
 * next reconcile replaces them, so a style never lands on the wrong characters.
 */
final class NngtSemanticHighlighter implements ITextPresentationListener {

    private final ISourceViewer viewer;
    private volatile ReconcileResult result;

    /**
     * @param viewer the editor's viewer, whose presentations this listener extends
     */
    NngtSemanticHighlighter(ISourceViewer viewer) {
        this.viewer = viewer;
    }

    /**
     * Takes new highlights and redraws; call on the UI thread.
     *
     * @param newResult the latest reconcile
     */
    void update(ReconcileResult newResult) {
        this.result = newResult;
        if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
            viewer.invalidateTextPresentation();
        }
    }

    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        ReconcileResult latest = result;
        IDocument document = viewer.getDocument();
        if (latest == null || document == null || (document instanceof IDocumentExtension4 extension
                && extension.getModificationStamp() != latest.modificationStamp())) {
            return;
        }
        IRegion extent = presentation.getExtent();
        int start = extent.getOffset();
        int end = start + extent.getLength();
        for (ReconcileResult.Highlight highlight : latest.highlights()) {
            if (highlight.offset() + highlight.length() <= start || highlight.offset() >= end) {
                continue;
            }
            TextAttribute attribute = NngtStyles.SEMANTIC.get(highlight.style());
            if (attribute != null) {
                // Clipped to the extent: the presentation covers only the repaired region.
                int from = Math.max(start, highlight.offset());
                int to = Math.min(end, highlight.offset() + highlight.length());
                StyleRange range = new StyleRange(from, to - from, attribute.getForeground(), null,
                        attribute.getStyle());
                presentation.mergeStyleRange(range);
            }
        }
    }
}
