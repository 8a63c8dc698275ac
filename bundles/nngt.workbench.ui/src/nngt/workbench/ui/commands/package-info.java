/**
 * The commands of the "NNGT" menu and of a {@code .nngt} file's context menu: "Generate NEST Project" and
 * "Compare Simulators".
 */
package nngt.workbench.ui.commands;
