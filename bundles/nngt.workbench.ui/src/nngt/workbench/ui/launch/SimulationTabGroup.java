package nngt.workbench.ui.launch;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

/** The tabs of an "NNGT Simulation" configuration: the simulation settings and Eclipse's common tab. */
public final class SimulationTabGroup extends AbstractLaunchConfigurationTabGroup {

    /**
     * @param dialog the launch dialog
     * @param mode   the launch mode
     */
    @Override
    public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
        setTabs(new ILaunchConfigurationTab[] {new SimulationTab(), new CommonTab()});
    }
}
