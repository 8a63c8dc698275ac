package nngt.workbench.ui.launch;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import nngt.sim.api.CancellationToken;
import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.run.LastRun;
import nngt.workbench.ui.run.RunLog;
import nngt.workbench.ui.run.RunOutcome;
import nngt.workbench.ui.run.RunSettings;
import nngt.workbench.ui.run.SimulationRun;

/**
 * A simulation in the background: a user job (shown in the Progress view, and in the Debug view as its launch's
 * {@link SimulationProcess}) that runs {@link SimulationRun} and publishes the outcome as the {@link LastRun}; its
 * process then shows the results view. Cancelling the job stops the
 * simulation and leaves no results folder. Its result is the run's status: an error status lists what went
 * wrong (model errors with their positions, or every part the simulator cannot run).
 */
public final class SimulationJob extends Job {

    private final RunSettings settings;
    private final CancellationToken cancel = new CancellationToken();
    private volatile RunLog log = RunLog.NONE;

    /**
     * @param settings what to run
     */
    public SimulationJob(RunSettings settings) {
        super("NNGT simulation of " + settings.model().getFullPath() + " on " + settings.simulatorId());
        this.settings = settings;
        setUser(true);
    }

    /**
     * @param log receives the run's lines (its process's console); set before the job is scheduled
     */
    void setLog(RunLog log) {
        this.log = log;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            RunOutcome outcome = SimulationRun.execute(settings, monitor, cancel, log);
            LastRun.publish(outcome);
            return Status.OK_STATUS;
        } catch (CoreException e) {
            return e.getStatus();
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            // a simulator's own refusal (IllegalArgumentException naming the parameter) or an internal failure
            return Status.error("Simulation of " + settings.model().getFullPath() + " failed: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    /** Stops the simulation at its next communication interval. */
    @Override
    protected void canceling() {
        cancel.cancel();
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == WorkbenchIds.JOB_FAMILY;
    }
}
