/**
 * The "NNGT Network Diagram" view: a model's groups, connections, stimuli and recorders read from the parsed
 * model, laid out by the Eclipse Layout Kernel and drawn with SWT, following the NNGT editor as you type.
 */
package nngt.workbench.ui.diagram;
