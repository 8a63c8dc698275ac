package nngt.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.xtext.util.ITextRegion;

import nngt.dsl.ide.references.GroupOccurrences;
import nngt.dsl.ui.internal.NngtDocuments;
import nngt.dsl.ui.refactoring.RenameGroupRefactoring;
import nngt.dsl.ui.refactoring.RenameGroupWizard;

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
 * content assist (automatic, with templates), styled hovers, hyperlinks to group declarations, mark
 * occurrences, folding, find references, rename refactoring, quick fixes, formatting and line comments.
 */
public class NngtEditor extends TextEditor {

    /** Id of the format action (bound to the format command, Ctrl+Shift+F). */
    public static final String FORMAT_ACTION = "nngt.dsl.ui.format";
    /** Id of the toggle-comment action (bound to Ctrl+/). */
    public static final String TOGGLE_COMMENT_ACTION = "nngt.dsl.ui.toggleComment";
    /** Id of the rename action (bound to Alt+Shift+R). */
    public static final String RENAME_ACTION = "nngt.dsl.ui.rename";
    /** Id of the find-references action (bound to Ctrl+Shift+G). */
    public static final String FIND_REFERENCES_ACTION = "nngt.dsl.ui.findReferences";

    private NngtOutlinePage outlinePage;
    private NngtSemanticHighlighter highlighter;
    private NngtOccurrences occurrences;
    private ProjectionSupport projectionSupport;
    private Map<ReconcileResult.Fold, ProjectionAnnotation> folds = Map.of();
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
        if (viewer instanceof ProjectionViewer projection) {
            projectionSupport = new ProjectionSupport(projection, getAnnotationAccess(), getSharedColors());
            projectionSupport.install();
            projection.doOperation(ProjectionViewer.TOGGLE);
        }
        occurrences = new NngtOccurrences(viewer, this::annotationModel);
        getSelectionProvider().addSelectionChangedListener(occurrences);
    }

    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
        // A projection viewer, so that groups, blocks and comment blocks can fold.
        ISourceViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
                styles);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    @Override
    public void dispose() {
        if (occurrences != null && getSelectionProvider() != null) {
            getSelectionProvider().removeSelectionChangedListener(occurrences);
        }
        if (projectionSupport != null) {
            projectionSupport.dispose();
        }
        super.dispose();
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
        IAction rename = new Action("Rename...") {
            @Override
            public void run() {
                rename();
            }
        };
        rename.setActionDefinitionId(NngtUi.RENAME_COMMAND_ID);
        setAction(RENAME_ACTION, rename);
        IAction references = new Action("Find References") {
            @Override
            public void run() {
                findReferences();
            }
        };
        references.setActionDefinitionId(NngtUi.FIND_REFERENCES_COMMAND_ID);
        setAction(FIND_REFERENCES_ACTION, references);
    }

    /**
     * @return a rename of the group or metagroup under the caret, for the file of this editor
     */
    public RenameGroupRefactoring createRenameRefactoring() {
        IFile file = getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
        return new RenameGroupRefactoring(getDocumentProvider().getDocument(getEditorInput()), file, caret());
    }

    /**
     * Opens the rename dialog for the group or metagroup under the caret (new name, then preview), or
     * says why nothing can be renamed there.
     */
    public void rename() {
        RenameGroupRefactoring refactoring = createRenameRefactoring();
        Shell shell = getSite().getShell();
        RefactoringStatus status = refactoring.checkInitialConditions(new NullProgressMonitor());
        if (!status.isOK()) {
            MessageDialog.openInformation(shell, "Rename", status.getMessageMatchingSeverity(RefactoringStatus.FATAL));
            return;
        }
        try {
            new RefactoringWizardOpenOperation(new RenameGroupWizard(refactoring)).run(shell, "Rename");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Lists the references to the group or metagroup under the caret in the References view.
     *
     * @return the references found (empty, with a status line message, when the caret is on no group)
     */
    public List<NngtReferencesView.Reference> findReferences() {
        IDocument document = getDocumentProvider().getDocument(getEditorInput());
        NngtDocuments.Parsed parsed = NngtDocuments.parse(document.get());
        GroupOccurrences.Occurrences found = NngtUi.injector().getInstance(GroupOccurrences.class)
                .at(parsed.resource(), caret()).orElse(null);
        if (found == null) {
            getEditorSite().getActionBars().getStatusLineManager()
                    .setErrorMessage("Find References: the cursor is on no group or metagroup name.");
            return List.of();
        }
        List<NngtReferencesView.Reference> references = new ArrayList<>();
        try {
            for (ITextRegion region : found.references()) {
                int line = document.getLineOfOffset(region.getOffset());
                IRegion lineRegion = document.getLineInformation(line);
                references.add(new NngtReferencesView.Reference(line + 1, region.getOffset(), region.getLength(),
                        document.get(lineRegion.getOffset(), lineRegion.getLength()).strip()));
            }
            NngtReferencesView view = (NngtReferencesView) getSite().getPage().showView(NngtReferencesView.ID);
            view.show(getEditorInput(), "'" + found.group().getName() + "': " + references.size()
                    + (references.size() == 1 ? " reference" : " references") + " in " + getEditorInput().getName(),
                    references);
        } catch (BadLocationException e) {
            throw new IllegalStateException("References lie inside the text they were found in", e);
        } catch (PartInitException e) {
            getEditorSite().getActionBars().getStatusLineManager()
                    .setErrorMessage("Find References: cannot open the References view: " + e.getMessage());
        }
        return references;
    }

    /**
     * @return the folding regions shown now, in document order
     */
    public List<Position> getFoldingRegions() {
        List<Position> positions = new ArrayList<>();
        ProjectionAnnotationModel model = projectionModel();
        if (model != null) {
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                positions.add(model.getPosition(it.next()));
            }
        }
        positions.sort(Comparator.comparingInt(Position::getOffset));
        return positions;
    }

    private ProjectionAnnotationModel projectionModel() {
        return getSourceViewer() instanceof ProjectionViewer projection ? projection.getProjectionAnnotationModel()
                : null;
    }

    /* Keeps the annotations of unchanged folds, so that what the user collapsed stays collapsed. */
    private void updateFolds(List<ReconcileResult.Fold> wanted) {
        ProjectionAnnotationModel model = projectionModel();
        if (model == null) {
            return;
        }
        Map<ReconcileResult.Fold, ProjectionAnnotation> kept = new HashMap<>();
        List<Annotation> removed = new ArrayList<>();
        folds.forEach((fold, annotation) -> {
            if (wanted.contains(fold)) {
                kept.put(fold, annotation);
            } else {
                removed.add(annotation);
            }
        });
        Map<Annotation, Position> added = new HashMap<>();
        for (ReconcileResult.Fold fold : wanted) {
            if (!kept.containsKey(fold)) {
                ProjectionAnnotation annotation = new ProjectionAnnotation();
                kept.put(fold, annotation);
                added.put(annotation, new Position(fold.offset(), fold.length()));
            }
        }
        model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
        folds = kept;
    }

    private int caret() {
        return ((ITextSelection) getSelectionProvider().getSelection()).getOffset();
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
        addAction(menu, org.eclipse.ui.texteditor.ITextEditorActionConstants.GROUP_EDIT, RENAME_ACTION);
        addAction(menu, org.eclipse.ui.texteditor.ITextEditorActionConstants.GROUP_EDIT, FIND_REFERENCES_ACTION);
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
            IDocument document = getDocumentProvider() == null ? null
                    : getDocumentProvider().getDocument(getEditorInput());
            // Folds of an older text would land on the wrong lines; the next reconcile brings new ones.
            if (document instanceof IDocumentExtension4 current
                    && current.getModificationStamp() == result.modificationStamp()) {
                updateFolds(result.folds());
            }
            if (highlighter != null) {
                highlighter.update(result);
            }
            if (outlinePage != null) {
                outlinePage.update(result.outline());
            }
        });
    }
}
