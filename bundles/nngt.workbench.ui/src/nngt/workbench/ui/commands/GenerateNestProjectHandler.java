package nngt.workbench.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.run.GeneratedProjects;

/**
 * "Generate NEST Project": writes the model's PyNEST project (NEST 3) into {@code <project>/nest/<network>/}
 * in a background job. Errors, such as model errors with their {@code file:line:col}, end the job with an
 * error status, which the workbench shows in a dialog.
 */
public final class GenerateNestProjectHandler extends AbstractHandler {

    /** The id of the generator service this command calls: PyNEST for NEST 3. */
    static final String NEST_GENERATOR = "nest";

    @Override
    public Object execute(ExecutionEvent event) {
        IFile model = SelectedModel.of(event);
        if (model == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Generate NEST Project",
                    "Select a .nngt model (or open one in an editor) first.");
            return null;
        }
        job(model).schedule();
        return null;
    }

    /**
     * @param model a {@code .nngt} file of the workspace
     * @return an unscheduled job that generates its NEST 3 project
     */
    public static Job job(IFile model) {
        Job job = new Job("Generating the NEST project of " + model.getFullPath()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    IContainer folder = GeneratedProjects.generate(model, NEST_GENERATOR, monitor);
                    return Status.info("Generated " + folder.getFullPath());
                } catch (CoreException e) {
                    return e.getStatus();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == WorkbenchIds.JOB_FAMILY;
            }
        };
        job.setUser(true);
        return job;
    }
}
