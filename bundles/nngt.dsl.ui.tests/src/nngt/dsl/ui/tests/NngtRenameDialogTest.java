package nngt.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nngt.dsl.ui.editor.NngtEditor;

/**
 * The rename dialog as a user drives it: Alt+Shift+R, typed on the keyboard, runs the Rename command
 * (also Source > Rename...), which opens the page for the new name, which refuses invalid names with the reason, then the preview lists each
 * change, and OK applies them all.
 */
class NngtRenameDialogTest {

    private static IProject project;

    @BeforeAll
    static void createProject() throws Exception {
        project = UiTesting.exampleProject("rename-dialog-tests");
    }

    @AfterEach
    void closeEditors() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    @Test
    void theRenameCommandOpensThePageThatRefusesInvalidNamesThenPreviewsAndAppliesEveryChange() throws Exception {
        String model = NngtEditingFeaturesTest.MODEL;
        NngtEditor editor = UiTesting.open(UiTesting.write(project, "rename-dialog.nngt", model));
        IDocument document = editor.getViewer().getDocument();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(editor);
        editor.selectAndReveal(document.get().indexOf("connect exc") + "connect e".length(), 0);
        Display display = editor.getSite().getShell().getDisplay();

        List<String> preview = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        // The dialog is modal: the command returns when it closes, so a user's steps run inside its event
        // loop. They start once the dialog is there; until then the command is still checking the caret's name.
        long deadline = System.currentTimeMillis() + UiTesting.TIMEOUT_MS;
        Runnable[] user = new Runnable[1];
        user[0] = () -> {
            Shell dialog = dialogWithNameField(display);
            if (dialog == null && System.currentTimeMillis() < deadline) {
                display.timerExec(50, user[0]);
                return;
            }
            try {
                assertNotNull(dialog, "the rename dialog opened");
                driveTheDialog(display, dialog, preview);
                done.set(true);
            } catch (Throwable t) {
                failure.set(t);
                closeDialogs(display, editor.getSite().getShell());
            }
        };
        display.timerExec(50, user[0]);
        // Alt+Shift+R, the Rename command's key binding in the editor, on the keyboard.
        NngtEditingFeaturesTest.focus(editor.getViewer().getTextWidget());
        UiTesting.pressOnKeyboard(display, SWT.ALT, SWT.SHIFT, 'r');
        UiTesting.waitUntil("the rename dialog to open and close", () -> done.get() || failure.get() != null);
        if (failure.get() != null) {
            throw new AssertionError("The rename dialog did not behave: " + failure.get().getMessage(), failure.get());
        }

        assertEquals(List.of("Rename the declaration on line 6", "Update the reference on line 10",
                "Update the reference on line 12", "Update the reference on line 12",
                "Update the reference on line 13", "Update the reference on line 16"),
                preview.stream().filter(item -> item.startsWith("Rename the") || item.startsWith("Update the"))
                        .toList(),
                "the preview's changes: " + preview);
        String expected = model.replace("group exc:", "group pyramidal:")
                .replace("both: exc,", "both: pyramidal,")
                .replace("connect exc -> exc,", "connect pyramidal -> pyramidal,")
                .replace("-> exc:", "-> pyramidal:")
                .replace("from exc,", "from pyramidal,");
        assertEquals(expected, document.get());
        UiTesting.waitUntil("the renamed model to reconcile without problems",
                () -> editor.getLastReconcileResult() != null && editor.getLastReconcileResult().issueCount() == 0
                        && editor.getLastReconcileResult().outline().toString().contains("pyramidal"));
    }

    /* What a user does in the dialog; runs inside the dialog's event loop. */
    private static void driveTheDialog(Display display, Shell dialog, List<String> preview) throws Exception {
        Text name = NngtEditingFeaturesTest.find(dialog, Text.class);
        assertEquals("exc", name.getText(), "the page starts from the current name");
        assertFalse(button(dialog, "OK").isEnabled(), "nothing to do until a new name is typed");

        refused(dialog, name, "connect", "'connect' is not a valid group name: it is a keyword of the .nngt language.");
        refused(dialog, name, "inh", "The population already has a group named 'inh'; choose another name.");
        refused(dialog, name, "2cells", "'2cells' is not a valid group name: a name starts with a letter or '_'"
                + " and has only letters, digits and '_'.");

        name.setFocus();
        name.selectAll();
        UiTesting.typeOnKeyboard(name, "pyramidal");
        assertEquals("pyramidal", name.getText());
        UiTesting.waitUntil("the page to accept 'pyramidal'", () -> button(dialog, "OK").isEnabled());

        click(button(dialog, "Preview >"));
        Tree changes = UiTesting.waitFor("the preview's tree of changes", () -> {
            Tree tree = NngtEditingFeaturesTest.find(dialog, Tree.class);
            return tree != null && tree.isVisible() && tree.getItemCount() > 0 ? tree : null;
        });
        for (TreeItem item : changes.getItems()) {
            collect(changes, item, preview);
        }
        while (display.readAndDispatch()) {
            // Paint the expanded preview before it is captured.
        }
        Path png = UiTesting.screenshot(dialog, "nngt-rename-preview.png");
        assertTrue(Files.size(png) > 10_000, () -> png + " is only " + png.toFile().length() + " bytes");

        click(button(dialog, "OK"));
        UiTesting.waitUntil("the dialog to close", dialog::isDisposed);
    }

    /* Types an invalid name; the page shows why and does not let the rename go ahead. */
    private static void refused(Shell dialog, Text name, String newName, String reason) {
        name.setText(newName);
        UiTesting.waitUntil("the page to show: " + reason, () -> shows(dialog, reason));
        assertFalse(button(dialog, "OK").isEnabled(), newName + " is refused");
        assertFalse(button(dialog, "Preview >").isEnabled(), "no preview of " + newName);
    }

    private static Shell dialogWithNameField(Display display) {
        for (Shell shell : display.getShells()) {
            if (shell.isVisible() && shell.getParent() != null) {
                Text text = NngtEditingFeaturesTest.find(shell, Text.class);
                if (text != null && "exc".equals(text.getText())) {
                    return shell;
                }
            }
        }
        return null;
    }

    private static Button button(Composite parent, String label) {
        Button found = findButton(parent, label);
        assertNotNull(found, "a button '" + label + "'");
        return found;
    }

    private static Button findButton(Control control, String label) {
        if (control instanceof Button button && button.getText().replace("&", "").equals(label)) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = findButton(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /* Whether a visible label or text of the dialog shows a message. */
    private static boolean shows(Control control, String message) {
        if (!control.isVisible()) {
            return false;
        }
        String text = control instanceof Label label ? label.getText()
                : control instanceof CLabel label ? label.getText()
                        : control instanceof Text field ? field.getText() : null;
        if (text != null && text.contains(message)) {
            return true;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                if (shows(child, message)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void click(Button button) {
        assertTrue(button.isEnabled(), button.getText() + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    /* Expands an item as a click on its arrow would (the viewer creates children on the event), then reads it. */
    private static void collect(Tree tree, TreeItem item, List<String> texts) {
        texts.add(item.getText());
        Event expand = new Event();
        expand.item = item;
        tree.notifyListeners(SWT.Expand, expand);
        item.setExpanded(true);
        for (TreeItem child : item.getItems()) {
            collect(tree, child, texts);
        }
    }

    private static void closeDialogs(Display display, Shell workbench) {
        for (Shell shell : display.getShells()) {
            if (shell != workbench && shell.getParent() != null && !shell.isDisposed()) {
                shell.close();
            }
        }
    }
}
