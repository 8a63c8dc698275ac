/**
 * What the simulator backends that write a Python script and run it share (Brian2, NEURON through PyNN): the
 * interpreter they probe, the work folder the script is written into, the one run of the script in a Python
 * process with its progress, cancellation and failure messages, the little-endian data files the script and Java
 * exchange, and the project generator that ships the script. Kept here so that every such backend behaves the
 * same way and a fix reaches all of them.
 */
package nngt.sim.api.script;
