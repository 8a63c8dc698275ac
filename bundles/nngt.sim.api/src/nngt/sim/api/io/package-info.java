/**
 * Writers of simulation results: NNGT's spike text format, CSV and JSON ({@link nngt.sim.api.io.Json}), and the
 * atomically written results folder ({@link nngt.sim.api.io.ResultsFolder}).
 */
package nngt.sim.api.io;
