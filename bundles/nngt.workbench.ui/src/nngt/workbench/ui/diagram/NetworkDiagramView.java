package nngt.workbench.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import nngt.dsl.NngtDiagnostic;
import nngt.dsl.NngtLanguage;
import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.diagram.NetworkDiagram.Element;
import nngt.workbench.ui.run.WorkspaceModels;
import nngt.workbench.ui.views.Drawing;
import nngt.workbench.ui.views.GcDrawing;
import nngt.workbench.ui.views.PictureExport;

/**
 * "NNGT Network Diagram": the model of the active NNGT editor as a picture (see {@link NetworkDiagram}, laid
 * out by {@link DiagramLayout}). It follows the editor as you type: {@value #DEBOUNCE_MS} ms after the last
 * change the text is parsed and validated in a background job, which newer text stops (see
 * {@link nngt.dsl.NngtLanguage#parse(String, String, java.util.function.BooleanSupplier)}), and the picture is
 * replaced only when the model has no errors (otherwise the last good picture stays and the first error is
 * shown above it). The
 * network is never built: the parsed model is all the picture needs. Clicking a node or an arrow selects its
 * text in the editor; moving the caret in the editor outlines the element under it (and scrolls it into view).
 * The picture zooms ({@link DiagramZoom}) with Ctrl and the mouse wheel (about the pointer), with Ctrl+= (or
 * Ctrl++) and Ctrl+-, and from the toolbar, which also fits the whole picture into the view (Ctrl+0) and returns
 * to its own size; the toolbar exports the picture as PNG or SVG at its own size, whatever the zoom.
 */
public final class NetworkDiagramView extends ViewPart {

    /** How long typing must pause before the model is parsed again. */
    public static final int DEBOUNCE_MS = 300;
    /** How far from an arrow a click still selects it, in pixels. */
    private static final int CLICK_TOLERANCE = 5;

    private Label status;
    private ScrolledComposite scroller;
    private Canvas canvas;
    private DiagramLayout layout;
    private final DiagramZoom zoom = new DiagramZoom();
    private Element highlighted;
    private ITextEditor editor;
    private IDocument document;
    /* Written on the UI thread, read by the job to stop when newer text has come. */
    private volatile long requests;
    private long pictures;

