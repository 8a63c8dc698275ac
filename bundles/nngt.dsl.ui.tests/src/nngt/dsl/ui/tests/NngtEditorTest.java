package nngt.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.editor.NngtContentAssistProcessor;
import nngt.dsl.ui.editor.NngtEditor;
import nngt.dsl.ui.editor.NngtHyperlinkDetector;
import nngt.dsl.ui.editor.NngtOutlinePage;
import nngt.dsl.ui.editor.NngtTextHover;
import nngt.dsl.ui.editor.OutlineNode;

/**
 * The .nngt editor on an example of a project with the NNGT nature: its class, colouring,
 * content assist, hover, outline, formatting and hyperlinks.
 */
class NngtEditorTest {

    private static IProject project;

    @BeforeAll
    static void createProject() throws Exception {
        project = UiTesting.exampleProject("editor-tests");
    }

    @AfterEach
    void closeEditors() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    @Test
    void exampleOpensInTheNngtEditorWithKeywordCommentAndSemanticColours() throws Exception {
        IFile file = project.getFile("basic_exc_inh.nngt");
        NngtEditor editor = UiTesting.open(file);
        assertEquals("nngt.dsl.ui.editor.NngtEditor", editor.getClass().getName());
        assertEquals(NngtUi.EDITOR_ID, editor.getSite().getId());
        StyledText widget = editor.getViewer().getTextWidget();
        String text = widget.getText();

        StyleRange keyword = widget.getStyleRangeAtOffset(text.indexOf("network basic_exc_inh"));
        assertNotNull(keyword, "the keyword 'network' has a style");
        assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);
        assertEquals(new RGB(127, 0, 85), keyword.foreground.getRGB());

        StyleRange comment = widget.getStyleRangeAtOffset(text.indexOf("NNGT's basic NEST network"));
        assertEquals(new RGB(63, 127, 95), comment.foreground.getRGB());

        // the seed statement's number, not the header comment's mention of the seed
        StyleRange number = widget.getStyleRangeAtOffset(text.indexOf("\n  seed 2024") + "\n  seed ".length());
        assertEquals(new RGB(18, 90, 160), number.foreground.getRGB());

