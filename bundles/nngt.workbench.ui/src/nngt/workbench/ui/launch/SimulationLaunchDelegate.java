package nngt.workbench.ui.launch;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;

/**
 * Launches an "NNGT Simulation" configuration: reads its settings and schedules a {@link SimulationJob}, which
 * shows its progress in the Progress view and appears in the Debug view as the launch's {@link SimulationProcess},
 * with a console and a Terminate button.
 */
public final class SimulationLaunchDelegate implements ILaunchConfigurationDelegate {

    /**
     * Schedules the simulation and returns at once.
     *
     * @param configuration the configuration
     * @param mode          the launch mode (only "run" is declared)
     * @param launch        the launch object
     * @param monitor       not used: the job reports its own progress
     * @throws CoreException when the configuration's settings are not valid
     */
    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        SimulationJob job = new SimulationJob(LaunchSettings.read(configuration));
        job.setLog(new SimulationProcess(launch, job).log());
        job.schedule();
    }
}
