package nngt.workbench.ui.launch;

import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import nngt.sim.api.InterpreterOption;
import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.run.InstalledSimulators;
import nngt.workbench.ui.run.RunPreferences;

/**
 * Window &gt; Preferences &gt; NNGT Simulation: one Python interpreter field per installed simulator that runs in
 * Python (labelled with what it must import, with the simulator's own search as the hint), the simulator of new
 * launch configurations (one of the installed ones) and their thread count ({@link RunPreferences}).
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
        for (InterpreterOption option : interpreters()) {
            store.setDefault(option.key(), RunPreferences.PYTHON_DEFAULT);
        }
        store.setDefault(RunPreferences.DEFAULT_SIMULATOR, WorkbenchIds.DEFAULT_SIMULATOR);
        store.setDefault(RunPreferences.THREADS, RunPreferences.THREADS_DEFAULT);
        setPreferenceStore(store);
        setDescription("Settings of NNGT simulations. New launch configurations take the simulator and the threads; "
                + "every run uses the interpreter set for its simulator.");
    }

    /* the interpreter options of the installed simulators, in the order of their ids */
    private static List<InterpreterOption> interpreters() {
        return InstalledSimulators.all().stream().flatMap(simulator -> simulator.interpreterOption().stream())
                .toList();
    }

    @Override
    protected void createFieldEditors() {
        for (InterpreterOption option : interpreters()) {
            StringFieldEditor python = new StringFieldEditor(option.key(),
                    option.label() + " Python interpreter:", getFieldEditorParent());
            python.getTextControl(getFieldEditorParent()).setMessage("Empty: " + option.whenUnset());
            addField(python);
        }
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
