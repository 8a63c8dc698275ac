package nngt.workbench.ui.startup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.progress.IProgressConstants;

import nngt.sim.api.run.RunSummary;
import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.launch.LaunchSettings;
import nngt.workbench.ui.run.LastRun;
import nngt.workbench.ui.run.RunOutcome;
import nngt.workbench.ui.views.ResultsView;

/**
 * The smoke test's run: copies the model into the workspace project {@value #PROJECT}, opens it in the editor
 * registered for {@code .nngt} files, launches it as an "NNGT Simulation" on the simulator named by
 * {@value #RUN_PROPERTY} (the launch a user starts with Run As), waits until the results view shows the run and
 * then reports what the editor and the results view show. The install test of {@code releng/nngt.install-test}
 * uses it on an Eclipse into which the update site was installed, to prove that the installed bundles work.
 */
final class SmokeRun {

    /** System property: the simulator the smoke test runs the opened model on, e.g. {@code embedded}. */
    static final String RUN_PROPERTY = "nngt.smoke.run";
    /** The workspace project that receives the model. */
    static final String PROJECT = "nngt-smoke";

    private static final int POLL_MS = 250;
    /** The longest wait for the run and the results view. */
    private static final int TIMEOUT_MS = 240_000;

    private final IWorkbench workbench;
    private final IWorkbenchWindow window;
    private final String simulator;
    private final Path marker;
    private final long deadline = System.currentTimeMillis() + TIMEOUT_MS;
    private volatile IStatus failure;
    private IEditorPart editor;

    private final IJobChangeListener jobListener = new JobChangeAdapter() {
        @Override
        public void scheduled(IJobChangeEvent event) {
            if (event.getJob().belongsTo(WorkbenchIds.JOB_FAMILY)) {
                // a failure is reported in the marker file, not in a dialog that nobody closes
                event.getJob().setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
            }
        }

        @Override
        public void done(IJobChangeEvent event) {
            if (event.getJob().belongsTo(WorkbenchIds.JOB_FAMILY) && !event.getResult().isOK()) {
                failure = event.getResult();
            }
        }
    };

    private SmokeRun(IWorkbench workbench, IWorkbenchWindow window, String simulator, Path marker) {
        this.workbench = workbench;
        this.window = window;
        this.simulator = simulator;
        this.marker = marker;
    }

    /**
     * Starts the smoke run; call on the UI thread once the window has an active page.
     *
     * @param workbench the workbench
     * @param window    its window
     * @param model     the model file, outside the workspace
     * @param simulator the simulator id
     * @param marker    the marker file to write
     */
    static void start(IWorkbench workbench, IWorkbenchWindow window, Path model, String simulator, Path marker) {
        new SmokeRun(workbench, window, simulator, marker).run(model);
    }

    private void run(Path model) {
        IWorkbenchPage page = window.getActivePage();
        try {
            IFile file = importModel(model);
            editor = IDE.openEditor(page, file);
            Job.getJobManager().addJobChangeListener(jobListener);
            ILaunchConfigurationWorkingCopy configuration = LaunchSettings.newConfiguration(file);
            configuration.setAttribute(WorkbenchIds.ATTR_SIMULATOR, simulator);
            DebugUITools.launch(configuration.doSave(), "run");
            workbench.getDisplay().timerExec(POLL_MS, this::poll);
        } catch (CoreException | IOException e) {
            finish(List.of("error=" + model + " cannot be opened and launched: " + e.getMessage()));
        }
    }

    private static IFile importModel(Path model) throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile(model.getFileName().toString());
        try (InputStream in = Files.newInputStream(model)) {
            if (file.exists()) {
                file.setContents(in, IResource.FORCE, null);
            } else {
                file.create(in, IResource.FORCE, null);
            }
        }
        return file;
    }

    private void poll() {
        ResultsView view = window.getActivePage() == null ? null
                : (ResultsView) window.getActivePage().findView(WorkbenchIds.RESULTS_VIEW);
        RunOutcome shown = view == null ? null : view.shown();
        if (shown != null && shown == LastRun.get() && !view.rateRows().isEmpty()) {
            // let the raster paint before the screenshot
            workbench.getDisplay().timerExec(1000, () -> finish(resultLines(shown, view)));
        } else if (failure != null) {
            finish(List.of("error=the run failed: " + failure.getMessage()));
        } else if (System.currentTimeMillis() > deadline) {
            finish(List.of("error=no run in the results view after " + TIMEOUT_MS / 1000 + " s"));
        } else {
            workbench.getDisplay().timerExec(POLL_MS, this::poll);
        }
    }

    private static List<String> resultLines(RunOutcome outcome, ResultsView view) {
        RunSummary summary = outcome.summary();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "run=%s on %s: %d neurons, %d spikes, seed %d", summary.network(),
                summary.metadata().simulator(), summary.neurons(), outcome.result().totalSpikes(),
                summary.metadata().seed()));
        lines.add("resultsFolder=" + outcome.folder().getFullPath());
        for (String[] row : view.rateRows()) {
            lines.add("resultsRow=" + String.join(" | ", row));
        }
        return lines;
    }

    private void finish(List<String> lines) {
        Job.getJobManager().removeJobChangeListener(jobListener);
        OpenModelAtStartup.reportAndExit(workbench, window, editor, marker, lines);
    }
}