    private final Runnable parseAfterPause = this::parseNow;
    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            // the new text is read once typing pauses
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            scheduleParse();
        }
    };
    private final ISelectionListener caretListener = (part, selection) -> {
        if (part == editor && selection instanceof ITextSelection text) {
            highlightAt(text.getOffset());
        }
    };
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            followIfModelEditor(reference.getPart(false));
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference reference) {
            followIfModelEditor(reference.getPart(false));
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == editor) {
                follow(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(1, false);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        root.setLayout(grid);
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Open a .nngt model in the NNGT editor to see its network here.");
        scroller = new ScrolledComposite(root, SWT.H_SCROLL | SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        canvas.addPaintListener(event -> paint(event.gc));
        canvas.addListener(SWT.MouseDown, event -> {
            if (layout != null && event.button == 1) {
                layout.elementAt(zoom.toPicture(event.x), zoom.toPicture(event.y), CLICK_TOLERANCE / zoom.scale())
                        .ifPresent(this::select);
            }
        });
        canvas.addListener(SWT.MouseVerticalWheel, event -> {
            if ((event.stateMask & SWT.MOD1) != 0 && event.count != 0) {
                event.doit = false;
                zoomAbout(zoom.stepped(Integer.signum(event.count)), event.x, event.y);
            }
        });
        canvas.addListener(SWT.KeyDown, this::zoomKey);
        scroller.setContent(canvas);
        var toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(action("+", "Zoom In (Ctrl+=, or Ctrl and the mouse wheel)",
                () -> zoomAboutCentre(zoom.stepped(1))));
        toolbar.add(action("\u2212", "Zoom Out (Ctrl+-)", () -> zoomAboutCentre(zoom.stepped(-1))));
        toolbar.add(action("Fit", "Fit to View (Ctrl+0)", this::fitToView));
        toolbar.add(action("1:1", "Actual Size", () -> zoomAboutCentre(1)));
        toolbar.add(exportAction("Export PNG...", "*.png", this::exportPng));
        toolbar.add(exportAction("Export SVG...", "*.svg", this::exportSvg));
        getSite().getPage().addPartListener(partListener);
        getSite().getPage().addPostSelectionListener(caretListener);
        followIfModelEditor(getSite().getPage().getActiveEditor());
    }

    private void paint(GC gc) {
        var area = canvas.getClientArea();
        gc.setBackground(canvas.getBackground());
        gc.fillRectangle(area);
        if (layout != null) {
            // scale on top of the paint GC's own transform (GTK may place the canvas with one)
            Transform original = new Transform(gc.getDevice());
            Transform scaled = new Transform(gc.getDevice());
            gc.getTransform(original);
            gc.getTransform(scaled);
            scaled.scale((float) zoom.scale(), (float) zoom.scale());
            gc.setTransform(scaled);
            GcDrawing drawing = new GcDrawing(gc);
            DiagramPainter.paint(layout, highlighted, drawing);
            drawing.dispose();
            gc.setTransform(original);
            scaled.dispose();
            original.dispose();
        }
    }

    private void zoomKey(Event event) {
        if ((event.stateMask & SWT.MOD1) == 0) {
            return;
        }
        switch (event.character) {
            case '=', '+' -> zoomAboutCentre(zoom.stepped(1));
            case '-' -> zoomAboutCentre(zoom.stepped(-1));
            case '0' -> fitToView();
            default -> {
                return;
            }
        }
        event.doit = false;
    }

    /**
     * Zooms so that the point under the pointer stays where it is; call on the UI thread.
     *
     * @param scale   the new scale (bounded by {@link DiagramZoom})
     * @param canvasX the pointer on the drawing surface
     * @param canvasY the pointer on the drawing surface
     */
    private void zoomAbout(double scale, int canvasX, int canvasY) {
        Point origin = scroller.getOrigin();
        double pictureX = zoom.toPicture(canvasX);
        double pictureY = zoom.toPicture(canvasY);
        zoom.set(scale);
        resizeCanvas();
        scrollTo(zoom.toScreen(pictureX) - (canvasX - origin.x), zoom.toScreen(pictureY) - (canvasY - origin.y));
    }

    private void zoomAboutCentre(double scale) {
        Point origin = scroller.getOrigin();
        Rectangle visible = scroller.getClientArea();
        zoomAbout(scale, origin.x + visible.width / 2, origin.y + visible.height / 2);
    }

    /**
     * Sets the zoom; the point at the centre of the view stays there. Call on the UI thread.
     *
     * @param scale the scale, 1 for the picture's own size (bounded by {@link DiagramZoom})
     */
    public void setZoom(double scale) {
        zoomAboutCentre(scale);
    }

    /** Zooms so that the whole picture fits into the view, and scrolls to its top left; call on the UI thread. */
    public void fitToView() {
        if (layout == null) {
            return;
        }
        Rectangle visible = scroller.getClientArea();
        zoom.set(DiagramZoom.fitting(layout.width(), layout.height(), visible.width, visible.height));
        resizeCanvas();
        scrollTo(0, 0);
    }

    /**
     * @return the scale the picture is drawn at on screen, 1 for its own size
     */
    public double zoom() {
        return zoom.scale();
    }

    private void resizeCanvas() {
        if (layout != null) {
            scroller.setMinSize(new Point(zoom.toScreen(layout.width()), zoom.toScreen(layout.height())));
        }
        canvas.redraw();
    }

    /* scrolls the least distance that brings an element's box (a node, or an arrow's label) into view */
    private void reveal(Element element) {
        DiagramLayout.Box box = element instanceof NetworkDiagram.Node node ? layout.box(node)
                : element instanceof NetworkDiagram.Edge edge ? layout.route(edge).label() : null;
        if (box == null) {
            return;
        }
        Point origin = scroller.getOrigin();
        Rectangle visible = scroller.getClientArea();
        int left = zoom.toScreen(box.x());
        int top = zoom.toScreen(box.y());
        int right = zoom.toScreen(box.x() + box.width());
        int bottom = zoom.toScreen(box.y() + box.height());
        int x = right > origin.x + visible.width ? right - visible.width : origin.x;
        int y = bottom > origin.y + visible.height ? bottom - visible.height : origin.y;
        scrollTo(Math.min(x, left), Math.min(y, top));
    }

    /*
     * The scroller clamps the origin to the canvas size of its last layout, and the workbench may defer the layout
     * of a resized canvas; the origin is set again once deferred layouts have run (before asynchronous runnables).
     */
    private void scrollTo(int x, int y) {
        scroller.setOrigin(x, y);
        canvas.getDisplay().asyncExec(() -> {
            if (!scroller.isDisposed()) {
                scroller.setOrigin(x, y);
            }
        });
    }

    private void followIfModelEditor(IWorkbenchPart part) {
        if (part instanceof ITextEditor text && part != editor
                && text.getEditorInput().getName().endsWith("." + NngtLanguage.FILE_EXTENSION)) {
            follow(text);
        }
    }

    /**
     * Follows an editor: its text is shown now and again after every pause in typing.
     *
     * @param model an editor of a {@code .nngt} model, or null to follow none (the picture stays)
     */
    public void follow(ITextEditor model) {
        if (document != null) {
            document.removeDocumentListener(documentListener);
        }
        editor = model;
        document = model == null ? null : model.getDocumentProvider().getDocument(model.getEditorInput());
        if (document != null) {
            document.addDocumentListener(documentListener);
            parseNow();
        }
    }

    private void scheduleParse() {
        canvas.getDisplay().timerExec(-1, parseAfterPause);
        canvas.getDisplay().timerExec(DEBOUNCE_MS, parseAfterPause);
    }

    private void parseNow() {
        if (document == null || canvas.isDisposed()) {
            return;
        }
        String text = document.get();
        String name = editor.getEditorInput().getName();
        long request = ++requests;
        Display display = canvas.getDisplay();
        Job job = new Job("NNGT network diagram of " + name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Optional<NngtLanguage.LoadResult> checked = WorkspaceModels.language().parse(text, name,
                        () -> request != requests || monitor.isCanceled());
                if (checked.isEmpty()) {
                    return Status.CANCEL_STATUS;
                }
                NngtLanguage.LoadResult parsed = checked.get();
                Optional<NngtDiagnostic> error = parsed.diagnostics().stream()
                        .filter(d -> d.severity() == NngtDiagnostic.Severity.ERROR).findFirst();
                NetworkDiagram diagram = error.isEmpty() && parsed.network() != null
                        ? NetworkDiagram.of(parsed.network()) : null;
                display.asyncExec(() -> {
                    if (canvas.isDisposed() || request != requests) {
                        return;
                    }
                    if (diagram != null) {
                        show(diagram);
                    } else {
                        status.setText(error.map(e -> name + ":" + e.line() + ":" + e.column() + ": " + e.message())
                                .orElse(name + " holds no network.")
                                + (layout == null ? "" : " The diagram shows the last model without errors."));
                        status.getParent().layout(true, true);
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == WorkbenchIds.JOB_FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    /**
     * Lays out and shows a diagram; call on the UI thread.
     *
     * @param diagram the diagram
     */
    public void show(NetworkDiagram diagram) {
        GC gc = new GC(canvas);
        GcDrawing measure = new GcDrawing(gc);
        try {
            layout = DiagramLayout.of(diagram, measure);
        } finally {
            measure.dispose();
            gc.dispose();
        }
        highlighted = null;
        pictures++;
        status.setText(diagram.network() + ": "
                + count(diagram.nodes(NetworkDiagram.NodeKind.GROUP).size(), "group", "groups") + ", "
                + count(diagram.edges(NetworkDiagram.EdgeKind.CONNECTION).size(), "connection arrow",
                        "connection arrows") + ", "
                + count(diagram.nodes(NetworkDiagram.NodeKind.STIMULUS).size(), "stimulus", "stimuli") + ", "
                + count(diagram.nodes(NetworkDiagram.NodeKind.RECORDER).size(), "recorder", "recorders"));
        status.getParent().layout(true, true);
        resizeCanvas();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * Outlines an element and selects its text in the followed editor; call on the UI thread.
     *
     * @param element an element of the shown diagram
     */
    public void select(Element element) {
        highlighted = element;
        canvas.redraw();
        if (editor != null && element.source() != null) {
            editor.selectAndReveal(element.source().offset(), element.source().length());
        }
    }

    private void highlightAt(int offset) {
        if (layout == null) {
            return;
        }
        Element under = layout.diagram().elementAt(offset).orElse(null);
        // arrows of one statement share its text: keep the one clicked
        if (under != null && highlighted != null && under.source().equals(highlighted.source())) {
            return;
        }
        if (under != highlighted) {
            highlighted = under;
            if (under != null) {
                reveal(under);
            }
            canvas.redraw();
        }
    }

    /**
     * Writes the picture as PNG; call on the UI thread.
     *
     * @param file the file to create or replace
     * @throws IOException when it cannot be written
     */
    public void exportPng(Path file) throws IOException {
        PictureExport.png(canvas.getDisplay(), Math.max(1, layout.width()), Math.max(1, layout.height()),
                this::paintForExport, file);
    }

    /**
     * Writes the picture as SVG; call on the UI thread.
     *
     * @param file the file to create or replace
     * @throws IOException when it cannot be written
     */
    public void exportSvg(Path file) throws IOException {
        PictureExport.svg(canvas.getDisplay(), layout.width(), layout.height(), this::paintForExport, file);
    }

    private void paintForExport(Drawing drawing) {
        DiagramPainter.paint(layout, null, drawing);
    }

    private static Action action(String text, String toolTip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(toolTip);
        return action;
    }

    private Action exportAction(String text, String pattern, PictureExport.Target export) {
        return new Action(text) {
            @Override
            public void run() {
                if (layout == null) {
                    MessageDialog.openInformation(canvas.getShell(), text, "There is no diagram to export yet.");
                    return;
                }
                PictureExport.askAndWrite(canvas.getShell(), text, pattern, layout.diagram().network(), export);
            }
        };
    }

    /**
     * @return the layout shown, or null before the first model without errors
     */
    public DiagramLayout layout() {
        return layout;
    }

    /**
     * @return the element outlined, or null
     */
    public Element highlighted() {
        return highlighted;
    }

    /**
     * @return how many pictures have been shown since the view opened
     */
    public long pictureCount() {
        return pictures;
    }

    /**
     * @return the line above the picture: what it shows, or the model's first error
     */
    public String statusText() {
        return status.getText();
    }

    /**
     * @return the drawing surface (for screenshots and clicks in tests)
     */
    public Canvas canvas() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        Display display = Display.getCurrent();
        if (display != null) {
            display.timerExec(-1, parseAfterPause);
        }
        if (document != null) {
            document.removeDocumentListener(documentListener);
        }
        getSite().getPage().removePartListener(partListener);
        getSite().getPage().removePostSelectionListener(caretListener);
        super.dispose();
    }
}
