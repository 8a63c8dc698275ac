package nngt.dsl.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import nngt.dsl.ui.NngtUi;

/**
 * The NNGT project nature: a project with it has the .nngt builder, which validates every model
 * file with all checks and shows the problems as markers.
 */
public class NngtNature implements IProjectNature {

    private IProject project;

    /**
     * Adds the nature (and so the builder) to a project, if it does not have it yet.
     *
     * @param project an open project
     * @param monitor progress, may be null
     * @throws CoreException when the project description cannot be changed
     */
    public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
        IProjectDescription description = project.getDescription();
        if (!description.hasNature(NngtUi.NATURE_ID)) {
            String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
            natures[natures.length - 1] = NngtUi.NATURE_ID;
            description.setNatureIds(natures);
            project.setDescription(description, monitor);
        }
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] commands = description.getBuildSpec();
        for (ICommand command : commands) {
            if (NngtUi.BUILDER_ID.equals(command.getBuilderName())) {
                return;
            }
        }
        ICommand builder = description.newCommand();
        builder.setBuilderName(NngtUi.BUILDER_ID);
        ICommand[] extended = Arrays.copyOf(commands, commands.length + 1);
        extended[commands.length] = builder;
        description.setBuildSpec(extended);
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(command -> !NngtUi.BUILDER_ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
        project.deleteMarkers(NngtUi.MARKER_TYPE, true, org.eclipse.core.resources.IResource.DEPTH_INFINITE);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
