package nngt.workbench.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import nngt.dsl.NngtLanguage;
import nngt.workbench.ui.WorkbenchIds;

/**
 * "NNGT Network Statistics": for the selected {@code .nngt} file or the active editor's model, the in-, out- or
 * total-degree histogram, the group-by-group connectivity matrix (edge counts or mean weights as a heat map,
 * exported as PNG or SVG from the toolbar) and the number of edges per (source group, target group) pair.
 * The network is built in a background job with the model's seed, so the figures are those of the network a
 * run would simulate.
 */
public final class NetworkStatisticsView extends ViewPart {

    private static final String MATRIX_EDGES = "Edges per group pair";
    private static final String MATRIX_WEIGHTS = "Mean weight per group pair";
    /** The size of an exported matrix, in pixels. */
    static final int EXPORT_WIDTH = 640;
    /** The height of an exported matrix, in pixels. */
    static final int EXPORT_HEIGHT = 480;

    private Label heading;
    private Combo degreeChoice;
    private HistogramCanvas histogram;
    private Combo matrixChoice;
    private MatrixCanvas matrix;
    private Table pairs;
    private NetworkStatistics statistics;
    private IFile requested;

    private final ISelectionListener selectionListener = (part, selection) -> modelOf(selection);
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (part instanceof IEditorPart editor) {
                IFile file = editor.getEditorInput().getAdapter(IFile.class);
                if (isModel(file)) {
                    show(file);
                }
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(3, false));
        heading = new Label(root, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        heading.setText("Select a .nngt model to see its degree distribution and edges per group pair.");
        degreeChoice = new Combo(root, SWT.READ_ONLY);
        degreeChoice.setItems("In-degree", "Out-degree", "Total degree");
        degreeChoice.select(0);
        degreeChoice.addListener(SWT.Selection, event -> updateHistogram());
        matrixChoice = new Combo(root, SWT.READ_ONLY);
        matrixChoice.setItems(MATRIX_EDGES, MATRIX_WEIGHTS);
        matrixChoice.select(0);
        matrixChoice.addListener(SWT.Selection, event -> updateMatrix());
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        histogram = new HistogramCanvas(sash);
        matrix = new MatrixCanvas(sash);
        pairs = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        pairs.setHeaderVisible(true);
        pairs.setLinesVisible(true);
        for (String title : new String[] {"Source group", "Target group", "Edges"}) {
            TableColumn column = new TableColumn(pairs, title.equals("Edges") ? SWT.RIGHT : SWT.LEFT);
            column.setText(title);
            column.setWidth(110);
        }
        sash.setWeights(3, 3, 2);
        var toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(exportAction("Export Matrix PNG...", "*.png", this::exportMatrixPng));
        toolbar.add(exportAction("Export Matrix SVG...", "*.svg", this::exportMatrixSvg));
        getSite().getPage().addPostSelectionListener(selectionListener);
        getSite().getPage().addPartListener(partListener);
        modelOf(getSite().getPage().getSelection());
    }

