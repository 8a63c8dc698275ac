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

/**
 * Screenshots, for the documentation (docs/images of the repository) or the build's screenshots folder, and the one
 * check that a picture is not blank.
 */
final class Screenshots {

    /** A capture of a workbench window or dialog has more colours than this (menus, text, plots). */
    static final int WORKBENCH_COLOURS = 50;

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
        return save(shell, docsImage(name));
    }

    /**
     * Saves what a window shows into the screenshots folder (the build passes it as {@code -Dnngt.screenshots})
     * and checks that it is not blank.
     *
     * @param shell a window: the workbench's or a dialog's
     * @param name  the PNG file's name
     * @return the file
     * @throws IOException when it cannot be written
     */
    static Path saveToBuild(Shell shell, String name) throws IOException {
        return save(shell, Path.of(System.getProperty("nngt.screenshots", "target/screenshots"), name));
    }

    private static Path save(Shell shell, Path png) throws IOException {
        while (shell.getDisplay().readAndDispatch()) {
            // flush pending paints before copying the screen
        }
        OpenModelAtStartup.saveScreenshot(shell, png);
        assertNotBlank(png, WORKBENCH_COLOURS + 1);
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
        int colours = colours(new ImageLoader().load(png.toString())[0]);
        assertTrue(colours >= minColours, png + " has " + colours + " colours, expected " + minColours + " or more");
    }

    /**
     * @param image a picture
     * @return the number of distinct pixel values in it
     */
    static int colours(ImageData image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.height; y++) {
            for (int x = 0; x < image.width; x++) {
                colours.add(image.getPixel(x, y));
            }
        }
        return colours.size();
    }
}
