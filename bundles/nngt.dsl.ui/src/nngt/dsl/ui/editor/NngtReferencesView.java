package nngt.dsl.ui.editor;

import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import nngt.dsl.ui.NngtUi;

/**
 * Find References' results: each reference to a group or metagroup with its line number and the
 * line's text; a double-click (or Enter) opens the model and selects the reference.
 */
public final class NngtReferencesView extends ViewPart {

    /** The view's id. */
    public static final String ID = "nngt.dsl.ui.referencesView";

    /**
     * One reference.
     *
     * @param line its 1-based line number
     * @param offset its offset
     * @param length its length
     * @param lineText the text of its line, trimmed
     */
    public record Reference(int line, int offset, int length, String lineText) {
    }

    private TableViewer viewer;
    private IEditorInput input;
    private List<Reference> references = List.of();

    @Override
    public void createPartControl(Composite parent) {
        Composite container = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        container.setLayout(layout);
        viewer = new TableViewer(container, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TableViewerColumn line = new TableViewerColumn(viewer, SWT.RIGHT);
        line.getColumn().setText("Line");
        line.setLabelProvider(ColumnLabelProvider.createTextProvider(r -> Integer.toString(((Reference) r).line())));
        layout.setColumnData(line.getColumn(), new ColumnWeightData(1, 50));
        TableViewerColumn text = new TableViewerColumn(viewer, SWT.LEFT);
        text.getColumn().setText("Reference");
        text.setLabelProvider(ColumnLabelProvider.createTextProvider(r -> ((Reference) r).lineText()));
        layout.setColumnData(text.getColumn(), new ColumnWeightData(9, 200));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection selection
                    && selection.getFirstElement() instanceof Reference reference) {
                open(reference);
            }
        });
        viewer.setInput(references);
        getSite().setSelectionProvider(viewer);
    }

    /**
     * Shows the references to a group.
     *
     * @param editorInput the model they are in
     * @param description what was searched, e.g. "'exc': 4 references in brunel.nngt"
     * @param found the references, in document order
     */
    public void show(IEditorInput editorInput, String description, List<Reference> found) {
        this.input = editorInput;
        this.references = List.copyOf(found);
        setContentDescription(description);
        viewer.setInput(references);
    }

    /**
     * @return the references shown, in table order
     */
    public List<Reference> getReferences() {
        return references;
    }

    /**
     * @return the table (tests double-click its rows)
     */
    public TableViewer getViewer() {
        return viewer;
    }

    /**
     * Opens the model in its editor and selects a reference.
     *
     * @param reference one of the shown references
     */
    public void open(Reference reference) {
        if (input == null) {
            return;
        }
        try {
            IEditorPart editor = getSite().getPage().openEditor(input, NngtUi.EDITOR_ID);
            if (editor instanceof ITextEditor textEditor) {
                textEditor.selectAndReveal(reference.offset(), reference.length());
            }
        } catch (PartInitException e) {
            setContentDescription("Could not open " + input.getName() + ": " + e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
