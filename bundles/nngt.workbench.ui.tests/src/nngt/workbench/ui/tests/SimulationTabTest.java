package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.launch.LaunchSettings;
import nngt.workbench.ui.launch.SimulationTab;
import nngt.workbench.ui.run.RunSettings;

/** The "Simulation" tab of a launch configuration: round trip of the settings and their validation. */
class SimulationTabTest {

    private IProject project;
    private Shell shell;
    private SimulationTab tab;

    @BeforeEach
    void createTab() throws Exception {
        project = Workbench.projectWith("tab-test", "basic_exc_inh.nngt");
        shell = new Shell();
        tab = new SimulationTab();
        tab.createControl(shell);
    }

    @AfterEach
    void dispose() throws CoreException {
        tab.dispose();
        shell.dispose();
        project.delete(true, true, null);
    }

    private ILaunchConfigurationWorkingCopy configuration(String simulator, String seed, String time)
            throws CoreException {
        ILaunchConfigurationWorkingCopy copy = LaunchSettings.newConfiguration(project.getFile("basic_exc_inh.nngt"));
        copy.setAttribute(WorkbenchIds.ATTR_SIMULATOR, simulator);
        copy.setAttribute(WorkbenchIds.ATTR_THREADS, 3);
        copy.setAttribute(WorkbenchIds.ATTR_SEED, seed);
        copy.setAttribute(WorkbenchIds.ATTR_TIME_MS, time);
        copy.setAttribute(WorkbenchIds.ATTR_OUTPUT, "results/run1");
        return copy;
    }

    @Test
    void showsAndAppliesEverySetting() throws CoreException {
        ILaunchConfigurationWorkingCopy original = configuration("embedded", "77", "250");
        tab.initializeFrom(original);
        assertTrue(tab.isValid(original), tab.getErrorMessage());
        assertNull(tab.getErrorMessage());

        ILaunchConfigurationWorkingCopy applied = LaunchSettings.type().newInstance(null, "applied");
        tab.performApply(applied);
        RunSettings settings = LaunchSettings.read(applied);

        assertEquals(project.getFile("basic_exc_inh.nngt"), settings.model());
        assertEquals("embedded", settings.simulatorId());
        assertEquals(3, settings.threads());
        assertEquals(77L, settings.seed());
        assertEquals(250.0, settings.durationMs());
        assertEquals("results/run1", settings.output());
    }

    @Test
    void emptySeedAndTimeKeepTheModelsValues() throws CoreException {
        ILaunchConfigurationWorkingCopy original = configuration("embedded", "", "");
        tab.initializeFrom(original);
        assertTrue(tab.isValid(original), tab.getErrorMessage());

        RunSettings settings = LaunchSettings.read(original);
        assertNull(settings.seed());
        assertNull(settings.durationMs());
    }

    @Test
    void refusesASeedThatIsNotANumber() throws CoreException {
        ILaunchConfigurationWorkingCopy original = configuration("embedded", "abc", "");
        tab.initializeFrom(original);

        assertFalse(tab.isValid(original));
        assertTrue(tab.getErrorMessage().startsWith("seed: 'abc' is not a whole number"), tab.getErrorMessage());
    }

    @Test
    void refusesASimulatorThatIsNotInstalled() throws CoreException {
        // a configuration written where another simulator backend was installed
        ILaunchConfigurationWorkingCopy original = configuration("genn", "", "");
        tab.initializeFrom(original);

        assertFalse(tab.isValid(original));
        assertTrue(tab.getErrorMessage().startsWith("Simulator 'genn' is not installed"), tab.getErrorMessage());
    }
}
