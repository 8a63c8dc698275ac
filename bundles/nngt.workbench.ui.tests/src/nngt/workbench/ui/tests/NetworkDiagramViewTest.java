package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.diagram.DiagramLayout;
import nngt.workbench.ui.diagram.DiagramLayout.Box;
import nngt.workbench.ui.diagram.DiagramZoom;
import nngt.workbench.ui.diagram.NetworkDiagram;
import nngt.workbench.ui.diagram.NetworkDiagram.Edge;
import nngt.workbench.ui.diagram.NetworkDiagram.EdgeKind;
import nngt.workbench.ui.diagram.NetworkDiagram.Node;
import nngt.workbench.ui.diagram.NetworkDiagram.NodeKind;
import nngt.workbench.ui.diagram.NetworkDiagramView;
import nngt.workbench.ui.views.Views;

/**
 * "NNGT Network Diagram" beside the NNGT editor, on the repository's {@code oscillating_groups.nngt}: three
 * aeif groups connected all to all by Tsodyks-Markram synapses and one spike recorder.
 */
class NetworkDiagramViewTest {

    private static final List<String> GROUPS = List.of("oscillators", "bursters", "adaptive");

    private IProject project;
    private ITextEditor editor;
    private NetworkDiagramView view;

    @BeforeEach
    void openModel() throws Exception {
        project = Workbench.projectWith("diagram-test", "oscillating_groups.nngt");
        Workbench.page().getWorkbenchWindow().getShell().setSize(1280, 900);
        view = assertInstanceOf(NetworkDiagramView.class, Views.show(WorkbenchIds.DIAGRAM_VIEW));
        // the view outlives the test, and the last test's picture is of the same network: wait for a new one
        long pictures = view.pictureCount();
        IEditorPart part = IDE.openEditor(Workbench.page(), project.getFile("oscillating_groups.nngt"));
        editor = assertInstanceOf(ITextEditor.class, part);
        Workbench.waitUntil("the diagram of oscillating_groups", () -> view.pictureCount() > pictures
                && view.layout().diagram().network().equals("oscillating_groups"));
        view.setZoom(1); // and at the picture's own size
    }

    @AfterEach
    void closeModel() throws CoreException {
        Workbench.page().closeAllEditors(false);
        Workbench.waitForJobs();
        project.delete(true, true, null);
    }

