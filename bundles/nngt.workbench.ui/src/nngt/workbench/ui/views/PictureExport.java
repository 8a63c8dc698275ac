package nngt.workbench.ui.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import nngt.model.api.AtomicFile;

/**
 * Writes a plot that paints itself on a {@link Drawing} as a PNG image or an SVG file, with the painting code
 * the screen uses, in the display's standard font on a white background. Files are written atomically.
 */
public final class PictureExport {

    /** The background of exported pictures. */
    public static final RGB BACKGROUND = new RGB(255, 255, 255);

    private PictureExport() {
    }

    /** Writes a picture into a file of one format. */
    @FunctionalInterface
    public interface Target {
        /**
         * @param file the file to create or replace
         * @throws IOException when it cannot be written
         */
        void writeTo(Path file) throws IOException;
    }

    /**
     * Asks for a file with a save dialog and writes the picture there; an error is shown in a dialog.
     *
     * @param shell       the dialogs' parent
     * @param title       the dialogs' title
     * @param pattern     the file pattern, {@code *.png} or {@code *.svg}
     * @param defaultName the proposed file name, without extension
     * @param target      writes the picture
     */
    public static void askAndWrite(Shell shell, String title, String pattern, String defaultName, Target target) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] {pattern});
        dialog.setFileName(defaultName + pattern.substring(1));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            target.writeTo(Path.of(chosen));
        } catch (IOException e) {
            MessageDialog.openError(shell, title, chosen + " cannot be written: " + e.getMessage());
        }
    }

    /**
     * Paints a picture into an image and saves it as PNG; call on the UI thread.
     *
     * @param display the display
     * @param width   the image's width in pixels, at least 1
     * @param height  the image's height in pixels, at least 1
     * @param painter paints the picture
     * @param file    the PNG file to create or replace
     * @throws IOException when the file cannot be written
     */
    public static void png(Display display, int width, int height, Consumer<Drawing> painter, Path file)
            throws IOException {
        Image image = new Image(display, width, height);
        try {
            GC gc = new GC(image);
            GcDrawing drawing;
            try {
                gc.setFont(display.getSystemFont());
                drawing = new GcDrawing(gc);
                drawing.fillRectangle(0, 0, width, height, 0, BACKGROUND);
                painter.accept(drawing);
                drawing.dispose();
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            AtomicFile.write(file, temporary -> loader.save(temporary.toString(), SWT.IMAGE_PNG));
        } finally {
            image.dispose();
        }
    }

    /**
     * Paints a picture as SVG, with text widths measured in the display's standard font; call on the UI thread.
     *
     * @param display the display
     * @param width   the picture's width in pixels
     * @param height  the picture's height in pixels
     * @param painter paints the picture
     * @param file    the SVG file to create or replace
     * @throws IOException when the file cannot be written
     */
    public static void svg(Display display, int width, int height, Consumer<Drawing> painter, Path file)
            throws IOException {
        String text = svgText(display, width, height, painter);
        AtomicFile.write(file, temporary -> Files.writeString(temporary, text, StandardCharsets.UTF_8));
    }

    /**
     * @param display the display
     * @param width   the picture's width in pixels
     * @param height  the picture's height in pixels
     * @param painter paints the picture
     * @return the SVG document; call on the UI thread
     */
    static String svgText(Display display, int width, int height, Consumer<Drawing> painter) {
        GC gc = new GC(display);
        try {
            gc.setFont(display.getSystemFont());
            GcDrawing measure = new GcDrawing(gc);
            try {
                FontData font = display.getSystemFont().getFontData()[0];
                double pixels = font.getHeight() * display.getDPI().y / 72.0;
                SvgDrawing svg = new SvgDrawing(width, height, measure, font.getName(), pixels);
                svg.fillRectangle(0, 0, width, height, 0, BACKGROUND);
                painter.accept(svg);
                return svg.toSvg();
            } finally {
                measure.dispose();
            }
        } finally {
            gc.dispose();
        }
    }
}
