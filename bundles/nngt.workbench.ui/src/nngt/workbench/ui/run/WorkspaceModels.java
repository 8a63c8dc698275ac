package nngt.workbench.ui.run;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;

import nngt.dsl.NngtDiagnostic;
import nngt.dsl.NngtLanguage;
import nngt.model.Network;
import nngt.workbench.ui.WorkbenchIds;

/**
 * Loads {@code .nngt} model files of the workspace with the language's parser and full validation, as the
 * command line does, and turns their errors into statuses that name {@code file:line:column}.
 */
public final class WorkspaceModels {

    private static NngtLanguage language;

    private WorkspaceModels() {
    }

    /**
     * The language, set up once per session because building its injector takes about half a second.
     *
     * @return the shared language facade
     */
    public static synchronized NngtLanguage language() {
        if (language == null) {
            language = NngtLanguage.standalone();
        }
        return language;
    }

    /**
     * Loads and validates a workspace model.
     *
     * @param file a {@code .nngt} file of the workspace
     * @return the network, free of errors (warnings are allowed)
     * @throws CoreException when the file cannot be read, or when the model has errors: the status is a
     *                       {@link MultiStatus} with one child per error, each reading {@code file:line:col: message}
     */
    public static Network load(IFile file) throws CoreException {
        IPath location = file.getLocation();
        if (location == null || !file.exists()) {
            throw new CoreException(Status.error(file.getFullPath() + ": the model file does not exist."));
        }
        NngtLanguage.LoadResult result = language().load(location.toPath());
        List<NngtDiagnostic> errors = result.diagnostics().stream()
                .filter(d -> d.severity() == NngtDiagnostic.Severity.ERROR).toList();
        if (result.network() == null || !errors.isEmpty()) {
            MultiStatus status = new MultiStatus(WorkbenchIds.PLUGIN_ID, 0, file.getFullPath() + " has "
                    + errors.size() + (errors.size() == 1 ? " error" : " errors") + "; nothing was done.");
            for (NngtDiagnostic error : errors) {
                status.add(new Status(IStatus.ERROR, WorkbenchIds.PLUGIN_ID, describe(file, error)));
            }
            throw new CoreException(status);
        }
        return result.network();
    }

    /**
     * @param file the model file
     * @param diagnostic one of its diagnostics
     * @return {@code /project/path/file.nngt:line:column: message}
     */
    static String describe(IFile file, NngtDiagnostic diagnostic) {
        return file.getFullPath() + ":" + diagnostic.line() + ":" + diagnostic.column() + ": "
                + diagnostic.message();
    }
}