    @Test
    void showsGroupsConnectionsAndRecorderWithTheirLabelsWithoutOverlaps() throws Exception {
        NetworkDiagram diagram = view.layout().diagram();
        List<Node> groups = diagram.nodes(NodeKind.GROUP);
        assertEquals(GROUPS, groups.stream().map(Node::name).toList());
        assertEquals(List.of("aeif_psc_alpha \u00d7 400", "aeif_psc_alpha \u00d7 200", "aeif_psc_alpha \u00d7 200"),
                groups.stream().map(Node::detail).toList());
        assertEquals(List.of(400, 200, 200), groups.stream().map(Node::neurons).toList());
        assertEquals(List.of(), diagram.nodes(NodeKind.STIMULUS), "the model has no stimulus");
        List<Node> recorders = diagram.nodes(NodeKind.RECORDER);
        assertEquals(1, recorders.size());
        assertEquals("spikes", recorders.get(0).detail());

        // connect all -> all: one arrow per ordered pair of the three groups, self-loops included
        List<Edge> connections = diagram.edges(EdgeKind.CONNECTION);
        assertEquals(9, connections.size());
        for (Edge edge : connections) {
            assertEquals(List.of("gaussian_degree(avg = 100, std = 15) degree in", "weight 155 pA, tsodyks2_synapse"),
                    edge.label(), edge.from().name() + " -> " + edge.to().name());
        }
        assertEquals(9, connections.stream().map(e -> e.from().name() + ">" + e.to().name()).distinct().count());
        assertEquals(3, diagram.edges(EdgeKind.RECORDING).size(), "each group is recorded");
        assertTrue(diagram.edges(EdgeKind.RECORDING).stream().allMatch(e -> e.to() == recorders.get(0)));

        DiagramLayout layout = view.layout();
        List<Node> nodes = diagram.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(layout.box(nodes.get(i)).overlaps(layout.box(nodes.get(j))),
                        nodes.get(i).name() + " and " + nodes.get(j).name() + " overlap");
            }
            for (Edge edge : connections) {
                Box label = layout.route(edge).label();
                assertNotNull(label, "a connection arrow has a label");
                assertFalse(label.overlaps(layout.box(nodes.get(i))), "a label covers " + nodes.get(i).name());
            }
        }
        // sizes follow the neuron counts: the 400 oscillators get the largest box
        Box oscillators = layout.box(groups.get(0));
        Box bursters = layout.box(groups.get(1));
        assertTrue(oscillators.width() * oscillators.height() > bursters.width() * bursters.height());
        assertTrue(layout.width() > 0 && layout.height() > 0);

        Screenshots.saveWorkbench(Workbench.page().getWorkbenchWindow().getShell(), "network-diagram.png");
    }

    @Test
    void clickingAnElementSelectsItsTextAndTheCaretOutlinesTheElementUnderIt() throws Exception {
        DiagramLayout layout = view.layout();
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        Node bursters = layout.diagram().node("group:bursters").orElseThrow();
        click(layout.box(bursters).x() + layout.box(bursters).width() / 2,
                layout.box(bursters).y() + layout.box(bursters).height() / 2);
        assertSame(bursters, view.highlighted());
        assertTrue(selectedText().startsWith("group bursters: 200 excitatory aeif_psc_alpha {"), selectedText());
        assertTrue(selectedText().endsWith("}"), selectedText());

        Edge arrow = layout.diagram().edges(EdgeKind.CONNECTION).get(4);
        Box label = layout.route(arrow).label();
        click(label.x() + label.width() / 2, label.y() + label.height() / 2);
        assertSame(arrow, view.highlighted(), "the clicked arrow stays outlined when the caret follows");
        assertTrue(selectedText().startsWith("connect all -> all: gaussian_degree"), selectedText());
        // the editor reports the caret after a delay (post selection): let it pass
        long pause = System.nanoTime() + 1_500_000_000L;
        Workbench.waitUntil("the editor's delayed caret report", () -> System.nanoTime() > pause);
        assertSame(arrow, view.highlighted());

        // the other way: moving the caret into a declaration outlines its node
        int adaptive = document.get().indexOf("group adaptive") + "group ada".length();
        editor.selectAndReveal(adaptive, 0);
        Workbench.waitUntil("the adaptive group to be outlined",
                () -> view.highlighted() == layout.diagram().node("group:adaptive").orElseThrow());
        int record = document.get().indexOf("record spikes from all") + 3;
        editor.selectAndReveal(record, 0);
        Workbench.waitUntil("the recorder to be outlined",
                () -> view.highlighted() == layout.diagram().node("recorder:0").orElseThrow());
        Screenshots.saveWorkbench(Workbench.page().getWorkbenchWindow().getShell(), "network-diagram-selection.png");
    }

    @Test
    void followsTypingAfterAPauseAndKeepsTheLastGoodPictureOnErrors() throws Exception {
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        long before = view.pictureCount();
        int at = document.get().indexOf("  synapse default");
        document.replace(at, 0, "  group interneurons: 50 inhibitory aeif_psc_alpha\n");
        assertEquals(before, view.pictureCount(), "nothing is parsed before the pause");
        // (the randomized adaptation current w needs an aeif model in every group)
        Workbench.waitUntil("the new group in the diagram",
                () -> view.layout().diagram().node("group:interneurons").isPresent()
                        || view.statusText().contains(".nngt:"));
        assertTrue(view.layout().diagram().node("group:interneurons").isPresent(), view.statusText());
        NetworkDiagram grown = view.layout().diagram();
        assertEquals(4, grown.nodes(NodeKind.GROUP).size());
        assertEquals(16, grown.edges(EdgeKind.CONNECTION).size(), "all -> all now joins 4 groups");
        Node interneurons = grown.node("group:interneurons").orElseThrow();
        assertEquals("aeif_psc_alpha \u00d7 50", interneurons.detail());
        long grownPictures = view.pictureCount();

        // a syntax error: the picture stays, the first error is named with its line and column
        int group = document.get().indexOf("  group interneurons");
        document.replace(group, 0, "  group broken: ;\n");
        int errorLine = document.getLineOfOffset(group) + 1;
        Workbench.waitUntil("the error to be reported", () -> view.statusText().startsWith(
                "oscillating_groups.nngt:" + errorLine + ":"));
        assertTrue(view.statusText().endsWith("The diagram shows the last model without errors."),
                view.statusText());
        assertSame(grown, view.layout().diagram(), "the last good picture stays");
        assertEquals(grownPictures, view.pictureCount());
        Screenshots.saveWorkbench(Workbench.page().getWorkbenchWindow().getShell(), "network-diagram-error.png");

        document.replace(group, "  group broken: ;\n".length(), "");
        Workbench.waitUntil("the repaired model's picture", () -> view.pictureCount() > grownPictures);
        assertEquals(4, view.layout().diagram().nodes(NodeKind.GROUP).size());
    }

    @Test
    void exportsThePictureAsPngAndSvg(@TempDir Path folder) throws Exception {
        DiagramLayout layout = view.layout();
        Path png = folder.resolve("diagram.png");
        view.exportPng(png);
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals(layout.width(), image.width);
        assertEquals(layout.height(), image.height);
        Screenshots.assertNotBlank(png, 20);
        Files.copy(png, Screenshots.docsImage("oscillating_groups-diagram.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Path svg = folder.resolve("diagram.svg");
        view.exportSvg(svg);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals(Integer.toString(layout.width()), document.getDocumentElement().getAttribute("width"));
        List<String> texts = texts(document);
        for (String name : GROUPS) {
            assertTrue(texts.contains(name), name + " is written in " + texts);
        }
        assertEquals(9, texts.stream().filter("weight 155 pA, tsodyks2_synapse"::equals).count(),
                "each connection arrow's label");
        // nine connection arrows and three recording arrows, each with a head
        assertEquals(12, document.getElementsByTagName("polygon").getLength());
        Path again = folder.resolve("again.svg");
        view.exportSvg(again);
        assertArrayEquals(Files.readAllBytes(svg), Files.readAllBytes(again), "the same picture gives the same file");
    }

    @Test
    void zoomsWithWheelAndKeysFitsTheViewAndStillSelectsWhatIsClicked(@TempDir Path folder) throws Exception {
        DiagramLayout layout = view.layout();
        assertEquals(1, view.zoom(), "the picture starts at its own size");
        // Ctrl and the wheel zoom about the pointer: once the picture is larger than the view, the point under
        // the pointer stays under it
        view.setZoom(4);
        settle();
        assertEquals(4, view.zoom(), 1e-9);
        ScrolledComposite scroller = (ScrolledComposite) view.canvas().getParent();
        Rectangle area = scroller.getClientArea();
        Point origin = scroller.getOrigin();
        int pointerX = origin.x + area.width / 3;
        int pointerY = origin.y + area.height / 3;
        double pictureX = pointerX / view.zoom();
        double pictureY = pointerY / view.zoom();
        // positions in the view: the drawing surface's coordinates less the scrolled origin
        Point before = new Point(pointerX - origin.x, pointerY - origin.y);
        wheel(pointerX, pointerY, 1);
        settle();
        double zoomed = 4 * DiagramZoom.STEP;
        assertEquals(zoomed, view.zoom(), 1e-9);
        Point scrolled = scroller.getOrigin();
        Point after = new Point((int) Math.round(pictureX * zoomed) - scrolled.x,
                (int) Math.round(pictureY * zoomed) - scrolled.y);
        assertTrue(Math.abs(after.x - before.x) <= 2 && Math.abs(after.y - before.y) <= 2,
                "the point under the pointer stays there: " + before + " then " + after);
        wheel(pointerX, pointerY, 0);
        assertEquals(zoomed, view.zoom(), 1e-9, "a wheel event without a notch changes nothing");
        // the keys reach the diagram when it is the active part (in the editor, Ctrl+= zooms the text)
        Workbench.page().activate(view);
        key('=');
        key('+');
        assertEquals(zoomed * DiagramZoom.STEP * DiagramZoom.STEP, view.zoom(), 1e-9);
        key('=');
        assertEquals(DiagramZoom.MAX_SCALE, view.zoom(), 1e-9, "the third step is bounded by the largest scale");
        key('-');
        assertEquals(DiagramZoom.MAX_SCALE / DiagramZoom.STEP, view.zoom(), 1e-9);
        view.setZoom(1);
        key('=');
        assertEquals(DiagramZoom.STEP, view.zoom(), 1e-9);

        // zoomed, a click lands on what is drawn under it, and the caret scrolls its element into view (activating
        // the view may have the editor's text read again: take the picture shown now)
        layout = view.layout();
        Node adaptive = layout.diagram().node("group:adaptive").orElseThrow();
        Box adaptiveBox = layout.box(adaptive);
        click((adaptiveBox.x() + adaptiveBox.width() / 2) * view.zoom(),
                (adaptiveBox.y() + adaptiveBox.height() / 2) * view.zoom());
        assertEquals(adaptive, view.highlighted());
        assertTrue(selectedText().startsWith("group adaptive: 200"), selectedText());
        view.setZoom(DiagramZoom.MAX_SCALE);
        Workbench.page().activate(editor); // the page reports the caret of the active part
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        editor.selectAndReveal(document.get().indexOf("group oscillators") + 8, 0);
        Node oscillators = layout.diagram().node("group:oscillators").orElseThrow();
        Workbench.waitUntil("the oscillators to be outlined", () -> oscillators.equals(view.highlighted()));
        settle();
        Rectangle visible = scroller.getClientArea();
        Box oscillatorsBox = layout.box(oscillators);
        Point corner = new Point((int) Math.round(oscillatorsBox.x() * view.zoom()) - scroller.getOrigin().x,
                (int) Math.round(oscillatorsBox.y() * view.zoom()) - scroller.getOrigin().y);
        assertTrue(visible.contains(corner), "the outlined group is scrolled into view: " + corner + " in " + visible);

        // the exports keep the picture's own size whatever the zoom
        Path png = folder.resolve("zoomed.png");
        view.exportPng(png);
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals(layout.width(), image.width);
        assertEquals(layout.height(), image.height);

        // Ctrl+0 fits the whole picture into the view
        Workbench.page().activate(view);
        key('0');
        area = scroller.getClientArea();
        double fitted = view.zoom();
        assertTrue(layout.width() * fitted <= area.width && layout.height() * fitted <= area.height,
                "fits: " + layout.width() + "x" + layout.height() + " at " + fitted + " in " + area);
        assertTrue(layout.width() * fitted >= area.width - 10 || layout.height() * fitted >= area.height - 10,
                "and fills one side: " + layout.width() + "x" + layout.height() + " at " + fitted + " in " + area);
        assertEquals(DiagramZoom.fitting(layout.width(), layout.height(), area.width, area.height), fitted, 1e-9);
        view.setZoom(fitted * DiagramZoom.STEP);
        Screenshots.saveWorkbench(Workbench.page().getWorkbenchWindow().getShell(), "network-diagram-zoomed.png");
    }

    /* runs the layouts and scrolling that the view left for the event loop */
    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    private void wheel(double x, double y, int notches) {
        Event event = new Event();
        event.x = (int) Math.round(x);
        event.y = (int) Math.round(y);
        event.count = notches;
        event.stateMask = SWT.MOD1;
        view.canvas().notifyListeners(SWT.MouseVerticalWheel, event);
    }

    private void key(char character) {
        Event event = new Event();
        event.character = character;
        event.keyCode = character;
        event.stateMask = SWT.MOD1;
        view.canvas().notifyListeners(SWT.KeyDown, event);
    }

    private static List<String> texts(Document document) {
        var nodes = document.getElementsByTagName("text");
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent())
                .toList();
    }

    private void click(double x, double y) {
        Event event = new Event();
        event.button = 1;
        event.x = (int) Math.round(x);
        event.y = (int) Math.round(y);
        view.canvas().notifyListeners(SWT.MouseDown, event);
    }

    private String selectedText() {
        return ((ITextSelection) editor.getSelectionProvider().getSelection()).getText();
    }
}
