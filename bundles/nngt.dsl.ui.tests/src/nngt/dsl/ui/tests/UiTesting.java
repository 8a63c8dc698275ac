package nngt.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import nngt.dsl.ui.editor.NngtEditor;
import nngt.dsl.ui.wizards.NewNngtProjectWizard;

/**
 * Helpers of the editor tests: workspace projects with the NNGT nature, opening files, and waiting
 * for a condition while the UI thread keeps dispatching events (never a fixed sleep).
 */
final class UiTesting {

    /** Longest wait for a reconcile, a build or a redraw. */
    static final long TIMEOUT_MS = 20_000;

    private UiTesting() {
    }

    /**
     * Runs the UI event loop until a condition holds.
     *
     * @param what the awaited state, for the failure message
     * @param condition checked between events
     */
    static void waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("Timed out after " + TIMEOUT_MS + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                pause();
            }
        }
    }

    /* A short rest between polls of the event queue; never a wait for a result. */
    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("Interrupted while waiting for the UI");
        }
    }

    /**
     * Runs the UI event loop until a value appears.
     *
     * @param <T> the value's type
     * @param what the awaited value, for the failure message
     * @param value gives the value, or null while there is none
     * @return the value
     */
    static <T> T waitFor(String what, Supplier<T> value) {
        List<T> found = new ArrayList<>(1);
        waitUntil(what, () -> {
            T current = value.get();
            if (current != null) {
                found.add(current);
            }
            return current != null;
        });
        return found.get(0);
    }

    /**
     * Types text on the keyboard: each character is posted to the display as a real key press and
     * release (XTest under X11), so it passes the workbench's key filters and the widget's
     * verify-key listeners in order, as a person's typing does. Lower-case letters, digits and
     * unshifted punctuation only: the keyboard map gives no Shift.
     *
     * @param widget the control that must have the keyboard focus
     * @param text the characters to type
     */
    static void typeOnKeyboard(Control widget, String text) {
        Display display = widget.getDisplay();
        for (char c : text.toCharArray()) {
            for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
                Event event = new Event();
                event.type = type;
                event.character = c;
                if (!display.post(event)) {
                    fail("The display did not accept the key '" + c + "' (no XTest?)");
                }
            }
            String before = textOf(widget);
            long deadline = System.currentTimeMillis() + TIMEOUT_MS;
            // Until the key has arrived: a posted event comes back from the X server asynchronously.
            while (before != null && before.equals(textOf(widget)) && System.currentTimeMillis() < deadline) {
                if (!display.readAndDispatch()) {
                    pause();
                }
            }
            while (display.readAndDispatch()) {
                // The key's own follow-up events.
            }
        }
    }

    /**
     * Presses a key with modifiers held, on the keyboard (posted to the display as {@link #typeOnKeyboard}
     * does), and releases them in reverse order. The events arrive when the caller next runs the event
     * loop (see {@link #waitUntil}).
     *
     * @param display the display
     * @param modifier the key code of the first modifier held (SWT.ALT, SWT.SHIFT, SWT.CTRL)
     * @param secondModifier the key code of a second modifier held
     * @param key the character key, lower case
     */
    static void pressOnKeyboard(Display display, int modifier, int secondModifier, char key) {
        post(display, SWT.KeyDown, modifier, (char) 0);
        post(display, SWT.KeyDown, secondModifier, (char) 0);
        post(display, SWT.KeyDown, 0, key);
        post(display, SWT.KeyUp, 0, key);
        post(display, SWT.KeyUp, secondModifier, (char) 0);
        post(display, SWT.KeyUp, modifier, (char) 0);
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        if (!display.post(event)) {
            fail("The display did not accept a key event (no XTest?)");
        }
    }

    private static String textOf(Control widget) {
        return widget instanceof StyledText styled ? styled.getText()
                : widget instanceof org.eclipse.swt.widgets.Text field ? field.getText() : null;
    }

    /**
     * Captures a window as it is on the screen (with any popup over it) and saves it as PNG.
     *
     * @param shell the window, open and painted
     * @param name the file name in the screenshots folder
     * @return the saved file
     * @throws IOException when it cannot be written
     */
    static Path screenshot(Shell shell, String name) throws IOException {
        Rectangle area = shell.getBounds();
        Image image = new Image(shell.getDisplay(), area.width, area.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, area.x, area.y);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        if (!varied(data)) {
            fail("The screenshot " + name + " is one colour: nothing was painted");
        }
        return save(data, name);
    }

    /**
     * Saves an image as PNG in the screenshots folder (the system property nngt.screenshots).
     *
     * @param data the image
     * @param name the file name
     * @return the saved file
     * @throws IOException when it cannot be written
     */
    static Path save(ImageData data, String name) throws IOException {
        Path folder = Path.of(System.getProperty("nngt.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path png = folder.resolve(name);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(png.toString(), SWT.IMAGE_PNG);
        return png;
    }

    /**
     * @param data an image
     * @return true unless every sampled pixel has the colour of the first (a blank capture)
     */
    static boolean varied(ImageData data) {
        int first = data.getPixel(0, 0);
        for (int y = 0; y < data.height; y += 7) {
            for (int x = 0; x < data.width; x += 7) {
                if (data.getPixel(x, y) != first) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param editor an open editor
     * @param text part of a message
     * @return true when the editor shows a problem annotation whose message contains the text
     */
    static boolean showsProblem(NngtEditor editor, String text) {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            String message = it.next().getText();
            if (message != null && message.contains(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Waits for the automatic build that a save or a file change scheduled, so that markers are read
     * after the builder replaced them, not in between.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    static void waitForAutoBuild() throws InterruptedException {
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
    }

    /**
     * Creates a project with the NNGT nature and the examples, as the NNGT Project wizard does.
     *
     * @param name the project name, new in the workspace
     * @return the open project
     * @throws CoreException when it cannot be created
     */
    static IProject exampleProject(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            NewNngtProjectWizard.create(project, ResourcesPlugin.getWorkspace().newProjectDescription(name), null);
        }
        return project;
    }

    /**
     * Writes a new file into a project.
     *
     * @param project the project
     * @param name the file name
     * @param text the content
     * @return the file
     * @throws CoreException when it cannot be written
     */
    static IFile write(IProject project, String name, String text) throws CoreException {
        IFile file = project.getFile(name);
        ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(content, true, false, null);
        } else {
            file.create(content, true, null);
        }
        return file;
    }

    /**
     * Opens a file in its default editor and waits for the first reconcile.
     *
     * @param file a .nngt file
     * @return the editor
     * @throws PartInitException when it cannot be opened
     */
    static NngtEditor open(IFile file) throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        NngtEditor editor = (NngtEditor) IDE.openEditor(page, file);
        waitUntil("the first reconcile of " + file.getName(), () -> editor.getLastReconcileResult() != null);
        return editor;
    }
}
