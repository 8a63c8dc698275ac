package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;

import nngt.workbench.ui.WorkbenchIds;

/**
 * Test fixtures on the running workbench: projects holding the repository's example models, explicit waits
 * that keep the UI thread dispatching, and the results of the jobs of {@code nngt.workbench.ui}.
 */
final class Workbench {

    /** The longest wait for a job or a view; the runs of these tests take a few seconds. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Results of the finished jobs of the bundle's family, in the order they finished. */
    private static final List<IStatus> RESULTS = new CopyOnWriteArrayList<>();

    static {
        Job.getJobManager().addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void scheduled(IJobChangeEvent event) {
                if (event.getJob().belongsTo(WorkbenchIds.JOB_FAMILY)) {
                    // errors are asserted by the tests, not prompted in a dialog that would wait for a click
                    event.getJob().setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
                }
            }

            @Override
            public void done(IJobChangeEvent event) {
                if (event.getJob().belongsTo(WorkbenchIds.JOB_FAMILY)) {
                    RESULTS.add(event.getResult());
                }
            }
        });
    }

    private Workbench() {
    }

    /**
     * Creates an open project holding copies of example models.
     *
     * @param name   the project name
     * @param models file names in the repository's {@code examples} folder
     * @return the project
     * @throws CoreException when the project cannot be created
     * @throws IOException   when an example cannot be read
     */
    static IProject projectWith(String name, String... models) throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        for (String model : models) {
            try (InputStream in = Files.newInputStream(example(model))) {
                project.getFile(model).create(in, IResource.FORCE, null);
            }
        }
        return project;
    }

    /**
     * Writes a model that the Brian2 backend cannot run (Hodgkin-Huxley neurons), for the refusal paths.
     *
     * @param project the project
     * @return the new file, {@code hh.nngt}
     * @throws CoreException when the file cannot be created
     */
    static IFile modelBrian2CannotRun(IProject project) throws CoreException {
        return model(project, "hh", "  group cells: 10 excitatory hh_psc_alpha\n  record spikes from all\n"
                + "  simulate 10 ms\n");
    }

    /**
     * Writes a small recurrent network driven by constant currents, which every simulator runs: nothing random
     * happens during the run, so simulators agree spike by spike.
     *
     * @param project the project
     * @return the new file, {@code constant_drive.nngt}
     * @throws CoreException when the file cannot be created
     */
    static IFile modelWithConstantDrive(IProject project) throws CoreException {
        return model(project, "constant_drive", "  group exc: 40 excitatory iaf_psc_alpha\n"
                + "  group inh: 10 inhibitory iaf_psc_alpha\n"
                + "  connect all -> all: fixed_degree(degree = 5) degree in weight 30 pA delay 1.5 ms\n"
                + "  stimulate dc(amplitude = 400 pA) -> all\n  record spikes from all\n  simulate 100 ms\n");
    }

    private static IFile model(IProject project, String network, String body) throws CoreException {
        IFile file = project.getFile(network + ".nngt");
        String text = "network " + network + " {\n  seed 3\n" + body + "}\n";
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        return file;
    }

    /**
     * @param name a file name in the repository's examples folder
     * @return its path (the build passes the folder as {@code -Dnngt.examples})
     */
    static Path example(String name) {
        String folder = System.getProperty("nngt.examples");
        if (folder == null) {
            fail("System property nngt.examples is not set; the test runtime must name the examples folder.");
        }
        return Path.of(folder, name);
    }

    /**
     * Dispatches UI events until a condition holds.
     *
     * @param what      what is awaited, for the failure message
     * @param condition the condition
     */
    static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, condition, TIMEOUT);
    }

    /**
     * Dispatches UI events until a condition holds, for longer than {@link #TIMEOUT}.
     *
     * @param what      what is awaited, for the failure message
     * @param condition the condition
     * @param timeout   the longest wait
     */
    static void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("Interrupted while waiting for " + what);
                }
            }
        }
    }

    /**
     * @return the jobs of the bundle's family that are scheduled or running now
     */
    static List<Job> activeJobs() {
        return List.of(Job.getJobManager().find(WorkbenchIds.JOB_FAMILY));
    }

    /**
     * Waits until the bundle has no scheduled or running job, then drains pending UI work.
     */
    static void waitForJobs() {
        waitForJobs(TIMEOUT);
    }

    /**
     * Waits until the bundle has no scheduled or running job, for jobs that take longer than {@link #TIMEOUT}.
     *
     * @param timeout the longest wait
     */
    static void waitForJobs(Duration timeout) {
        waitUntil("the jobs of nngt.workbench.ui to finish", () -> activeJobs().isEmpty(), timeout);
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run the views' pending asyncExec updates
        }
    }

    /** Forgets the results of earlier jobs. */
    static void clearResults() {
        RESULTS.clear();
    }

    /**
     * @return the result of the job of the bundle that finished last
     */
    static IStatus lastResult() {
        waitUntil("a job of nngt.workbench.ui to finish", () -> !RESULTS.isEmpty());
        return RESULTS.get(RESULTS.size() - 1);
    }

    /**
     * @return the active page of the workbench window
     */
    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    /**
     * @param viewId a view id
     * @return the view if it is open in the page, else null
     */
    static IViewPart findView(String viewId) {
        return page().findView(viewId);
    }

    /**
     * Dispatches UI events for a while, so that a newly opened shell is mapped and painted before a capture.
     *
     * @param duration how long
     */
    static void dispatchFor(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        waitUntil("time to pass", () -> System.nanoTime() > end, duration.plusSeconds(1));
    }
}
