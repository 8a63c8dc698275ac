package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Shell;

import nngt.workbench.ui.startup.OpenModelAtStartup;

/** Screenshots for the documentation (docs/images of the repository) and checks that a picture is not blank. */
final class Screenshots {

    private Screenshots() {
    }

    /**
     * @param name a file name
     * @return its path in the repository's docs/images folder (the sibling of the examples folder)
     */
    static Path docsImage(String name) {
        return Workbench.example(".").toAbsolutePath().normalize().resolveSibling("docs").resolve("images")
                .resolve(name);
    }

    /**
     * Saves what the workbench window shows into docs/images and checks that it is not blank.
     *
     * @param shell the workbench window's shell
     * @param name  the PNG file's name
     * @return the file
     * @throws IOException when it cannot be written
     */
    static Path saveWorkbench(Shell shell, String name) throws IOException {
        while (shell.getDisplay().readAndDispatch()) {
            // flush pending paints before copying the screen
        }
        Path png = docsImage(name);
        OpenModelAtStartup.saveScreenshot(shell, png);
        assertNotBlank(png, 50);
        return png;
    }

    /**
     * A picture with content has many colours (text, anti-aliased lines, fills); a blank or failed one has one
     * or two.
     *
     * @param png        a PNG file
     * @param minColours the fewest distinct colours expected
     */
    static void assertNotBlank(Path png, int minColours) {
        assertTrue(Files.isRegularFile(png), png + " was written");
        ImageData data = new ImageLoader().load(png.toString())[0];
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                colours.add(data.getPixel(x, y));
            }
        }
        assertTrue(colours.size() >= minColours, png + " has " + colours.size() + " colours, expected "
                + minColours + " or more");
    }
}
