package nngt.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nngt.dsl.ui.editor.NngtEditor;

/**
 * A screenshot of the workbench with a model open in the editor and its outline, saved as PNG for
 * the documentation and for a human look at what the tests exercised.
 */
class NngtScreenshotTest {

    @Test
    void workbenchWithAnOpenModelIsCapturedAsPng() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(IPageLayout.ID_OUTLINE);
        NngtEditor editor = UiTesting.open(UiTesting.exampleProject("screenshot").getFile("brunel.nngt"));
        page.activate(editor);
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setSize(1200, 800);
        // Wait until the outline shows the network and the semantic colours are painted.
        UiTesting.waitUntil("the outline and colours", () -> editor.getLastReconcileResult() != null);
        shell.layout(true, true);
        while (shell.getDisplay().readAndDispatch()) {
            // Flush pending paints before copying the screen.
        }
        Point size = shell.getSize();
        Image image = new Image(shell.getDisplay(), size.x, size.y);
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
