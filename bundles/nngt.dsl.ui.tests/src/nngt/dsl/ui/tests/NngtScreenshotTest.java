package nngt.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nngt.dsl.ui.editor.NngtEditor;

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
        Path folder = Path.of(System.getProperty("nngt.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path png = folder.resolve("nngt-editor.png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(png.toString(), SWT.IMAGE_PNG);

        assertTrue(Files.size(png) > 10_000, () -> png + " is only " + png.toFile().length() + " bytes");
        int first = data.getPixel(0, 0);
        boolean varied = false;
        for (int y = 0; y < data.height && !varied; y += 7) {
            for (int x = 0; x < data.width && !varied; x += 7) {
                varied = data.getPixel(x, y) != first;
            }
        }
        assertTrue(varied, "the screenshot is not one colour");
    }
}