    private void modelOf(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof IFile file
                && isModel(file)) {
            show(file);
        }
    }

    private static boolean isModel(IFile file) {
        return file != null && NngtLanguage.FILE_EXTENSION.equals(file.getFileExtension());
    }

    /**
     * Computes and shows the figures of a model in a background job; a later request replaces an earlier one.
     *
     * @param model a {@code .nngt} file of the workspace
     */
    public void show(IFile model) {
        if (model.equals(requested)) {
            return;
        }
        requested = model;
        heading.setText("Building " + model.getFullPath() + " ...");
        Job job = new Job("NNGT network statistics of " + model.getFullPath()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    NetworkStatistics figures = NetworkStatistics.of(model);
                    display(() -> {
                        if (model.equals(requested)) {
                            showStatistics(figures);
                        }
                    });
                    return Status.OK_STATUS;
                } catch (CoreException e) {
                    display(() -> {
                        if (model.equals(requested)) {
                            requested = null;
                            heading.setText(e.getStatus().getMessage());
                        }
                    });
                    return Status.OK_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == WorkbenchIds.JOB_FAMILY;
            }
        };
        job.schedule();
    }

    private void display(Runnable update) {
        if (!heading.isDisposed()) {
            heading.getDisplay().asyncExec(() -> {
                if (!heading.isDisposed()) {
                    update.run();
                }
            });
        }
    }

    /**
     * Shows computed figures; call on the UI thread.
     *
     * @param figures the figures
     */
    public void showStatistics(NetworkStatistics figures) {
        statistics = figures;
        heading.setText(String.format(Locale.ROOT, "%s (%s): %d neurons, %d edges", figures.network(),
                figures.model().getFullPath(), figures.neurons(), figures.edges()));
        pairs.removeAll();
        for (int s = 0; s < figures.groups().size(); s++) {
            for (int t = 0; t < figures.groups().size(); t++) {
                TableItem item = new TableItem(pairs, SWT.NONE);
                item.setText(new String[] {figures.groups().get(s), figures.groups().get(t),
                    Long.toString(figures.edgesByGroup()[s][t])});
            }
        }
        updateHistogram();
        updateMatrix();
        heading.getParent().layout(true, true);
    }

    private void updateMatrix() {
        if (statistics == null) {
            return;
        }
        boolean weights = MATRIX_WEIGHTS.equals(matrixChoice.getText());
        matrix.setMatrix(weights
                ? new ConnectivityMatrix(statistics.groups(), statistics.meanWeightsByGroup(), "Mean weight", false)
                : new ConnectivityMatrix(statistics.groups(), ConnectivityMatrix.asValues(statistics.edgesByGroup()),
                        "Edges", true));
    }

    /**
     * Chooses what the matrix shows; call on the UI thread.
     *
     * @param meanWeights true for mean weights, false for edge counts
     */
    public void showMeanWeights(boolean meanWeights) {
        matrixChoice.select(meanWeights ? 1 : 0);
        updateMatrix();
    }

    /**
     * @return the matrix shown, or null before the first model
     */
    public ConnectivityMatrix matrix() {
        return matrix.matrix();
    }

    /**
     * @return the matrix's canvas (for screenshots in tests)
     */
    public MatrixCanvas matrixCanvas() {
        return matrix;
    }

    /**
     * Writes the matrix as a {@value #EXPORT_WIDTH} x {@value #EXPORT_HEIGHT} PNG; call on the UI thread.
     *
     * @param file the file to create or replace
     * @throws IOException when it cannot be written
     */
    public void exportMatrixPng(Path file) throws IOException {
        ConnectivityMatrix shown = matrix.matrix();
        PictureExport.png(matrix.getDisplay(), EXPORT_WIDTH, EXPORT_HEIGHT,
                drawing -> shown.paint(drawing, EXPORT_WIDTH, EXPORT_HEIGHT), file);
    }

    /**
     * Writes the matrix as a {@value #EXPORT_WIDTH} x {@value #EXPORT_HEIGHT} SVG; call on the UI thread.
     *
     * @param file the file to create or replace
     * @throws IOException when it cannot be written
     */
    public void exportMatrixSvg(Path file) throws IOException {
        ConnectivityMatrix shown = matrix.matrix();
        PictureExport.svg(matrix.getDisplay(), EXPORT_WIDTH, EXPORT_HEIGHT,
                drawing -> shown.paint(drawing, EXPORT_WIDTH, EXPORT_HEIGHT), file);
    }

    private Action exportAction(String text, String pattern, PictureExport.Target export) {
        return new Action(text) {
            @Override
            public void run() {
                if (matrix.matrix() == null) {
                    MessageDialog.openInformation(matrix.getShell(), text, "There is no matrix to export yet.");
                    return;
                }
                PictureExport.askAndWrite(matrix.getShell(), text, pattern, statistics.network(), export);
            }
        };
    }

    private void updateHistogram() {
        if (statistics == null) {
            return;
        }
        NetworkStatistics.Degree degree = NetworkStatistics.Degree.values()[Math.max(0, degreeChoice.getSelectionIndex())];
        histogram.setHistogram(statistics.histogram(degree), degreeChoice.getText());
    }

    /**
     * @return the figures shown, or null before the first model
     */
    public NetworkStatistics statistics() {
        return statistics;
    }

    /**
     * @return the number of rows of the group-pair table
     */
    public int pairRowCount() {
        return pairs.getItemCount();
    }

    @Override
    public void setFocus() {
        degreeChoice.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        getSite().getPage().removePartListener(partListener);
        super.dispose();
    }
}
