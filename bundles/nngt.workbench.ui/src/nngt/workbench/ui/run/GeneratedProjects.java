package nngt.workbench.ui.run;

import java.io.IOException;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstantiator;
import nngt.model.Network;
import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlanBuilder;

/**
 * "Generate Project": a model's runnable project for another simulator, written by an installed generator service
 * into {@code <project>/<generator id>/<network>/} (e.g. {@code nest/brunel/}), regenerated in place when it
 * exists, then refreshed.
 */
public final class GeneratedProjects {

    private GeneratedProjects() {
    }

    /**
     * Generates the project of a model.
     *
     * @param model       a {@code .nngt} file of the workspace
     * @param generatorId the id of an installed generator, e.g. {@code nest}
     * @param monitor     progress
     * @return the generated project's folder in the workspace
     * @throws CoreException when the generator is not installed, the model has errors (the status names
     *                       file:line:col), cannot be built or expressed by the generator, or the files cannot be
     *                       written
     */
    public static IContainer generate(IFile model, String generatorId, IProgressMonitor monitor)
            throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Generating the " + generatorId + " project of "
                + model.getName(), 4);
        ProjectGenerator generator;
        try {
            generator = InstalledGenerators.byId(generatorId);
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
        Network network = WorkspaceModels.load(model);
        progress.worked(1);
        IContainer folder = model.getProject().getFolder(generator.id()).getFolder(network.getName());
        try {
            SimulationPlan plan = SimulationPlanBuilder.build(network,
                    NetworkInstantiator.instantiate(network, InstantiationOptions.defaults()));
            progress.worked(1);
            generator.capabilities().requireSupported(generator.id(), plan);
            generator.generate(plan, folder.getLocation().toPath());
        } catch (IllegalArgumentException | IOException e) {
            throw new CoreException(Status.error("The " + generator.id() + " project of " + model.getFullPath()
                    + " cannot be generated: " + e.getMessage(), e));
        }
        progress.worked(1);
        model.getProject().refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
        return folder;
    }
}
