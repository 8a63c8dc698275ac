package nngt.dsl.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The outline of a .nngt file: network, population with its groups, synapses, connections and
 * devices. Refreshed after every reconcile; selecting an entry selects its text in the editor.
 */
public final class NngtOutlinePage extends ContentOutlinePage {

    private final NngtEditor editor;
    private List<OutlineNode> roots;

    /**
     * @param editor the editor whose file is outlined
     * @param roots the outline of the last reconcile, empty before the first
     */
    NngtOutlinePage(NngtEditor editor, List<OutlineNode> roots) {
        this.editor = editor;
        this.roots = roots;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return ((OutlineNode) parentElement).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((OutlineNode) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((OutlineNode) element).label();
            }
        });
        viewer.setInput(roots);
        viewer.expandToLevel(2);
    }

    /**
     * Shows a new outline; call on the UI thread.
     *
     * @param newRoots the outline of the latest reconcile
     */
    void update(List<OutlineNode> newRoots) {
        this.roots = newRoots;
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(newRoots);
            viewer.expandToLevel(2);
        }
    }

    /**
     * @return the entries shown at the top level
     */
    public List<OutlineNode> getRoots() {
        return roots;
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof OutlineNode node) {
            editor.selectAndReveal(node.offset(), node.length());
        }
    }
}
