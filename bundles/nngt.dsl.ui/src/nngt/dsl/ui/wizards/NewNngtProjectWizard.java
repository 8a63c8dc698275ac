package nngt.dsl.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nngt.dsl.ui.builder.NngtNature;

/**
 * File > New > NNGT Project: a project with the NNGT nature (so its models are validated on every
 * build) holding copies of the workbench's example models.
 */
public class NewNngtProjectWizard extends Wizard implements INewWizard {

    /** Folder of this bundle that holds the examples (copied from the repository at build time). */
    static final String EXAMPLES_FOLDER = "examples";

    private WizardNewProjectCreationPage page;
    private String initialProjectName;

    /** Creates the wizard. */
    public NewNngtProjectWizard() {
        setWindowTitle("New NNGT Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // The project page needs neither.
    }

    /**
     * Sets the name proposed on the page; call before the pages are created.
     *
     * @param name a project name
     */
    public void setInitialProjectName(String name) {
        this.initialProjectName = name;
    }

    @Override
    public void addPages() {
        page = new WizardNewProjectCreationPage("project");
        page.setTitle("NNGT Project");
        page.setDescription("Create a project for NNGT network models, with the example models.");
        if (initialProjectName != null) {
            page.setInitialProjectName(initialProjectName);
        }
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
        if (!page.useDefaults()) {
            description.setLocationURI(page.getLocationURI());
        }
        try {
            getContainer().run(true, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException {
                    create(project, description, monitor);
                }
            });
            return true;
        } catch (InvocationTargetException e) {
            page.setErrorMessage("The project could not be created: " + e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Creates and opens a project, adds the NNGT nature and copies the examples into it.
     *
     * @param project the project handle (must not exist)
     * @param description its description
     * @param monitor progress, may be null
     * @throws CoreException when the project or a file cannot be created
     */
    public static void create(IProject project, IProjectDescription description, IProgressMonitor monitor)
            throws CoreException {
        List<URL> examples = exampleUrls();
        SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 3 + examples.size());
        project.create(description, progress.split(1));
        project.open(progress.split(1));
        NngtNature.addTo(project, progress.split(1));
        for (URL example : examples) {
            String path = example.getPath();
            IFile file = project.getFile(path.substring(path.lastIndexOf('/') + 1));
            try (InputStream in = example.openStream()) {
                file.create(in, true, progress.split(1));
            } catch (IOException e) {
                throw new CoreException(Status.error("Cannot read the example " + path + ": " + e.getMessage(), e));
            }
        }
    }

    /**
     * @return the example models shipped in this bundle, sorted by name
     */
    static List<URL> exampleUrls() {
        Bundle bundle = FrameworkUtil.getBundle(NewNngtProjectWizard.class);
        Enumeration<URL> entries = bundle.findEntries(EXAMPLES_FOLDER, "*.nngt", false);
        List<URL> urls = entries == null ? new ArrayList<>() : Collections.list(entries);
        urls.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        return urls;
    }
}
