package nngt.dsl.ui.internal;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * One replacement in a document: a quick fix or a formatting edit.
 *
 * @param label what the fix does, for a menu
 * @param offset start of the replaced region
 * @param length length of the replaced region
 * @param replacement the new text
 */
public record TextFix(String label, int offset, int length, String replacement) {

    /**
     * Replaces the region in a document.
     *
     * @param document the document the fix was computed for
     * @throws BadLocationException when the document has become shorter than the region
     */
    public void apply(IDocument document) throws BadLocationException {
        document.replace(offset, length, replacement);
    }
}
