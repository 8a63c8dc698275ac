package nngt.workbench.ui.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.statushandlers.StatusManager;

import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.run.InstalledSimulators;

/**
 * Opens the model named by the system property {@value #OPEN_PROPERTY} once the workbench window is up, in
 * the editor registered for {@code .nngt} files (the text editor when none is). With {@value #SMOKE_PROPERTY}
 * set as well, it then writes a screenshot ({@code <marker>.png}) and the marker file (the window's and the
 * editor's titles, the installed simulators) and closes the workbench: the product's smoke test checks both.
 * With {@value SmokeRun#RUN_PROPERTY} set too, the model is run first and the marker says what the results view
 * shows ({@link SmokeRun}).
 */
public final class OpenModelAtStartup implements IStartup {

    /** System property: the model file to open at start. */
    public static final String OPEN_PROPERTY = "nngt.open";
    /** System property: the marker file that the smoke test waits for. */
    public static final String SMOKE_PROPERTY = "nngt.smoke.marker";
    /** The editor used when no editor is registered for {@code .nngt} files. */
    public static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";

    private static final int RETRY_MS = 200;
    private static final int MAX_ATTEMPTS = 150;

    @Override
    public void earlyStartup() {
        String file = System.getProperty(OPEN_PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Path path = Path.of(file).toAbsolutePath().normalize();
        workbench.getDisplay().asyncExec(() -> openWhenReady(workbench, path, 0));
    }

    private static void openWhenReady(IWorkbench workbench, Path path, int attempt) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            if (attempt < MAX_ATTEMPTS) {
                workbench.getDisplay().timerExec(RETRY_MS, () -> openWhenReady(workbench, path, attempt + 1));
            }
            return;
        }
        String marker = System.getProperty(SMOKE_PROPERTY);
        String simulator = System.getProperty(SmokeRun.RUN_PROPERTY);
        if (marker != null && !marker.isBlank() && simulator != null && !simulator.isBlank()) {
            SmokeRun.start(workbench, window, path, simulator, Path.of(marker));
            return;
        }
        try {
            IEditorPart editor = open(page, path);
            if (marker != null && !marker.isBlank()) {
                // let the editor paint before the screenshot
                workbench.getDisplay().timerExec(1000,
                        () -> reportAndExit(workbench, window, editor, Path.of(marker), List.of()));
            }
        } catch (PartInitException | IllegalArgumentException e) {
            StatusManager.getManager().handle(new org.eclipse.core.runtime.Status(org.eclipse.core.runtime.IStatus.ERROR,
                    WorkbenchIds.PLUGIN_ID, path + " cannot be opened: " + e.getMessage(), e), StatusManager.LOG);
        }
    }

    /**
     * Opens a model file in the editor registered for its name, or in the text editor.
     *
     * @param page the page to open it in
     * @param path the file
     * @return the editor
     * @throws PartInitException        when the editor cannot be created
     * @throws IllegalArgumentException when the file does not exist
     */
    public static IEditorPart open(IWorkbenchPage page, Path path) throws PartInitException {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("nngt.open: " + path + " is not a file; give an existing .nngt file.");
        }
        IFileStore store = EFS.getLocalFileSystem().getStore(path.toUri());
        IEditorDescriptor descriptor = PlatformUI.getWorkbench().getEditorRegistry()
                .getDefaultEditor(path.getFileName().toString());
        // never the system's external editor: choose an internal one explicitly
        String editorId = descriptor != null && descriptor.isInternal() ? descriptor.getId() : TEXT_EDITOR;
        return IDE.openEditor(page, new FileStoreEditorInput(store), editorId);
    }

    /**
     * Writes the smoke test's screenshot and marker file, then closes the workbench.
     *
     * @param workbench the workbench
     * @param window    its window
     * @param editor    the model's editor, or null when it could not be opened
     * @param marker    the marker file
     * @param more      further {@code key=value} lines for the marker
     */
    static void reportAndExit(IWorkbench workbench, IWorkbenchWindow window, IEditorPart editor, Path marker,
            List<String> more) {
        Shell shell = window.getShell();
        try {
            saveScreenshot(shell, marker.resolveSibling(marker.getFileName() + ".png"));
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "window=%s%neditor=%s%neditorId=%s%nsimulators=%s%n", shell.getText(),
                    editor == null ? "" : editor.getTitle(), editor == null ? "" : editor.getSite().getId(),
                    String.join(",", InstalledSimulators.ids())));
            more.forEach(line -> report.append(line).append(System.lineSeparator()));
            Files.writeString(marker, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            StatusManager.getManager().handle(new org.eclipse.core.runtime.Status(org.eclipse.core.runtime.IStatus.ERROR,
                    WorkbenchIds.PLUGIN_ID, "Smoke-test marker " + marker + " cannot be written", e), StatusManager.LOG);
        }
        workbench.close();
    }

    /**
     * Saves what a shell shows as a PNG file.
     *
     * @param shell the shell, visible
     * @param file  the PNG file to write
     * @throws IOException when the file cannot be written
     */
    public static void saveScreenshot(Shell shell, Path file) throws IOException {
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            Files.createDirectories(file.toAbsolutePath().getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (org.eclipse.swt.SWTException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
