package nngt.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nngt.dsl.ui.editor.NngtEditor;
import nngt.dsl.ui.editor.NngtTextHover;

/**
 * A screenshot of the workbench with a model open in the editor, its outline, and a misspelt model
 * name underlined in the editor and listed in the Problems view; saved as PNG for the documentation
 * and for a human look at what the tests exercised.
 */
class NngtScreenshotTest {

    @Test
    void workbenchWithAnOpenModelIsCapturedAsPng() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(IPageLayout.ID_OUTLINE);
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        NngtEditor editor = UiTesting.open(UiTesting.exampleProject("screenshot").getFile("brunel.nngt"));
        page.activate(editor);
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setSize(1200, 860);
        IDocument document = editor.getViewer().getDocument();
        int model = document.get().indexOf("iaf_psc_alpha");
        document.replace(model, "iaf_psc_alpha".length(), "iaf_psc_alhpa");
        UiTesting.waitUntil("the error annotation", () -> UiTesting.showsProblem(editor, "'iaf_psc_alhpa'"));
        editor.doSave(null);
        UiTesting.waitForAutoBuild();
        // The Problems view refreshes in its own throttled job; its description counts the markers.
        IWorkbenchPart2 problems = (IWorkbenchPart2) page.findView(IPageLayout.ID_PROBLEM_VIEW);
        UiTesting.waitUntil("the Problems view to list the error",
                () -> problems.getContentDescription().startsWith("1 error"));
        shell.layout(true, true);
        while (shell.getDisplay().readAndDispatch()) {
            // Flush pending paints before copying the screen.
        }
        Rectangle area = shell.getClientArea();
        Image image = new Image(shell.getDisplay(), area.width, area.height);
        GC gc = new GC(shell);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        Path png = UiTesting.save(data, "nngt-editor.png");
        assertTrue(Files.size(png) > 10_000, () -> png + " is only " + png.toFile().length() + " bytes");
        assertTrue(UiTesting.varied(data), "the screenshot is not one colour");
    }

    @Test
    void editorWithAParameterHoverIsCapturedAsPng() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(IPageLayout.ID_OUTLINE);
        // A project of its own: the other screenshot misspells a model in its copy of brunel.nngt.
        NngtEditor editor = UiTesting.open(UiTesting.exampleProject("screenshot-hover").getFile("brunel.nngt"));
        page.activate(editor);
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setSize(1200, 860);
        String text = editor.getViewer().getDocument().get();
        int offset = text.indexOf("tau_m = 20 ms") + 1;
        editor.selectAndReveal(offset, 0);
        UiTesting.waitUntil("the semantic colouring", () -> editor.getLastReconcileResult() != null);
        NngtTextHover hover = new NngtTextHover();
        String info = hover.getHoverInfo(editor.getViewer(), hover.getHoverRegion(editor.getViewer(), offset));
        assertTrue(info.startsWith("**tau_m** (ms) of iaf_psc_alpha"), info);
        IInformationControl control = hover.getHoverControlCreator().createInformationControl(shell);
        try {
            StyledText widget = editor.getViewer().getTextWidget();
            Point below = widget.toDisplay(widget.getLocationAtOffset(widget.getCaretOffset()));
            control.setInformation(info);
            Point size = control.computeSizeHint();
            control.setSize(Math.min(size.x, 560), size.y);
            control.setLocation(new Point(below.x, below.y + widget.getLineHeight()));
            control.setVisible(true);
            shell.layout(true, true);
            while (shell.getDisplay().readAndDispatch()) {
                // Flush pending paints before copying the screen.
            }
            // From the screen, not the shell, so that the hover's own window is in the picture.
            Path png = UiTesting.screenshot(shell, "nngt-editor-hover.png");
            assertTrue(Files.size(png) > 10_000, () -> png + " is only " + png.toFile().length() + " bytes");
        } finally {
            control.dispose();
        }
    }
}
