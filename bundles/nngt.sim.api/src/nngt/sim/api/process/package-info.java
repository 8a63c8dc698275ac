/**
 * Running a simulator's external program (a Python interpreter, {@code mpirun}) with progress read from its
 * output, cancellation that stops the whole process tree, and the tail of its error output for messages.
 */
package nngt.sim.api.process;
