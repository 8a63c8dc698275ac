/**
 * The "NNGT Simulation" launch configuration type: its delegate, which runs a {@link nngt.workbench.ui.launch.SimulationJob},
 * its tab, and the "Run As &gt; NNGT Simulation" shortcut for {@code .nngt} files.
 */
package nngt.workbench.ui.launch;
