package nngt.dsl.ui.editor;

import java.util.List;

/**
 * What one reconcile of a .nngt document found, computed off the UI thread and immutable.
 *
 * @param modificationStamp the document's modification stamp when its text was read
 * @param outline the outline tree
 * @param highlights the semantic highlights, in document order
 * @param issueCount how many annotations the reconcile put on the document
 * @param folds the folding regions, whole lines, in document order
 */
public record ReconcileResult(long modificationStamp, List<OutlineNode> outline, List<Highlight> highlights,
        int issueCount, List<Fold> folds) {

    /**
     * A region that folds: from the start of its first line to the end of its last line (line
     * delimiter included), as the editor's projection wants.
     *
     * @param offset start of the first line
     * @param length up to and including the last line's delimiter
     * @param comment whether it is a comment block (rather than a network, group or block)
     */
    public record Fold(int offset, int length, boolean comment) {
    }

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
