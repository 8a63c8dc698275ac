package nngt.sim.embedded.internal;

import java.util.Map;

/**
 * NEST's {@code tsodyks2_synapse} (Maass and Markram 2002, eqs. 4–5): the first spike sends {@code u·x·w}
 * with the initial u and x; each later spike first updates
 * {@code x = 1 + (x − x·u − 1)·e^{−Δ/τ_rec}}, {@code u = U + u(1 − U)·e^{−Δ/τ_fac}} (the second term is 0
 * when τ_fac = 0) and sends {@code x·u·w}.
 */
public final class Tsodyks2Synapses extends PlasticSynapses {

    /** NEST's defaults: U 0.5, u 0.5, x 1, tau_rec 800 ms, tau_fac 0 ms. */
    public static final Map<String, Double> DEFAULTS = Map.of("U", 0.5, "u", 0.5, "x", 1.0, "tau_rec", 800.0,
            "tau_fac", 0.0);

    private final double bigU;
    private final double tauRec;
    private final double tauFac;
    private final double[] x;
    private final double[] u;

    /**
     * Creates the synapses with their initial state.
     *
     * @param offsets     row offsets
     * @param targets     targets
     * @param weights     signed weights
     * @param shortDelays delays as shorts or null
     * @param intDelays   delays as ints or null
     * @param parameters  the model's parameters
     * @throws IllegalArgumentException when a parameter is unknown or violates NEST's constraints
     */
    public Tsodyks2Synapses(int[] offsets, int[] targets, double[] weights, short[] shortDelays, int[] intDelays,
            Map<String, Double> parameters) {
        super(offsets, targets, weights, shortDelays, intDelays);
        String m = "tsodyks2_synapse";
        bigU = parameter(m, parameters, DEFAULTS, "U");
        // NEST initialises u from the default U (0.5) once; setting U does not move it, so the first spike
        // through a synapse releases u = 0.5 unless u itself is given
        double u0 = parameter(m, parameters, DEFAULTS, "u");
        double x0 = parameter(m, parameters, DEFAULTS, "x");
        tauRec = parameter(m, parameters, DEFAULTS, "tau_rec");
        tauFac = parameter(m, parameters, DEFAULTS, "tau_fac");
        require(bigU >= 0 && bigU <= 1, "U", bigU, "it must be in [0, 1]");
        require(u0 >= 0 && u0 <= 1, "u", u0, "it must be in [0, 1]");
        require(tauRec > 0, "tau_rec", tauRec, "it must be > 0");
        require(tauFac >= 0, "tau_fac", tauFac, "it must be >= 0");
        x = new double[targets.length];
        u = new double[targets.length];
        java.util.Arrays.fill(x, x0);
        java.util.Arrays.fill(u, u0);
    }

    static void require(boolean ok, String name, double value, String rule) {
        if (!ok) {
            throw new IllegalArgumentException("synapse parameters: " + name + " = " + value + " is invalid; " + rule);
        }
    }

    @Override
    public void deliver(int source, double tSpike, double h, int readBase, int ringSize, int n, double[] ex,
            double[] in, PostSynapticArchive archive) {
        double last = lastSpike[source];
        boolean first = Double.isNaN(last);
        double xDecay = first ? 0 : Math.exp(-(tSpike - last) / tauRec);
        double uDecay = first || tauFac < 1e-10 ? 0 : Math.exp(-(tSpike - last) / tauFac);
        for (int j = offsets[source]; j < offsets[source + 1]; j++) {
            if (!first) {
                x[j] = 1 + (x[j] - x[j] * u[j] - 1) * xDecay;
                u[j] = bigU + u[j] * (1 - bigU) * uDecay;
            }
            add(j, x[j] * u[j] * weights[j], readBase, ringSize, n, ex, in);
        }
        lastSpike[source] = tSpike;
    }

    @Override
    public long bytes() {
        return super.bytes() + 16L * x.length;
    }
}
