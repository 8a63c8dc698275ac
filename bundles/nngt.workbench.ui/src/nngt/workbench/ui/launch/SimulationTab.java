package nngt.workbench.ui.launch;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

import nngt.catalog.NestFamily;
import nngt.dsl.NngtLanguage;
import nngt.sim.api.CatalogValues;
import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.run.InstalledSimulators;
import nngt.workbench.ui.run.RunPreferences;

/**
 * The "Simulation" tab: model file, simulator (the installed ones), threads, seed, simulated time and output
 * folder. Empty fields keep the model's own settings.
 */
public final class SimulationTab extends AbstractLaunchConfigurationTab {

    /** The spinner's ceiling: NEST's most threads per process in the catalog, which the run service enforces. */
    static final int MAX_THREADS = (int) Arrays.stream(NestFamily.values())
            .mapToLong(family -> CatalogValues.kernel(family).maxThreads()).min().orElseThrow();

    private Text model;
    private Combo simulator;
    /* the configuration's simulator id, kept even when that simulator is not installed here */
    private String configuredSimulator = "";
    private Spinner threads;
    private Text seed;
    private Text time;
    private Text output;

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        setControl(page);

        model = field(page, "&Model file:", "Workspace path of a .nngt file, e.g. /project/brunel.nngt");
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, event -> browseModel());

        label(page, "&Simulator:");
        simulator = new Combo(page, SWT.READ_ONLY);
        simulator.setItems(InstalledSimulators.ids().toArray(String[]::new));
        simulator.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        simulator.addListener(SWT.Selection, event -> {
            configuredSimulator = simulator.getText();
            changed();
        });

        label(page, "&Threads:");
        threads = new Spinner(page, SWT.BORDER);
        threads.setValues(0, 0, MAX_THREADS, 0, 1, 4);
        threads.setToolTipText("0 keeps the model's setting (NEST's one thread per process when it has none)");
        threads.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        threads.addListener(SWT.Modify, event -> changed());

        seed = field(page, "S&eed:", "Empty keeps the model's seed");
        ((GridData) seed.getLayoutData()).horizontalSpan = 2;
        time = field(page, "Simulated &time (ms):", "Empty keeps the model's duration (1000 ms when it has none)");
        ((GridData) time.getLayoutData()).horizontalSpan = 2;
        output = field(page, "&Output folder:", "Relative to the model's project; empty means results/<network>");
        ((GridData) output.getLayoutData()).horizontalSpan = 2;
    }

    private Text field(Composite page, String label, String hint) {
        label(page, label);
        Text text = new Text(page, SWT.BORDER);
        text.setMessage(hint);
        text.setToolTipText(hint);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, event -> changed());
        return text;
    }

    private static void label(Composite page, String text) {
        new Label(page, SWT.NONE).setText(text);
    }

    private void changed() {
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    private void browseModel() {
        FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false,
                ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        dialog.setTitle("Choose a model");
        dialog.setInitialPattern("*." + NngtLanguage.FILE_EXTENSION);
        if (dialog.open() == Window.OK && dialog.getResult().length > 0) {
            model.setText(((IResource) dialog.getResult()[0]).getFullPath().toPortableString());
        }
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        IFile selected = selectedModel();
        if (selected != null) {
            configuration.setAttribute(WorkbenchIds.ATTR_MODEL, selected.getFullPath().toPortableString());
        }
        configuration.setAttribute(WorkbenchIds.ATTR_SIMULATOR, RunPreferences.defaultSimulator());
        configuration.setAttribute(WorkbenchIds.ATTR_THREADS, RunPreferences.threads());
    }

    private static IFile selectedModel() {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || !(window.getSelectionService().getSelection() instanceof IStructuredSelection s)) {
            return null;
        }
        Object first = s.getFirstElement();
        IFile file = first instanceof IFile f ? f : null;
        return file != null && NngtLanguage.FILE_EXTENSION.equals(file.getFileExtension()) ? file : null;
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            model.setText(configuration.getAttribute(WorkbenchIds.ATTR_MODEL, ""));
            configuredSimulator = configuration.getAttribute(WorkbenchIds.ATTR_SIMULATOR,
                    RunPreferences.defaultSimulator());
            int index = List.of(simulator.getItems()).indexOf(configuredSimulator);
            if (index >= 0) {
                simulator.select(index);
            } else {
                simulator.deselectAll();
            }
            threads.setSelection(configuration.getAttribute(WorkbenchIds.ATTR_THREADS, 0));
            seed.setText(configuration.getAttribute(WorkbenchIds.ATTR_SEED, ""));
            time.setText(configuration.getAttribute(WorkbenchIds.ATTR_TIME_MS, ""));
            output.setText(configuration.getAttribute(WorkbenchIds.ATTR_OUTPUT, ""));
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(WorkbenchIds.ATTR_MODEL, model.getText().trim());
        configuration.setAttribute(WorkbenchIds.ATTR_SIMULATOR, configuredSimulator);
        configuration.setAttribute(WorkbenchIds.ATTR_THREADS, threads.getSelection());
        configuration.setAttribute(WorkbenchIds.ATTR_SEED, seed.getText().trim());
        configuration.setAttribute(WorkbenchIds.ATTR_TIME_MS, time.getText().trim());
        configuration.setAttribute(WorkbenchIds.ATTR_OUTPUT, output.getText().trim());
        IResource resource = modelResource();
        configuration.setMappedResources(resource == null ? null : new IResource[] {resource});
    }

    private IResource modelResource() {
        String path = model.getText().trim();
        return path.isEmpty() ? null
                : ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromPortableString(path));
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        if (!(modelResource() instanceof IFile file) || !NngtLanguage.FILE_EXTENSION.equals(file.getFileExtension())) {
            setErrorMessage("Choose a .nngt file of the workspace.");
            return false;
        }
        if (simulator.getSelectionIndex() < 0) {
            setErrorMessage("Simulator '" + configuredSimulator + "' is not installed; choose one of "
                    + List.of(simulator.getItems()) + ".");
            return false;
        }
        try {
            LaunchSettings.parseSeed(seed.getText().trim());
            LaunchSettings.parseTime(time.getText().trim());
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
        String folder = output.getText().trim();
        if (!folder.isEmpty() && (IPath.fromPortableString(folder).isAbsolute() || folder.contains(".."))) {
            setErrorMessage("The output folder must be a path inside the model's project, e.g. results/run1.");
            return false;
        }
        return true;
    }

    @Override
    public String getName() {
        return "Simulation";
    }
}
