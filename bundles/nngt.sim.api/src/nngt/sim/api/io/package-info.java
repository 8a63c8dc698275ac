/** Writers for simulation results: NNGT's spike text format, CSV and JSON. */
package nngt.sim.api.io;
