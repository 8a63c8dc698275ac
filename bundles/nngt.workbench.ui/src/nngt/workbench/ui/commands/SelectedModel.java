package nngt.workbench.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import nngt.dsl.NngtLanguage;

/** Finds the model a command applies to: the selected {@code .nngt} file, else the active editor's. */
final class SelectedModel {

    private SelectedModel() {
    }

    /**
     * @param event the command's execution event
     * @return the model file, or null when neither the selection nor the active editor is a {@code .nngt} file
     */
    static IFile of(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof IFile file
                && isModel(file)) {
            return file;
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
        return isModel(file) ? file : null;
    }

    private static boolean isModel(IFile file) {
        return file != null && NngtLanguage.FILE_EXTENSION.equals(file.getFileExtension());
    }
}
