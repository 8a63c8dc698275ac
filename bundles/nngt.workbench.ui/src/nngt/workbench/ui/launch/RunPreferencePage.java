package nngt.workbench.ui.launch;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.run.InstalledSimulators;
import nngt.workbench.ui.run.RunPreferences;

/**
 * Window &gt; Preferences &gt; NNGT Simulation: the Python interpreter that runs NEST, the simulator of new launch
 * configurations (one of the installed ones) and their thread count ({@link RunPreferences}).
 */
public final class RunPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The page's id in {@code plugin.xml}. */
    public static final String ID = "nngt.workbench.ui.preferences.simulation";

    /** Lays the fields out in a grid. */
    public RunPreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, WorkbenchIds.PLUGIN_ID);
        store.setDefault(RunPreferences.NEST_PYTHON, RunPreferences.NEST_PYTHON_DEFAULT);
        store.setDefault(RunPreferences.DEFAULT_SIMULATOR, WorkbenchIds.DEFAULT_SIMULATOR);
        store.setDefault(RunPreferences.THREADS, RunPreferences.THREADS_DEFAULT);
        setPreferenceStore(store);
        setDescription("Settings of NNGT simulations. New launch configurations take the simulator and the threads; "
                + "every run on NEST uses the interpreter.");
    }

    @Override
    protected void createFieldEditors() {
        StringFieldEditor python = new StringFieldEditor(RunPreferences.NEST_PYTHON, "&NEST Python interpreter:",
                getFieldEditorParent());
        python.getTextControl(getFieldEditorParent()).setMessage("Empty: $NEST_PYTHON, else python3 on the PATH");
        addField(python);
        String[][] simulators = InstalledSimulators.ids().stream().map(id -> new String[] {id, id})
                .toArray(String[][]::new);
        addField(new ComboFieldEditor(RunPreferences.DEFAULT_SIMULATOR, "Default &simulator:", simulators,
                getFieldEditorParent()));
        IntegerFieldEditor threads = new IntegerFieldEditor(RunPreferences.THREADS, "&Threads (0: the model's):",
                getFieldEditorParent());
        threads.setValidRange(0, SimulationTab.MAX_THREADS);
        threads.setErrorMessage("Threads must be a whole number from 0 (the model's setting) to "
                + SimulationTab.MAX_THREADS + ".");
        addField(threads);
    }
}
