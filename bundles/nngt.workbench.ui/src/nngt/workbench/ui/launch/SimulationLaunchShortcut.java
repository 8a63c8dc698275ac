package nngt.workbench.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.statushandlers.StatusManager;

import nngt.dsl.NngtLanguage;
import nngt.workbench.ui.WorkbenchIds;

/**
 * "Run As &gt; NNGT Simulation" on a {@code .nngt} file or its editor: reuses the file's first "NNGT
 * Simulation" configuration, or creates and saves one with the defaults, then launches it.
 */
public final class SimulationLaunchShortcut implements org.eclipse.debug.ui.ILaunchShortcut {

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof IFile file) {
            launch(file, mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        IFile file = editor.getEditorInput().getAdapter(IFile.class);
        if (file != null) {
            launch(file, mode);
        }
    }

    private static void launch(IFile file, String mode) {
        if (!NngtLanguage.FILE_EXTENSION.equals(file.getFileExtension())) {
            return;
        }
        try {
            DebugUITools.launch(configurationFor(file), mode);
        } catch (CoreException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
        }
    }

    /**
     * @param file a {@code .nngt} file
     * @return its existing configuration, or a new saved one
     * @throws CoreException when configurations cannot be read or saved
     */
    static ILaunchConfiguration configurationFor(IFile file) throws CoreException {
        String path = file.getFullPath().toPortableString();
        for (ILaunchConfiguration configuration : org.eclipse.debug.core.DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurations(LaunchSettings.type())) {
            if (path.equals(configuration.getAttribute(WorkbenchIds.ATTR_MODEL, ""))) {
                return configuration;
            }
        }
        return LaunchSettings.newConfiguration(file).doSave();
    }
}
