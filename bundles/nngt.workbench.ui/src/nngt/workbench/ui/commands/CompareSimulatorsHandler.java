package nngt.workbench.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import nngt.sim.api.CancellationToken;
import nngt.sim.api.run.SimulatorComparison;
import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.run.ComparisonRun;
import nngt.workbench.ui.run.InstalledSimulators;
import nngt.workbench.ui.views.ComparisonView;
import nngt.workbench.ui.views.Views;

/**
 * "Compare Simulators": asks for two installed simulators, runs the model on both in a background job and
 * shows the run service's verdict (the one {@code nngt compare} prints) in the "NNGT Simulator Comparison" view.
 */
public final class CompareSimulatorsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IFile model = SelectedModel.of(event);
        List<String> ids = InstalledSimulators.ids();
        if (model == null || ids.size() < 2) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Compare Simulators", model == null
                    ? "Select a .nngt model (or open one in an editor) first."
                    : "Comparing needs two installed simulators; installed: " + ids + ".");
            return null;
        }
        CompareSimulatorsDialog dialog = new CompareSimulatorsDialog(HandlerUtil.getActiveShell(event), ids);
        if (dialog.open() == Window.OK) {
            job(model, dialog.firstId(), dialog.secondId()).schedule();
        }
        return null;
    }

    /**
     * @param model    a {@code .nngt} file of the workspace
     * @param firstId  the first simulator's id
     * @param secondId the second simulator's id
     * @return an unscheduled job that runs both and shows the comparison view
     */
    public static Job job(IFile model, String firstId, String secondId) {
        CancellationToken cancel = new CancellationToken();
        Job job = new Job("Comparing " + firstId + " and " + secondId + " on " + model.getFullPath()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    SimulatorComparison comparison = ComparisonRun.run(model, firstId, secondId, monitor, cancel);
                    PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
                        if (Views.show(WorkbenchIds.COMPARISON_VIEW) instanceof ComparisonView view) {
                            view.show(comparison);
                        }
                    });
                    return Status.OK_STATUS;
                } catch (CoreException e) {
                    return e.getStatus();
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    // a simulator that failed while running (a Brian2 or NEST process that exited with an error)
                    return Status.error("Comparing " + firstId + " and " + secondId + " on " + model.getFullPath()
                            + " failed: " + e.getMessage(), e);
                }
            }

            @Override
            protected void canceling() {
                cancel.cancel();
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
