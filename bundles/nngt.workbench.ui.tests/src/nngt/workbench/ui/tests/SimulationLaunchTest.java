package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nngt.sim.api.SimulationResult;
import nngt.sim.api.io.ResultsFolder;
import nngt.sim.api.run.RunSummary;
import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.launch.LaunchSettings;
import nngt.workbench.ui.launch.SimulationProcess;
import nngt.workbench.ui.run.RunOutcome;
import nngt.workbench.ui.views.RasterBins;
import nngt.workbench.ui.views.ResultsView;

/**
 * Runs "NNGT Simulation" launch configurations inside the workbench and checks the results folder, the
 * results view, cancellation and the capability check.
 */
class SimulationLaunchTest {

    private static final String MODEL = "basic_exc_inh.nngt";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.projectWith("launch-test", MODEL);
        Workbench.clearResults();
    }

    @AfterEach
    void deleteProject() throws CoreException {
        Workbench.waitForJobs();
        project.delete(true, true, null);
    }

    private ILaunchConfigurationWorkingCopy configuration(String simulator, String timeMs) throws CoreException {
        ILaunchConfigurationWorkingCopy copy = LaunchSettings.newConfiguration(project.getFile(MODEL));
        copy.setAttribute(WorkbenchIds.ATTR_SIMULATOR, simulator);
        copy.setAttribute(WorkbenchIds.ATTR_THREADS, 2);
        copy.setAttribute(WorkbenchIds.ATTR_SEED, "4242");
        copy.setAttribute(WorkbenchIds.ATTR_TIME_MS, timeMs);
        return copy;
    }

    @Test
    void launchWritesTheResultsFolderAndFillsTheResultsView() throws Exception {
        ILaunch launch = configuration("embedded", "40").launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Workbench.waitForJobs();
        Workbench.waitUntil("the run's process to terminate", launch::isTerminated);
        assertEquals(SimulationProcess.EXIT_OK, launch.getProcesses()[0].getExitValue());
        assertEquals(IStatus.OK, Workbench.lastResult().getSeverity(), () -> Workbench.lastResult().toString());

        IFolder results = project.getFolder("results/basic_exc_inh");
        assertTrue(results.exists(), "the results folder is refreshed into the workspace");
        for (String name : List.of("spikes.txt", "summary.json", "groups.csv", "run.csv", "degrees.csv",
                ResultsFolder.MANIFEST)) {
            assertTrue(results.getFile(name).exists(), name + " is in the results folder");
        }
        Path folder = results.getLocation().toPath();
        String summary = Files.readString(folder.resolve("summary.json"), StandardCharsets.UTF_8);
        assertTrue(summary.contains("\"seed\": 4242"), summary);
        assertTrue(summary.contains("\"threads\": 2"), summary);
        assertTrue(summary.contains("\"durationMs\": 40,"), summary);

        // the console comes forward 100 ms or more after the run's text reaches it, possibly after the run ended
        // (the Debug plug-in creates it in a job); the results view must come forward after it and stay visible
        IWorkbenchPage page = Workbench.page();
        Workbench.waitUntil("the results view to come forward", () -> Workbench.findView(WorkbenchIds.RESULTS_VIEW)
                != null && page.isPartVisible(Workbench.findView(WorkbenchIds.RESULTS_VIEW)));
        ResultsView view = assertInstanceOf(ResultsView.class, Workbench.findView(WorkbenchIds.RESULTS_VIEW));
        Workbench.dispatchFor(Duration.ofSeconds(1));
        assertTrue(page.isPartVisible(view), "the console, which shows itself when output arrives, does not cover"
                + " the results view");
        Workbench.waitUntil("the results view to show the run", () -> view.shown() != null);
        RunOutcome shown = view.shown();
        SimulationResult result = shown.result();
        long spikeLines;
        try (Stream<String> lines = Files.lines(folder.resolve("spikes.txt"))) {
            spikeLines = lines.filter(line -> !line.startsWith("#")).count();
        }
        assertTrue(result.totalSpikes() > 0, "the network spikes under its Poisson drive");
        assertEquals(spikeLines, result.totalSpikes(), "the view shows the spikes that spikes.txt holds");
        assertEquals(groupNames(summary), view.rateRows().stream().map(row -> row[0]).toList(),
                "the rate table lists the groups of summary.json");
        for (String[] row : view.rateRows()) {
            assertTrue(Pattern.compile("\"name\": \"" + row[0] + "\",\\s*\"neurons\": " + row[1] + ",")
                    .matcher(summary).find(), row[0]);
            assertTrue(Double.parseDouble(row[3]) > 0, "group " + row[0] + " fires");
        }

        Workbench.waitUntil("the raster to be drawn", () -> view.raster().bins() != null);
        RasterBins bins = view.raster().bins();
        assertEquals(result.totalSpikes(), bins.totalSpikes(), "every spike lands in a pixel of the raster");

        // maximised, the view shows the raster and the whole rate table
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.waitUntil("the maximised raster to be redrawn", () -> view.raster().bins() != null
                && view.raster().bins().width() > bins.width());
        try {
            Screenshots.saveToBuild(page.getWorkbenchWindow().getShell(), "results-view.png");
        } finally {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        }
    }

    @Test
    void aLaunchedRunWritesTheCommandLinesFolderWhichNngtPlotDraws() throws Exception {
        CommandLine.assumeBuilt();
        configuration("embedded", "40").launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Workbench.waitForJobs();
        assertEquals(IStatus.OK, Workbench.lastResult().getSeverity(), () -> Workbench.lastResult().toString());
        Path launched = project.getFolder("results/basic_exc_inh").getLocation().toPath();

        Path commandLine = Files.createTempDirectory("nngt-run").resolve("basic_exc_inh");
        CommandLine.Outcome run = CommandLine.nngt("run", project.getFile(MODEL).getLocation().toString(),
                "--simulator", "embedded", "--threads", "2", "--seed", "4242", "--time", "40ms", "--no-plots", "--out",
                commandLine.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(withoutTimings(commandLine.resolve("summary.json")), withoutTimings(launched.resolve("summary.json")),
                "summary.json is the command line's for the same model and seed, timings aside");
        for (String name : List.of("spikes.txt", "groups.csv", "run.csv", "degrees.csv")) {
            assertEquals(Files.readString(commandLine.resolve(name)), Files.readString(launched.resolve(name)), name);
        }

        CommandLine.Outcome plot = CommandLine.nngt("plot", launched.toString());
        assertEquals(0, plot.code(), plot.err());
        for (String name : List.of("raster.png", "rates.png", "degrees.png", "raster.svg")) {
            assertTrue(Files.size(launched.resolve(name)) > 1000, name + " drawn by nngt plot");
        }
    }

    /* summary.json without the fields that measure the machine, which differ from run to run */
    private static String withoutTimings(Path summary) throws IOException {
        String text = Files.readString(summary, StandardCharsets.UTF_8);
        for (String field : RunSummary.TIMING_FIELDS) {
            text = text.replaceAll("\\n *\"" + field + "\": [^,\\n]*,", "");
        }
        return text;
    }

    @Test
    void cancellingStopsTheSimulationAndLeavesNoResultsFolder() throws Exception {
        configuration("embedded", "1000000").launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Path resultsParent = project.getLocation().toPath().resolve("results");
        // the staging folder exists from the moment the simulation is prepared
        Workbench.waitUntil("the simulation to start", () -> stagingFolders(resultsParent) > 0);
        List<Job> running = Workbench.activeJobs();
        assertEquals(1, running.size(), "one simulation job runs");
        running.get(0).cancel();
        Workbench.waitForJobs();

        assertEquals(IStatus.CANCEL, Workbench.lastResult().getSeverity(), () -> Workbench.lastResult().toString());
        assertFalse(Files.exists(resultsParent.resolve("basic_exc_inh")), "no results folder after a cancel");
        assertEquals(0, stagingFolders(resultsParent), "the unfinished staging folder is deleted");
    }

    @Test
    void brian2RefusesHodgkinHuxleyNeuronsAndNothingRuns() throws Exception {
        ILaunchConfigurationWorkingCopy copy = LaunchSettings.newConfiguration(Workbench.modelBrian2CannotRun(project));
        copy.setAttribute(WorkbenchIds.ATTR_SIMULATOR, "brian2");
        copy.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Workbench.waitForJobs();

        IStatus status = Workbench.lastResult();
        assertEquals(IStatus.ERROR, status.getSeverity(), status::toString);
        assertTrue(status.getMessage().contains("Simulator 'brian2' cannot run network 'hh'"), status.getMessage());
        assertTrue(status.getMessage().contains("neuron model 'hh_psc_alpha' (group 'cells')"), status.getMessage());
        assertTrue(status.getMessage().contains("nothing was run"), status.getMessage());
        assertTrue(status.getChildren().length >= 1, "one child status per unsupported part");
        assertFalse(Files.exists(project.getLocation().toPath().resolve("results")), "no results were written");
    }

    private static long stagingFolders(Path parent) {
        if (!Files.isDirectory(parent)) {
            return 0;
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(child -> child.getFileName().toString().startsWith(".basic_exc_inh.")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<String> groupNames(String summaryJson) {
        List<String> names = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"name\": \"([^\"]+)\",\\s*\"neurons\"").matcher(summaryJson);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