        // Semantic colouring from nngt.dsl.ide: a group reference in a connection, a NEST model name.
        int reference = text.indexOf("connect excitatory_cells") + "connect ".length();
        UiTesting.waitUntil("the semantic colour of a group reference",
                () -> widget.getStyleRangeAtOffset(reference) != null
                        && new RGB(0, 0, 192).equals(widget.getStyleRangeAtOffset(reference).foreground.getRGB()));
        StyleRange model = widget.getStyleRangeAtOffset(text.indexOf("excitatory aeif_cond_alpha") + "excitatory ".length());
        assertEquals(new RGB(160, 80, 0), model.foreground.getRGB());
    }

    @Test
    void contentAssistProposesNeuronModels() throws Exception {
        NngtEditor editor = UiTesting.open(project.getFile("brunel.nngt"));
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        String text = "network t {\n  seed 1\n  group a: 10 excitatory iaf_psc_al\n}\n";
        document.set(text);
        int offset = text.indexOf("iaf_psc_al") + "iaf_psc_al".length();
        List<String> proposals = java.util.Arrays.stream(new NngtContentAssistProcessor()
                .computeCompletionProposals(editor.getViewer(), offset)).map(ICompletionProposal::getDisplayString)
                .toList();
        assertTrue(proposals.stream().anyMatch(p -> p.startsWith("iaf_psc_alpha")), proposals::toString);
        assertTrue(proposals.stream().noneMatch(p -> p.startsWith("aeif_cond_alpha")), proposals::toString);

        ICompletionProposal alpha = NngtContentAssistProcessor.proposals(text, offset).stream()
                .filter(p -> p.getDisplayString().startsWith("iaf_psc_alpha")).findFirst().orElseThrow();
        alpha.apply(document);
        assertTrue(document.get().contains("group a: 10 excitatory iaf_psc_alpha\n"), document.get());
    }

    @Test
    void hoverDescribesAParameter() throws Exception {
        NngtEditor editor = UiTesting.open(project.getFile("spatial.nngt"));
        String text = editor.getViewer().getDocument().get();
        int offset = text.indexOf("tau_m") + 2;
        NngtTextHover hover = new NngtTextHover();
        String info = hover.getHoverInfo(editor.getViewer(), hover.getHoverRegion(editor.getViewer(), offset));
        assertNotNull(info);
        assertTrue(info.startsWith("**tau_m** (ms) of iaf_psc_exp: "), info);
        assertTrue(info.contains("Default: "), info);
    }

    @Test
    void outlineShowsNetworkPopulationGroupsConnectionsAndDevices() throws Exception {
        NngtEditor editor = UiTesting.open(project.getFile("basic_exc_inh.nngt"));
        NngtOutlinePage outline = (NngtOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        List<OutlineNode> roots = outline.getRoots();
        assertEquals(1, roots.size());
        OutlineNode network = roots.get(0);
        assertEquals("network basic_exc_inh", network.label());
        assertEquals(List.of("population (2 groups)", "connections (4)", "devices (2)"),
                network.children().stream().map(OutlineNode::label).toList());
        OutlineNode population = network.children().get(0);
        assertEquals(List.of("excitatory_cells : 800 excitatory aeif_cond_alpha",
                "inhibitory_cells : 200 inhibitory aeif_cond_alpha"),
                population.children().stream().map(OutlineNode::label).toList());
        String text = editor.getViewer().getDocument().get();
        assertEquals(text.indexOf("group inhibitory_cells"), population.children().get(1).offset());
    }

    @Test
    void formatRewritesTheLayoutAndIsIdempotent() throws Exception {
        NngtEditor editor = UiTesting.open(project.getFile("oscillating_groups.nngt"));
        IDocument document = editor.getViewer().getDocument();
        document.set("network f { seed 1   group a: 10 excitatory iaf_psc_alpha\n\n\n\n"
                + "connect a->a: erdos_renyi(density=0.1)  weight 10 pA\nsimulate 100 ms }\n");
        // Through the command that Ctrl+Shift+F and Source > Format run.
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(NngtUi.FORMAT_COMMAND_ID, null);
        String formatted = document.get();
        assertNotEquals(-1, formatted.indexOf("\n  group a: 10 excitatory iaf_psc_alpha\n"), formatted);
        assertNotEquals(-1, formatted.indexOf("\n  connect a -> a: erdos_renyi(density = 0.1)"), formatted);
        assertNotEquals(-1, formatted.indexOf("\n  simulate 100 ms\n}"), formatted);
        assertEquals(0, editor.format(), "a formatted file is left as it is");
        assertEquals(formatted, document.get());
    }

    @Test
    void ctrlClickOnAGroupReferenceJumpsToItsDeclaration() throws Exception {
        NngtEditor editor = UiTesting.open(project.getFile("basic_exc_inh.nngt"));
        String text = editor.getViewer().getDocument().get();
        int reference = text.indexOf("-> inhibitory_cells: erdos_renyi(density = 0.04)") + 5;
        int declaration = text.indexOf("group inhibitory_cells") + "group ".length();

        NngtHyperlinkDetector.Link link = NngtHyperlinkDetector.linkAt(text, reference);
        assertNotNull(link);
        assertEquals(declaration, link.target().getOffset());
        assertEquals("inhibitory_cells".length(), link.target().getLength());

        IHyperlink[] hyperlinks = new NngtHyperlinkDetector().detectHyperlinks(editor.getViewer(),
                new Region(reference, 0), false);
        assertEquals(1, hyperlinks.length);
        hyperlinks[0].open();
        Point selection = editor.getViewer().getSelectedRange();
        assertEquals(new Point(declaration, "inhibitory_cells".length()), selection);
        assertEquals(null, NngtHyperlinkDetector.linkAt(text, text.indexOf("seed")));
    }

    @Test
    void toggleCommentCommentsAndUncommentsTheSelectedLines() throws Exception {
        NngtEditor editor = UiTesting.open(project.getFile("spatial.nngt"));
        IDocument document = editor.getViewer().getDocument();
        String original = document.get();
        int first = original.indexOf("  group pyramidal");
        int second = original.indexOf("  group interneurons");
        editor.selectAndReveal(first + 4, second - first);
        editor.toggleComment();
        assertTrue(document.get().contains("\n//   group pyramidal: 800"), document.get());
        assertTrue(document.get().contains("\n//   group interneurons: 200"), document.get());
        editor.selectAndReveal(first + 6, 1);
        editor.toggleComment();
        editor.selectAndReveal(document.get().indexOf("//   group interneurons"), 0);
        editor.toggleComment();
        assertEquals(original, document.get());
    }

    @Test
    void hoverOverAnErrorShowsItsMessage() throws Exception {
        NngtEditor editor = UiTesting.open(project.getFile("spatial.nngt"));
        IDocument document = editor.getViewer().getDocument();
        int at = document.get().indexOf("iaf_psc_exp");
        document.replace(at, "iaf_psc_exp".length(), "iaf_psc_exq");
        UiTesting.waitUntil("the error annotation", () -> UiTesting.showsProblem(editor, "'iaf_psc_exq'"));
        NngtTextHover hover = new NngtTextHover();
        String info = hover.getHoverInfo(editor.getViewer(), hover.getHoverRegion(editor.getViewer(), at + 3));
        assertTrue(info.startsWith("Unknown neuron model 'iaf_psc_exq' in NEST 3.0-3.9; did you mean iaf_psc_exp"),
                info);
    }

    @Test
    void theEditorIsTheDefaultForNngtFiles() {
        assertEquals(NngtUi.EDITOR_ID, PlatformUI.getWorkbench().getEditorRegistry()
                .getDefaultEditor("model.nngt").getId());
    }
}
