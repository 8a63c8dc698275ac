package nngt.dsl.ui.editor;

import java.util.List;

/**
 * What one reconcile of a .nngt document found, computed off the UI thread and immutable.
 *
 * @param modificationStamp the document's modification stamp when its text was read
 * @param outline the outline tree
 * @param highlights the semantic highlights, in document order
 * @param issueCount how many annotations the reconcile put on the document
 */
public record ReconcileResult(long modificationStamp, List<OutlineNode> outline, List<Highlight> highlights,
        int issueCount) {

    /**
     * A semantically highlighted region.
     *
     * @param offset start
     * @param length length
     * @param style a style id of nngt.dsl.ide.highlighting.NngtSemanticHighlighting
     */
    public record Highlight(int offset, int length, String style) {
    }
}
