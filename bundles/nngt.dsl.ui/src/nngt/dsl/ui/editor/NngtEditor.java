package nngt.dsl.ui.editor;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.internal.NngtFormatting;

/**
 * The editor of .nngt model files: syntax and semantic colouring, validation as you type, outline,
 * content assist, hover, hyperlinks to group declarations, quick fixes, formatting and line comments.
 */
public class NngtEditor extends TextEditor {

    /** Id of the format action (bound to the format command, Ctrl+Shift+F). */
    public static final String FORMAT_ACTION = "nngt.dsl.ui.format";
    /** Id of the toggle-comment action (bound to Ctrl+/). */
    public static final String TOGGLE_COMMENT_ACTION = "nngt.dsl.ui.toggleComment";

    private NngtOutlinePage outlinePage;
    private NngtSemanticHighlighter highlighter;
    private volatile ReconcileResult lastResult;
    private volatile Display display;

    /** Creates the editor with the .nngt viewer configuration. */
    public NngtEditor() {
        setSourceViewerConfiguration(new NngtSourceViewerConfiguration(getPreferenceStore(), this::annotationModel,
                this::reconciled));
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] { NngtUi.EDITOR_CONTEXT_ID });
    }

    @Override
    public void createPartControl(Composite parent) {
        // Set first: the reconciler starts inside super.createPartControl and reports through it.
        display = parent.getDisplay();
        super.createPartControl(parent);
        ISourceViewer viewer = getSourceViewer();
        highlighter = new NngtSemanticHighlighter(viewer);
        if (viewer instanceof ITextViewerExtension4 extension) {
            extension.addTextPresentationListener(highlighter);
        }
    }

    @Override
    protected void createActions() {
        super.createActions();
        IAction format = new Action("Format") {
            @Override
            public void run() {
                format();
            }
        };
        format.setActionDefinitionId(NngtUi.FORMAT_COMMAND_ID);
        setAction(FORMAT_ACTION, format);
        IAction toggle = new Action("Toggle Comment") {
            @Override
            public void run() {
                toggleComment();
            }
        };
        toggle.setActionDefinitionId(NngtUi.TOGGLE_COMMENT_COMMAND_ID);
        setAction(TOGGLE_COMMENT_ACTION, toggle);
    }

    /**
     * Formats the whole file with the language's formatter; does nothing while it has syntax errors.
     *
     * @return the number of edits applied
     */
    public int format() {
        IDocument document = getDocumentProvider().getDocument(getEditorInput());
        try {
            return NngtFormatting.format(document);
        } catch (BadLocationException e) {
            throw new IllegalStateException("Formatter edits lie inside the text they were computed from", e);
        }
    }

    /**
     * Comments the selected lines with "// " or, when all of them are comments already, uncomments them.
     */
    public void toggleComment() {
        IDocument document = getDocumentProvider().getDocument(getEditorInput());
        ITextSelection selection = (ITextSelection) getSelectionProvider().getSelection();
        try {
            int first = selection.getStartLine();
            int last = Math.max(first, selection.getEndLine());
            boolean allCommented = true;
            for (int line = first; line <= last; line++) {
                if (!lineText(document, line).stripLeading().startsWith("//")) {
                    allCommented = false;
                }
            }
            // Bottom-up, so that the offsets of the lines above stay valid.
            for (int line = last; line >= first; line--) {
                IRegion region = document.getLineInformation(line);
                String text = lineText(document, line);
                if (allCommented) {
                    int at = text.indexOf("//");
                    int length = text.startsWith("// ", at) ? 3 : 2;
                    document.replace(region.getOffset() + at, length, "");
                } else {
                    document.replace(region.getOffset(), 0, "// ");
                }
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("Selected lines lie inside the document", e);
        }
    }

    private static String lineText(IDocument document, int line) throws BadLocationException {
        IRegion region = document.getLineInformation(line);
        return document.get(region.getOffset(), region.getLength());
    }

    @Override
    protected void editorContextMenuAboutToShow(org.eclipse.jface.action.IMenuManager menu) {
        super.editorContextMenuAboutToShow(menu);
        addAction(menu, org.eclipse.ui.texteditor.ITextEditorActionConstants.GROUP_EDIT, FORMAT_ACTION);
        addAction(menu, org.eclipse.ui.texteditor.ITextEditorActionConstants.GROUP_EDIT, TOGGLE_COMMENT_ACTION);
    }

    @Override
    public <T> T getAdapter(Class<T> required) {
        if (IContentOutlinePage.class.equals(required)) {
            // A page whose view was closed is disposed; reopening the Outline view needs a new one.
            if (outlinePage == null || (outlinePage.getControl() != null && outlinePage.getControl().isDisposed())) {
                ReconcileResult result = lastResult;
                outlinePage = new NngtOutlinePage(this, result == null ? List.of() : result.outline());
            }
            return required.cast(outlinePage);
        }
        return super.getAdapter(required);
    }

    /**
     * @return the result of the last reconcile, null before the first one ends
     */
    public ReconcileResult getLastReconcileResult() {
        return lastResult;
    }

    /**
     * @return the editor's viewer (for tests and handlers)
     */
    public ISourceViewer getViewer() {
        return getSourceViewer();
    }

    private IAnnotationModel annotationModel() {
        return getDocumentProvider() == null || getEditorInput() == null ? null
                : getDocumentProvider().getAnnotationModel(getEditorInput());
    }

    /* Called on the reconciler thread; the views are updated on the UI thread. */
    private void reconciled(ReconcileResult result) {
        Display display = this.display;
        if (display == null || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (getSourceViewer() == null || getSourceViewer().getTextWidget() == null
                    || getSourceViewer().getTextWidget().isDisposed()) {
                return;
            }
            lastResult = result;
            if (highlighter != null) {
                highlighter.update(result);
            }
            if (outlinePage != null) {
                outlinePage.update(result.outline());
            }
        });
    }
}
