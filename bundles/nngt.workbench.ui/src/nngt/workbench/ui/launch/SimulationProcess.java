package nngt.workbench.ui.launch;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.CoreException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.debug.core.model.IStreamsProxy;
import org.eclipse.debug.ui.IDebugUIConstants;

import nngt.workbench.ui.run.RunLog;

/**
 * A simulation job as a process of its launch: it appears in the Debug view, the Debug plug-in opens a console on
 * its streams (the run's progress lines and summary table on the output, a failure or cancellation on the error
 * stream), and the Terminate button cancels the job, which leaves no results folder. It terminates when the job is
 * done; its exit value tells how the run ended.
 *
 * <p>After a finished run it brings the NNGT Results view forward, but only once the console has taken the run's
 * output, and keeps it in front of the console for a moment ({@link ResultsInFront}): the console brings itself
 * forward each time text arrives (the Debug preference "Show the console when standard out changes"), and the
 * Debug plug-in creates it in a job of its own, which under load runs after a short run has ended. Showing the
 * results without this would leave them covered by the console a moment later.
 */
public final class SimulationProcess implements IProcess {

    /** The process type shown in the process's properties. */
    public static final String PROCESS_TYPE = "nngt.simulation";
    /** Exit value of a run that finished and wrote its results. */
    public static final int EXIT_OK = 0;
    /** Exit value of a run that failed: the model, the simulator or the results folder refused it. */
    public static final int EXIT_FAILED = 1;
    /** Exit value of a cancelled run, as a shell reports a command stopped with Ctrl-C. */
    public static final int EXIT_CANCELLED = 130;
    /** The longest wait for a console to connect before the results view is shown anyway. */
    static final long CONSOLE_CONNECT_TIMEOUT_MS = 10_000;

    private final ILaunch launch;
    private final SimulationJob job;
    private final RunStreamMonitor output = new RunStreamMonitor();
    private final RunStreamMonitor errors = new RunStreamMonitor();
    private final Map<String, String> attributes = new HashMap<>();
    private final IStreamsProxy streams = new IStreamsProxy() {
        @Override
        public IStreamMonitor getErrorStreamMonitor() {
            return errors;
        }

        @Override
        public IStreamMonitor getOutputStreamMonitor() {
            return output;
        }

        @Override
        public void write(String input) {
            // a simulation reads no input: what is typed into its console is ignored
        }
    };
    private volatile Integer exitValue;

    /**
     * Creates the process of a job, adds it to the launch and connects the job's lines to its output; schedule
     * the job afterwards.
     *
     * @param launch the launch
     * @param job    the simulation job, not yet scheduled
     */
    SimulationProcess(ILaunch launch, SimulationJob job) {
        this.launch = launch;
        this.job = job;
        attributes.put(ATTR_PROCESS_TYPE, PROCESS_TYPE);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                terminated(event.getResult());
            }
        });
        launch.addProcess(this);
        fire(DebugEvent.CREATE);
    }

    /**
     * @return where the job writes its lines: this process's output stream
     */
    RunLog log() {
        return line -> output.append(line + System.lineSeparator());
    }

    private void terminated(IStatus result) {
        if (result.getSeverity() == IStatus.CANCEL) {
            errors.append("Cancelled: the simulation was stopped; no results folder was written."
                    + System.lineSeparator());
            exitValue = EXIT_CANCELLED;
        } else if (result.matches(IStatus.ERROR)) {
            errors.append(describe(result));
            exitValue = EXIT_FAILED;
        } else {
            exitValue = EXIT_OK;
        }
        fire(DebugEvent.TERMINATE);
        if (exitValue == EXIT_OK) {
            showResultsAfterConsole();
        }
    }

    private void showResultsAfterConsole() {
        AtomicBoolean shown = new AtomicBoolean();
        Runnable show = () -> {
            if (shown.compareAndSet(false, true)) {
                ResultsInFront.show();
            }
        };
        if (!capturedInConsole()) {
            show.run();
            return;
        }
        output.whenConnected(show);
        // a console that never connects (the Debug plug-in failed to create it) must not hide the results
        Job fallback = Job.create("Show the NNGT results", (IProgressMonitor monitor) -> {
            show.run();
            return Status.OK_STATUS;
        });
        fallback.setSystem(true);
        fallback.schedule(CONSOLE_CONNECT_TIMEOUT_MS);
    }

    /* the launch's Common tab can turn the console off ("Allocate console"), and then none will connect */
    private boolean capturedInConsole() {
        ILaunchConfiguration configuration = launch.getLaunchConfiguration();
        try {
            return configuration == null
                    || configuration.getAttribute(IDebugUIConstants.ATTR_CAPTURE_IN_CONSOLE, true);
        } catch (CoreException e) {
            return true;
        }
    }

    private static String describe(IStatus status) {
        StringBuilder text = new StringBuilder(status.getMessage()).append(System.lineSeparator());
        for (IStatus child : status.getChildren()) {
            text.append("  ").append(child.getMessage()).append(System.lineSeparator());
        }
        return text.toString();
    }

    private void fire(int kind) {
        DebugPlugin plugin = DebugPlugin.getDefault();
        if (plugin != null) {
            plugin.fireDebugEventSet(new DebugEvent[] {new DebugEvent(this, kind)});
        }
    }

    @Override
    public String getLabel() {
        return job.getName();
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IStreamsProxy getStreamsProxy() {
        return streams;
    }

    @Override
    public void setAttribute(String key, String value) {
        synchronized (attributes) {
            attributes.put(key, value);
        }
        fire(DebugEvent.CHANGE);
    }

    @Override
    public String getAttribute(String key) {
        synchronized (attributes) {
            return attributes.get(key);
        }
    }

    @Override
    public int getExitValue() throws DebugException {
        Integer value = exitValue;
        if (value == null) {
            throw new DebugException(Status.error(getLabel()
                    + " is still running; its exit value is known once it terminates."));
        }
        return value;
    }

    @Override
    public boolean canTerminate() {
        return exitValue == null;
    }

    @Override
    public boolean isTerminated() {
        return exitValue != null;
    }

    /** Cancels the simulation job: the simulation stops at its next communication interval and writes nothing. */
    @Override
    public void terminate() {
        job.cancel();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter.isInstance(this)) {
            return adapter.cast(this);
        }
        if (adapter == ILaunch.class) {
            return adapter.cast(launch);
        }
        return null;
    }
}
