package nngt.workbench.ui.run;

import java.io.IOException;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import nngt.generator.nest.NestGeneratorOptions;
import nngt.generator.nest.NestProjectGenerator;
import nngt.model.Network;

/**
 * "Generate NEST Project": a model's runnable PyNEST project (NEST 3 by default) in
 * {@code <project>/nest/<network>/}, regenerated in place when it exists, then refreshed.
 */
public final class NestProjects {

    /** The folder of the model's project that holds one generated project per network. */
    public static final String NEST_FOLDER = "nest";

    private NestProjects() {
    }

    /**
     * Generates the project of a model.
     *
     * @param model   a {@code .nngt} file of the workspace
     * @param flavour the NEST family to target
     * @param monitor progress
     * @return the generated project's folder in the workspace
     * @throws CoreException when the model has errors (the status names file:line:col), cannot be built or
     *                       expressed for NEST, or the files cannot be written
     */
    public static IContainer generate(IFile model, NestGeneratorOptions.Flavour flavour, IProgressMonitor monitor)
            throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Generating the NEST project of " + model.getName(), 4);
        Network network = WorkspaceModels.load(model);
        progress.worked(1);
        var instance = SimulationRun.build(network, 0);
        progress.worked(1);
        IContainer folder = model.getProject().getFolder(NEST_FOLDER).getFolder(network.getName());
        try {
            NestProjectGenerator.generate(network, instance,
                    NestGeneratorOptions.defaults(folder.getLocation().toPath()).withFlavour(flavour));
        } catch (IllegalArgumentException | IOException e) {
            throw new CoreException(Status.error("The NEST project of " + model.getFullPath()
                    + " cannot be generated: " + e.getMessage(), e));
        }
        progress.worked(1);
        model.getProject().refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
        return folder;
    }
}
