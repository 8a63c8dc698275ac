package nngt.sim.api;

/**
 * One recordable of one neuron sampled by a multimeter.
 *
 * @param neuron     the NNGT id
 * @param recordable the recordable name (V_m, I_syn_ex, g_ex, w, ...)
 * @param timesMs    sample times
 * @param values     sample values in NEST units
 */
public record Trace(int neuron, String recordable, double[] timesMs, double[] values) {
}
