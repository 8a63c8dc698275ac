package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;

import nngt.sim.api.InterpreterOption;
import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.launch.LaunchSettings;
import nngt.workbench.ui.launch.RunPreferencePage;
import nngt.workbench.ui.launch.SimulationTab;
import nngt.workbench.ui.run.InstalledSimulators;
import nngt.workbench.ui.run.RunPreferences;

/**
 * The "NNGT > Simulation" preference page stores the Python interpreter of each installed simulator that declares
 * one (NEST, Brian2 and NEURON here; the page names no simulator itself), the default simulator and the threads,
 * refuses a thread count out of range, and new launch configurations and the Simulation tab default to what it
 * stores.
 */
class RunPreferencesTest {

    private static final String NEST_PYTHON = "/opt/nest/bin/python3";
    private static final String BRIAN2_PYTHON = "/opt/brian2/bin/python3";
    private IProject project;
    private PreferenceDialog dialog;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.projectWith("preferences-test", "basic_exc_inh.nngt");
    }

    @AfterEach
    void resetPreferences() throws CoreException, BackingStoreException {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(WorkbenchIds.PLUGIN_ID);
        node.clear();
        node.flush();
        project.delete(true, true, null);
    }

    @Test
    void thePageStoresTheSettingsAndNewLaunchesDefaultToThem() throws Exception {
        List<String> simulators = InstalledSimulators.ids();
        String other = simulators.stream().filter(id -> !id.equals(WorkbenchIds.DEFAULT_SIMULATOR)).findFirst()
                .orElse(WorkbenchIds.DEFAULT_SIMULATOR);
        assertEquals(WorkbenchIds.DEFAULT_SIMULATOR, RunPreferences.defaultSimulator(), "embedded until set");
        assertEquals(0, RunPreferences.threads(), "the model's threads until set");
        assertEquals(Map.of(), RunPreferences.simulatorOptions(), "no simulator option until an interpreter is set");
        List<InterpreterOption> interpreters = InstalledSimulators.all().stream()
                .flatMap(simulator -> simulator.interpreterOption().stream()).toList();
        assertEquals(List.of("brian2.python", "nest.python", "neuron.python"),
                interpreters.stream().map(InterpreterOption::key).toList(), "one interpreter per Python backend");

        Shell window = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
        dialog = PreferencesUtil.createPreferenceDialogOn(window, RunPreferencePage.ID,
                new String[] {RunPreferencePage.ID}, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        RunPreferencePage page = assertInstanceOf(RunPreferencePage.class, dialog.getSelectedPage());
        List<Text> texts = new ArrayList<>();
        List<Combo> combos = new ArrayList<>();
        collect((Composite) page.getControl(), texts, combos);
        assertEquals(interpreters.size() + 1, texts.size(), "an interpreter per Python backend, and the threads");
        assertEquals(1, combos.size(), "the simulator");
        assertEquals(simulators, List.of(combos.get(0).getItems()), "the installed simulators");
        Text nest = texts.get(keyIndex(interpreters, "nest.python"));
        Text brian2 = texts.get(keyIndex(interpreters, "brian2.python"));
        Text threads = texts.get(interpreters.size());
        assertEquals("Empty: $NEST_PYTHON, else python3 on the PATH", nest.getMessage());
        assertEquals("Empty: -Dnngt.brian2.python, else $BRIAN2_PYTHON, else /usr/bin/python3", brian2.getMessage());

        type(threads, "100000");
        assertFalse(page.isValid(), "threads out of range are refused");
        assertTrue(page.getErrorMessage().contains("from 0"), page.getErrorMessage());
        type(nest, NEST_PYTHON);
        type(brian2, BRIAN2_PYTHON);
        type(threads, "3");
        assertTrue(page.isValid(), page.getErrorMessage());
        combos.get(0).select(simulators.indexOf(other));
        combos.get(0).notifyListeners(SWT.Selection, new Event());
        dialog.getShell().forceActive();
        Workbench.waitUntil("the dialog to show", () -> dialog.getShell().isVisible());
        Workbench.dispatchFor(Duration.ofSeconds(1));
        Screenshots.saveToBuild(dialog.getShell(), "simulation-preferences.png");
        assertTrue(page.performOk(), "the page stores its values");
        dialog.close();

        assertEquals(NEST_PYTHON, RunPreferences.python(interpreters.get(keyIndex(interpreters, "nest.python"))));
        assertEquals(other, RunPreferences.defaultSimulator());
        assertEquals(3, RunPreferences.threads());
        assertEquals(Map.of("brian2.python", BRIAN2_PYTHON, "nest.python", NEST_PYTHON),
                RunPreferences.simulatorOptions(), "every run passes each interpreter set, under its simulator's key");

        ILaunchConfigurationWorkingCopy created = LaunchSettings.newConfiguration(project.getFile("basic_exc_inh.nngt"));
        assertEquals(other, created.getAttribute(WorkbenchIds.ATTR_SIMULATOR, ""), "Run As uses the preferred simulator");
        assertEquals(3, created.getAttribute(WorkbenchIds.ATTR_THREADS, -1), "and the preferred threads");

        Shell shell = new Shell();
        SimulationTab tab = new SimulationTab();
        try {
            tab.createControl(shell);
            ILaunchConfigurationWorkingCopy blank = LaunchSettings.type().newInstance(null, "preferences-test");
            tab.setDefaults(blank);
            assertEquals(other, blank.getAttribute(WorkbenchIds.ATTR_SIMULATOR, ""), "the tab's default simulator");
            assertEquals(3, blank.getAttribute(WorkbenchIds.ATTR_THREADS, -1), "the tab's default threads");
        } finally {
            tab.dispose();
            shell.dispose();
        }
    }

    private static int keyIndex(List<InterpreterOption> interpreters, String key) {
        return interpreters.stream().map(InterpreterOption::key).toList().indexOf(key);
    }

    /* what typing does: the text changes and a key is released, which makes the field editor check its value */
    private static void type(Text field, String value) {
        field.setText(value);
        field.notifyListeners(SWT.KeyUp, new Event());
    }

    private static void collect(Composite parent, List<Text> texts, List<Combo> combos) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text) {
                texts.add(text);
            } else if (child instanceof Combo combo) {
                combos.add(combo);
            } else if (child instanceof Composite composite) {
                collect(composite, texts, combos);
            }
        }
    }
}
