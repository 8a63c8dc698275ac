/**
 * The NNGT Workbench's simulation and results user interface: the identifiers other bundles and
 * tests use to reach its launch configuration type, commands and views ({@link nngt.workbench.ui.WorkbenchIds}).
 */
package nngt.workbench.ui;
