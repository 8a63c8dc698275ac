package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.console.IConsole;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.TextConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.launch.LaunchSettings;
import nngt.workbench.ui.launch.SimulationProcess;
import nngt.workbench.ui.run.LastRun;

/**
 * A launched simulation is a process of its launch: the Debug view lists it, its console shows the run's progress
 * lines and summary table, and terminating it cancels the run and leaves nothing in the results folder.
 */
class RunConsoleTest {

    private static final String MODEL = "basic_exc_inh.nngt";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.projectWith("console-test", MODEL);
        Workbench.clearResults();
        DebugPlugin.getDefault().getLaunchManager().removeLaunches(
                DebugPlugin.getDefault().getLaunchManager().getLaunches());
    }

    @AfterEach
    void deleteProject() throws CoreException {
        Workbench.waitForJobs();
        project.delete(true, true, null);
    }

    private ILaunch launch(String timeMs) throws CoreException {
        ILaunchConfigurationWorkingCopy copy = LaunchSettings.newConfiguration(project.getFile(MODEL));
        copy.setAttribute(WorkbenchIds.ATTR_SIMULATOR, "embedded");
        copy.setAttribute(WorkbenchIds.ATTR_SEED, "4242");
        copy.setAttribute(WorkbenchIds.ATTR_TIME_MS, timeMs);
        return copy.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
    }

    private static SimulationProcess process(ILaunch launch) {
        IProcess[] processes = launch.getProcesses();
        assertEquals(1, processes.length, "the launch has one process: " + Arrays.toString(processes));
        return assertInstanceOf(SimulationProcess.class, processes[0]);
    }

    /* the console that the Debug plug-in opened on a process's streams */
    private static TextConsole console(IProcess process) {
        Workbench.waitUntil("the console of " + process.getLabel(), () -> Arrays.stream(
                ConsolePlugin.getDefault().getConsoleManager().getConsoles()).anyMatch(
                        console -> console instanceof IConsole c && c.getProcess() == process));
        return (TextConsole) Arrays.stream(ConsolePlugin.getDefault().getConsoleManager().getConsoles())
                .filter(console -> console instanceof IConsole c && c.getProcess() == process).findFirst()
                .orElseThrow();
    }

    @Test
    void aRunIsAProcessWhoseConsoleShowsTheProgressAndTheSummaryTable() throws Exception {
        Workbench.page().showView(IDebugUIConstants.ID_DEBUG_VIEW);
        Workbench.page().showView(IConsoleConstants.ID_CONSOLE_VIEW);
        ILaunch launch = launch("200");
        SimulationProcess process = process(launch);
        assertTrue(process.getLabel().contains("/console-test/" + MODEL), process.getLabel());
        Workbench.waitForJobs();
        assertEquals(IStatus.OK, Workbench.lastResult().getSeverity(), () -> Workbench.lastResult().toString());
        Workbench.waitUntil("the process to terminate", process::isTerminated);
        assertEquals(SimulationProcess.EXIT_OK, process.getExitValue());
        assertTrue(launch.isTerminated(), "the launch ends with its process");

        TextConsole console = console(process);
        Workbench.waitUntil("the console to show the results line",
                () -> console.getDocument().get().contains("Results: /console-test/results/basic_exc_inh"));
        String text = console.getDocument().get();
        assertTrue(text.contains("Loading /console-test/" + MODEL), text);
        assertTrue(Pattern.compile("Building network 'basic_exc_inh': \\d+ neurons, \\d+ edges, seed 4242")
                .matcher(text).find(), text);
        assertTrue(text.contains("Simulating 200 ms on embedded ..."), text);
        assertTrue(Pattern.compile("  \\d\\d%, \\d+ of 200 ms, .* left").matcher(text).find(), "a progress line: " + text);
        assertTrue(Pattern.compile("Simulated on embedded: \\d+ spikes in").matcher(text).find(), text);
        // the table that nngt run prints, from the same code
        assertTrue(text.contains(LastRun.get().summary().table()), text);
        Screenshots.saveToBuild(Workbench.page().getWorkbenchWindow().getShell(), "run-console.png");
    }

    @Test
    void terminatingTheProcessCancelsTheRunAndLeavesNoResults() throws Exception {
        Path resultsParent = project.getLocation().toPath().resolve("results");
        ILaunch launch = launch("1000000");
        SimulationProcess process = process(launch);
        // the staging folder exists from the moment the simulation is prepared
        Workbench.waitUntil("the simulation to start", () -> entries(resultsParent) > 0);
        assertTrue(process.canTerminate(), "a running simulation can be terminated");
        assertTrue(launch.canTerminate(), "its launch can be terminated (the Debug view's button)");
        launch.terminate();
        Workbench.waitForJobs();
        Workbench.waitUntil("the process to terminate", process::isTerminated);

        assertEquals(IStatus.CANCEL, Workbench.lastResult().getSeverity(), () -> Workbench.lastResult().toString());
        assertEquals(SimulationProcess.EXIT_CANCELLED, process.getExitValue());
        assertFalse(process.canTerminate(), "a terminated process cannot be terminated again");
        assertEquals(0, entries(resultsParent), "nothing is left in " + resultsParent + ": no results folder, no "
                + "staging folder");
        TextConsole console = console(process);
        Workbench.waitUntil("the console to say the run was cancelled",
                () -> console.getDocument().get().contains("Cancelled: the simulation was stopped"));
        assertNotNull(process.getStreamsProxy().getErrorStreamMonitor());
    }

    private static long entries(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.count();
        } catch (IOException e) {
            return 0;
        }
    }
}
